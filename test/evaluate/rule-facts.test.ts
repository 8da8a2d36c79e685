import { describe, expect, it } from 'vitest';
import { ruleVerdicts } from '../../src/evaluate/evaluate-rule.js';
import { groupFactValues } from '../../src/evaluate/fact-values.js';
import { ruleFacts } from '../../src/evaluate/rule-facts.js';
import type { Fact, FactName } from '../../src/model/fact.js';
import type { Rule } from '../../src/model/rule.js';

// The facts a rule reads, found once per rule for the engine, the plan keys and the unverified notes: each
// once, `when`'s first, even when several `unless` conditions read the same fact (a user's rule file may).
describe('the facts a rule reads', () => {
  const rule: Rule = {
    id: 'X-TEST',
    title: 'test',
    component: 'kube-proxy',
    severity: 'low',
    symptom: 's',
    message: 'm',
    when: {
      all: [
        { fact: 'kubeProxy.mode', in: ['ipvs'] },
        { fact: 'node.kernel', kernel: '<5.9' },
      ],
    },
    unless: [
      { fact: 'kubeProxy.version', version: '>=1.30.0' },
      {
        all: [
          { fact: 'kubeProxy.version', version: '<1.20.0' },
          { fact: 'node.kernel', kernelFlavor: ['el'] },
        ],
      },
      { fact: 'host.ipTablesModuleLoaded', in: ['true'] },
    ],
    fix: 'f',
    references: [],
  };

  it('lists when-facts in order, then each unless-only fact once, and every leaf', () => {
    const facts = ruleFacts(rule);
    expect(facts.whenFacts).toEqual(['kubeProxy.mode', 'node.kernel']);
    expect(facts.names).toEqual(['kubeProxy.mode', 'node.kernel', 'kubeProxy.version', 'host.ipTablesModuleLoaded']);
    expect(facts.leaves.map((l) => l.fact)).toEqual([
      'kubeProxy.mode',
      'node.kernel',
      'kubeProxy.version',
      'kubeProxy.version',
      'node.kernel',
      'host.ipTablesModuleLoaded',
    ]);
    expect(ruleFacts(rule)).toBe(facts);
  });

  it('counts each fact once towards the combination limit: 64 versions and 64 kernels are 4096, not over it', () => {
    const fact = (name: FactName, value: string, i: number): Fact => ({
      name,
      value,
      origin: 'repository',
      place: { file: `f${i}.yaml`, line: 1, column: 1 },
      source: 't',
    });
    const facts: Fact[] = [fact('kubeProxy.mode', 'ipvs', 0)];
    for (let i = 0; i < 64; i++) facts.push(fact('kubeProxy.version', `1.2${i % 10}.${i}`, i), fact('node.kernel', `4.${i}.0`, i));
    // Read twice, kubeProxy.version would make 64 * 64 * 64 combinations and the rule would not be evaluated.
    expect(ruleVerdicts(rule, groupFactValues(facts))).toBeDefined();
  });
});
