import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsOf } from '../../src/evaluate/condition.js';
import { builtInRules } from '../../src/knowledge/rules.js';
import { covers, requiredValues } from './boundaries.js';
import { allCaseFiles, CASES_DIR } from './case-file.js';

// Fails when a rule has no case file, lacks a fire/silent/undetermined case, or leaves a boundary untested.
const rules = builtInRules();
const files = allCaseFiles();

describe('rule case files', () => {
  it('exist for every rule, one per rule, named after it', () => {
    expect(
      readdirSync(CASES_DIR)
        .filter((f) => f.endsWith('.yaml'))
        .sort(),
    ).toEqual(rules.map((r) => `${r.id.toLowerCase()}.yaml`).sort());
    for (const f of files) expect(f.file).toBe(`${f.rule.toLowerCase()}.yaml`);
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      const file = files.find((f) => f.rule === rule.id);
      it('has fire (with an exact message), silent and undetermined cases', () => {
        expect(file).toBeDefined();
        const kinds = new Set(file!.cases.map((c) => c.expect));
        expect([...kinds].sort()).toEqual(['fire', 'silent', 'undetermined']);
        expect(file!.cases.some((c) => c.expect === 'fire' && c.message)).toBe(true);
      });

      it('tests both sides of every version and kernel boundary', () => {
        const facts = file?.cases.map((c) => c.facts) ?? [];
        const uncovered = requiredValues(rule).filter((r) => !facts.some((fs) => covers(fs, r)));
        expect(uncovered.map((r) => `${r.fact}=${r.value} (for ${r.why})`)).toEqual([]);
      });

      it('only uses facts the rule reads', () => {
        const used = new Set([...factsOf(rule.when), ...(rule.unless ?? []).flatMap((c) => factsOf(c))]);
        for (const c of file?.cases ?? []) {
          for (const f of c.facts) {
            // calico.version in a kube-controllers case shows the engine does not derive; see the case's name.
            if (rule.id === 'CAL-KC-POD-CACHE-LEAK' && f.name === 'calico.version') continue;
            expect(used.has(f.name), `${c.name}: ${f.name}`).toBe(true);
          }
          for (const m of c.missing ?? []) expect(used.has(m), `${c.name}: missing ${m}`).toBe(true);
        }
      });
    });
  }
});
