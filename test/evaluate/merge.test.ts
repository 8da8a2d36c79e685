import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../../src/evaluate/evaluate-rule.js';
import { builtInRules } from '../../src/knowledge/rules.js';
import type { Fact, FactName } from '../../src/model/fact.js';
import { contextOf } from '../rules/case-file.js';

const rule = (id: string) => builtInRules().find((r) => r.id === id)!;

function repo(name: FactName, value: string, file: string, line: number): Fact {
  return { name, value, origin: 'repository', source: 'test', place: { file, line, column: 5 } };
}

describe('one finding per primary value, other values merged', () => {
  const kernels = ['4.18.0-477.10.1.el8_8.x86_64', '4.18.0-513.5.1.el8_9.x86_64', '5.4.0-150-generic', '5.4.0-162-generic', '6.1.0-13-amd64'];
  const ctx = contextOf([
    repo('kubeProxy.mode', 'ipvs', 'kube-proxy.yaml', 3),
    repo('kubeProxy.version', '1.28.3', 'kube-proxy.yaml', 9),
    ...kernels.map((k, i) => repo('node.kernel', k, 'nodes.yaml', 10 + i * 20)),
  ]);

  it('merges the affected nodes of one kube-proxy version into one finding naming them', () => {
    const out = evaluateRule(rule('KP-IPVS-CONN-REUSE'), ctx);
    expect(out.findings).toHaveLength(1);
    const f = out.findings[0]!;
    expect(f.primary).toEqual({ file: 'kube-proxy.yaml', line: 9, column: 5 });
    // The 6.1 kernel is not affected with kube-proxy 1.28, so it is not part of the finding.
    expect(f.evidence.filter((e) => e.name === 'node.kernel').map((e) => e.value)).toEqual(kernels.slice(0, 4));
    expect(f.message).toContain('4.18.0-477.10.1.el8_8.x86_64, 4.18.0-513.5.1.el8_9.x86_64, 5.4.0-150-generic (+1 more)');
  });

  it('keeps one finding per kube-proxy version and per Service', () => {
    const two = contextOf([
      ...ctx.facts,
      repo('kubeProxy.version', '1.27.4', 'other/kube-proxy.yaml', 9),
      repo('service.externalIPsLocal', 'default/a', 'svc.yaml', 5),
      repo('service.externalIPsLocal', 'default/b', 'svc.yaml', 25),
    ]);
    expect(evaluateRule(rule('KP-IPVS-CONN-REUSE'), two).findings).toHaveLength(2);
    const extip = evaluateRule(rule('KP-IPVS-EXTIP-ETP-LOCAL'), two).findings;
    expect(extip.map((f) => f.primary?.line).sort()).toEqual([9, 9, 9, 9]);
    expect(new Set(extip.map((f) => f.fingerprint)).size).toBe(4);
  });
});

describe('a value that does not decide the rule', () => {
  it('says so in the hint instead of asking again for what was given', () => {
    const ctx = contextOf([repo('kubeProxy.mode', 'iptables', 'k.yaml', 2), repo('kubeProxy.version', '1.28', 'k.yaml', 3)]);
    const u = evaluateRule(rule('KP-IPT-PARTIAL-SYNC-RACE'), ctx).undetermined!;
    expect(u.missing.map((m) => m.fact)).toEqual(['kubeProxy.version']);
    expect(u.missing[0]!.hint).toMatch(/^1\.28 does not decide it \(give the full version, e\.g\. 1\.28\.7\); set --kubernetes-version/);
  });
});
