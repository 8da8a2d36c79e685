import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../../src/evaluate/evaluate-rule.js';
import { builtInRules } from '../../src/knowledge/rules.js';
import type { Fact, FactName } from '../../src/model/fact.js';
import { contextOf } from './case-file.js';

const rule = builtInRules().find((r) => r.id === 'CAL-IPT-BACKEND-DETECT')!;
const fact = (name: FactName, value: string): Fact => ({ name, value, origin: 'repository', source: 'test', place: { file: 'x.yaml', line: 1, column: 1 } });

/** Calico 3.25.1 with the ip_tables module loaded and no backend stated: the kernel string alone decides. */
const outcome = (kernel: string) => {
  const out = evaluateRule(rule, contextOf([fact('calico.version', '3.25.1'), fact('host.ipTablesModuleLoaded', 'true'), fact('node.kernel', kernel)]));
  return out.findings.length > 0 ? 'finding' : out.undetermined ? 'undetermined' : 'silent';
};

describe('CAL-IPT-BACKEND-DETECT reads the Enterprise Linux release from the kernel string', () => {
  it.each(['4.18.0-553.el8_10.x86_64', '5.14.0-427.13.1.el9_4.x86_64', '6.12.0-55.9.1.el10_0.x86_64'])('an EL8+ kernel %s fires', (k) => {
    expect(outcome(k)).toBe('finding');
  });

  it.each(['3.10.0-1160.el7.x86_64', '6.12.0-55.el100.x86_64'])('%s is no EL8+ kernel', (k) => {
    expect(outcome(k)).not.toBe('finding');
  });
});
