import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../../src/evaluate/evaluate-rule.js';
import { builtInRules } from '../../src/knowledge/rules.js';
import { allCaseFiles, contextOf } from './case-file.js';

// Every case of every test/fixtures/rules/<id>.yaml file, evaluated against the built-in rule.
const rules = new Map(builtInRules().map((r) => [r.id, r]));

for (const file of allCaseFiles()) {
  describe(`${file.rule} (${file.file})`, () => {
    const rule = rules.get(file.rule);
    it('names a built-in rule', () => expect(rule, `no built-in rule ${file.rule}`).toBeDefined());
    if (!rule) return;
    for (const c of file.cases) {
      it(`${c.expect}: ${c.name}`, () => {
        const out = evaluateRule(rule, contextOf(c.facts));
        if (c.expect === 'fire') {
          expect(out.undetermined).toBeUndefined();
          expect(out.findings.map((f) => f.ruleId)).toEqual(Array(c.findings ?? 1).fill(rule.id));
          if (c.message) expect(out.findings[0]!.message).toBe(c.message);
        } else if (c.expect === 'silent') {
          expect(out.findings).toEqual([]);
          expect(out.undetermined).toBeUndefined();
        } else {
          expect(out.findings).toEqual([]);
          expect(out.undetermined?.missing.map((m) => m.fact)).toEqual([...c.missing!].sort());
          if (c.says) expect(out.undetermined!.message).toContain(c.says);
        }
      });
    }
  });
}
