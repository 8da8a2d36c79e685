import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { builtInRules } from '../../src/knowledge/rules.js';
import { clusterFacts } from '../../src/model/cluster-facts.js';
import { applyPolicy, evaluate, evaluateContexts, formClusters, PolicyJudge, readRepository, type Judged } from '../../src/scan.js';
import { ScanBudget } from '../../src/scan-budget.js';

const ROOT = new URL('../..', import.meta.url).pathname;

// The scan judges one cluster's results at a time (so no cluster's copies are held to the end); the whole
// evaluation judged at once must give the same results, merged across clusters the same way.
describe('the policy stage fed a cluster at a time', () => {
  for (const fixture of ['test/fixtures/prview/three', 'test/fixtures/volume/shared-conflict']) {
    it(`gives what applyPolicy gives on the whole evaluation (${fixture})`, async () => {
      const stats = { filesSeen: 0, filesRead: 0, filesParsed: 0, facts: 0 };
      const read = await readRepository({ root: join(ROOT, fixture), extractors: EXTRACTORS, stats, budget: new ScanBudget(undefined) });
      const input = { ignore: [], directives: read.directives, today: '2026-12-06', candidates: read.candidates };
      const judge = (batched: boolean): Judged => {
        // Fresh contexts and results for each: the policy stage marks the results it is given.
        const { contexts } = formClusters(read.facts, [], []);
        if (!batched) return applyPolicy(evaluate(builtInRules(), contexts), contexts, input);
        const j = new PolicyJudge(contexts, input);
        let batches = 0;
        for (const batch of evaluateContexts(builtInRules(), contexts)) {
          j.add(batch);
          batches++;
        }
        expect(batches).toBe(contexts.length);
        return j.judged();
      };
      const whole = judge(false);
      const batched = judge(true);
      // Some result rests on facts every cluster shares, so merging across clusters is exercised.
      expect([...whole.findings, ...whole.undetermined].some((f) => (f.clusters?.length ?? 0) > 1)).toBe(true);
      expect(JSON.stringify(batched)).toBe(JSON.stringify(whole));
    });
  }
});

// Shared facts are held once (each context keeps its own facts and runs of the scan's shared list); each
// cluster must be evaluated and judged exactly as with its whole list copied into it.
describe('shared facts held once per scan', () => {
  for (const fixture of ['test/fixtures/prview/three', 'test/fixtures/volume/shared-conflict']) {
    it(`give each cluster the evaluation its whole list gives (${fixture})`, async () => {
      const stats = { filesSeen: 0, filesRead: 0, filesParsed: 0, facts: 0 };
      const read = await readRepository({ root: join(ROOT, fixture), extractors: EXTRACTORS, stats, budget: new ScanBudget(undefined) });
      const input = { ignore: [], directives: read.directives, today: '2026-12-06', candidates: read.candidates };
      const judge = (copied: boolean): Judged => {
        const { contexts, shared } = formClusters(read.facts, [], []);
        if (copied) {
          expect(shared.length).toBeGreaterThan(0);
          expect(contexts.every((c) => c.shared?.facts === shared)).toBe(true);
        }
        const whole = copied ? contexts.map(({ shared: _, ...c }) => ({ ...c, facts: [...clusterFacts({ facts: c.facts, shared: _ })] })) : contexts;
        return applyPolicy(evaluate(builtInRules(), whole), whole, input);
      };
      const held = judge(false);
      const copied = judge(true);
      expect(held.findings.length).toBeGreaterThan(0);
      expect(JSON.stringify(held)).toBe(JSON.stringify(copied));
    });
  }
});
