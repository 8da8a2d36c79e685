import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { builtInRules } from '../../src/knowledge/rules.js';
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
      expect(whole.findings.some((f) => (f.clusters?.length ?? 0) > 1)).toBe(true);
      expect(JSON.stringify(batched)).toBe(JSON.stringify(whole));
    });
  }
});
