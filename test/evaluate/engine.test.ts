import { describe, expect, it } from 'vitest';
import { evalCondition } from '../../src/evaluate/condition.js';
import { evaluateRule } from '../../src/evaluate/evaluate-rule.js';
import { groupFactValues } from '../../src/evaluate/fact-values.js';
import type { Binding } from '../../src/evaluate/condition.js';
import type { Fact, FactName } from '../../src/model/fact.js';
import type { Condition, Rule } from '../../src/model/rule.js';
import { contextOf } from '../rules/case-file.js';

/**
 * The engine on small made-up rules, independent of the production rule files: every operator, the
 * three-valued connectives, `unless`, candidates and the combination enumeration.
 */
function fact(name: FactName, value: string, extra: Partial<Fact> = {}): Fact {
  return { name, value, origin: 'repository', source: 'test', place: { file: 'f.yaml', line: 1, column: 1 }, ...extra };
}

function bind(facts: Fact[]): Binding {
  const values = groupFactValues(facts);
  return new Map([...values].map(([n, list]) => [n, list[0]]));
}

const tri = (c: Condition, facts: Fact[], absent: 'unknown' | 'false' = 'unknown') => evalCondition(c, bind(facts), absent).value;

function rule(when: Condition, unless?: Condition[]): Rule {
  return {
    id: 'TEST-RULE',
    title: 'made up',
    component: 'kube-proxy',
    severity: 'high',
    symptom: 's',
    message: 'mode {kubeProxy.mode}',
    when,
    ...(unless ? { unless } : {}),
    fix: 'f',
    references: [],
  };
}

describe('leaf operators', () => {
  it.each([
    ['version in range', { fact: 'kubeProxy.version', version: '>=1.27.0 <1.28.0' }, '1.27.4', 'true'],
    ['version outside range', { fact: 'kubeProxy.version', version: '>=1.27.0 <1.28.0' }, '1.28.0', 'false'],
    ['version with a v and a vendor suffix', { fact: 'kubeProxy.version', version: '<1.28.0' }, 'v1.27.3-eksbuild.1', 'true'],
    ['a minor without patch that straddles the range', { fact: 'kubeProxy.version', version: '<1.27.5' }, '1.27', 'unknown'],
    ['a minor without patch wholly inside', { fact: 'kubeProxy.version', version: '<1.28.0' }, '1.27', 'true'],
    ['no version at all', { fact: 'kubeProxy.version', version: '<1.28.0' }, 'latest', 'unknown'],
    ['kernel by major.minor', { fact: 'node.kernel', kernel: '<5.9.0' }, '5.8.18-100.fc31.x86_64', 'true'],
    ['kernel at the bound', { fact: 'node.kernel', kernel: '<5.9.0' }, '5.9.0-1-amd64', 'false'],
    ['in, case-insensitive', { fact: 'kubeProxy.mode', in: ['ipvs'] }, 'IPVS', 'true'],
    ['not in', { fact: 'kubeProxy.mode', in: ['ipvs'] }, 'iptables', 'false'],
    ['matches', { fact: 'node.kernel', matches: '\\.el8' }, '4.18.0-513.el8.x86_64', 'true'],
    ['does not match', { fact: 'node.kernel', matches: '\\.el8' }, '5.15.0-91-generic', 'false'],
  ] as [string, Condition, string, string][])('%s', (_what, c, value, want) => {
    const name = (c as { fact: FactName }).fact;
    expect(tri(c, [fact(name, value)])).toBe(want);
  });

  it('present is closed-world: true with a value, false without, never unknown', () => {
    expect(tri({ fact: 'service.externalIPsLocal', present: true }, [fact('service.externalIPsLocal', 'ns/a')])).toBe('true');
    expect(tri({ fact: 'service.externalIPsLocal', present: true }, [])).toBe('false');
    expect(tri({ fact: 'service.externalIPsLocal', present: false }, [])).toBe('true');
  });

  it('a missing fact is unknown in `when` and false in `unless`; an unresolved one is unknown in both', () => {
    const c: Condition = { fact: 'kubeProxy.mode', in: ['ipvs'] };
    expect(tri(c, [], 'unknown')).toBe('unknown');
    expect(tri(c, [], 'false')).toBe('false');
    const templ = [fact('kubeProxy.mode', '{{ mode }}', { unresolved: true })];
    expect(tri(c, templ, 'unknown')).toBe('unknown');
    expect(tri(c, templ, 'false')).toBe('unknown');
  });

  it('a fact with candidates is true for all, false for none, unknown otherwise', () => {
    const c: Condition = { fact: 'calico.version', version: '<3.20.0' };
    expect(tri(c, [fact('calico.version', '3.18–3.19', { candidates: ['3.18.1', '3.19.4'] })])).toBe('true');
    expect(tri(c, [fact('calico.version', '3.20–3.21', { candidates: ['3.20.3', '3.21.2'] })])).toBe('false');
    expect(tri(c, [fact('calico.version', '3.19–3.20', { candidates: ['3.19.4', '3.20.3'] })])).toBe('unknown');
  });
});

describe('three-valued connectives (Kleene)', () => {
  const T: Condition = { fact: 'kubeProxy.mode', in: ['ipvs'] };
  const F: Condition = { fact: 'kubeProxy.mode', in: ['nftables'] };
  const U: Condition = { fact: 'node.kernel', kernel: '<5.9.0' };
  const facts = [fact('kubeProxy.mode', 'ipvs')];

  it.each([
    ['all T T', { all: [T, T] }, 'true'],
    ['all T U', { all: [T, U] }, 'unknown'],
    ['all F U', { all: [F, U] }, 'false'],
    ['any F U', { any: [F, U] }, 'unknown'],
    ['any T U', { any: [T, U] }, 'true'],
    ['any F F', { any: [F, F] }, 'false'],
    ['not T', { not: T }, 'false'],
    ['not U', { not: U }, 'unknown'],
  ] as [string, Condition, string][])('%s → %s', (_what, c, want) => expect(tri(c, facts)).toBe(want));

  it('names only the unknown facts that could still change the outcome', () => {
    const r = evalCondition({ all: [T, U] }, bind(facts), 'unknown');
    expect([...r.unknownFacts]).toEqual(['node.kernel']);
    expect([...evalCondition({ all: [F, U] }, bind(facts), 'unknown').unknownFacts]).toEqual([]);
  });
});

describe('rules over contexts', () => {
  const ipvsOldKernel = rule({
    all: [
      { fact: 'kubeProxy.mode', in: ['ipvs'] },
      { fact: 'node.kernel', kernel: '<5.9.0' },
    ],
  });

  it('true is a finding, false is silent, unknown is undetermined naming the missing fact', () => {
    expect(evaluateRule(ipvsOldKernel, contextOf([fact('kubeProxy.mode', 'ipvs'), fact('node.kernel', '4.18.0')])).findings).toHaveLength(1);
    const silent = evaluateRule(ipvsOldKernel, contextOf([fact('kubeProxy.mode', 'iptables')]));
    expect(silent.findings).toEqual([]);
    expect(silent.undetermined).toBeUndefined();
    const open = evaluateRule(ipvsOldKernel, contextOf([fact('kubeProxy.mode', 'ipvs')]));
    expect(open.findings).toEqual([]);
    expect(open.undetermined?.missing.map((m) => m.fact)).toEqual(['node.kernel']);
  });

  it('`unless` cancels a true `when`, and an absent fact there is false (the default applies)', () => {
    const r = rule({ fact: 'kubeProxy.mode', in: ['ipvs'] }, [{ fact: 'host.ipTablesModuleLoaded', in: ['false'] }]);
    expect(evaluateRule(r, contextOf([fact('kubeProxy.mode', 'ipvs'), fact('host.ipTablesModuleLoaded', 'false')])).findings).toEqual([]);
    expect(evaluateRule(r, contextOf([fact('kubeProxy.mode', 'ipvs')])).findings).toHaveLength(1);
    const unresolved = evaluateRule(r, contextOf([fact('kubeProxy.mode', 'ipvs'), fact('host.ipTablesModuleLoaded', '${X}', { unresolved: true })]));
    expect(unresolved.findings).toEqual([]);
    expect(unresolved.undetermined?.missing.map((m) => m.fact)).toEqual(['host.ipTablesModuleLoaded']);
  });

  it('checks every combination of values: two kernels, one affected, make a finding on that one only', () => {
    const out = evaluateRule(ipvsOldKernel, contextOf([fact('kubeProxy.mode', 'ipvs'), fact('node.kernel', '4.18.0'), fact('node.kernel', '6.1.0')]));
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]!.evidence.filter((e) => e.name === 'node.kernel').map((e) => e.value)).toEqual(['4.18.0']);
  });

  it('the message template names the values', () => {
    const out = evaluateRule(ipvsOldKernel, contextOf([fact('kubeProxy.mode', 'ipvs'), fact('node.kernel', '4.18.0')]));
    expect(out.findings[0]!.message).toBe('mode ipvs');
  });
  it('the fingerprint rests on every file behind the evidence, however deep the derivation', () => {
    // node.kernel ← node.os (derived, no place) ← the image that named the OS: the file is two steps down.
    const kernelFrom = (file: string) =>
      fact('node.kernel', '4.18.0', {
        origin: 'derived',
        place: undefined,
        derivedFrom: [
          fact('node.os', 'rocky-8', {
            origin: 'derived',
            place: undefined,
            derivedFrom: [fact('node.os', 'rockylinux-8', { place: { file, line: 3, column: 9 } })],
          }),
        ],
      });
    const at = (file: string) => evaluateRule(ipvsOldKernel, contextOf([fact('kubeProxy.mode', 'ipvs'), kernelFrom(file)])).findings[0]!;
    expect(at('capi/machines.yaml').fingerprint).toBe(at('capi/machines.yaml').fingerprint);
    expect(at('capi/machines.yaml').fingerprint).not.toBe(at('capi/other.yaml').fingerprint);
    expect(at('capi/machines.yaml').primary?.file).toBe('f.yaml');
  });
});
