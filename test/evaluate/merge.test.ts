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

  it('keeps one finding per kube-proxy version, naming its Services, with one fingerprint per Service', () => {
    const two = contextOf([
      ...ctx.facts,
      repo('kubeProxy.version', '1.27.4', 'other/kube-proxy.yaml', 9),
      repo('service.externalIPsLocal', 'default/a', 'svc.yaml', 5),
      repo('service.externalIPsLocal', 'default/b', 'svc.yaml', 25),
    ]);
    expect(evaluateRule(rule('KP-IPVS-CONN-REUSE'), two).findings).toHaveLength(2);
    const extip = evaluateRule(rule('KP-IPVS-EXTIP-ETP-LOCAL'), two).findings;
    expect(extip.map((f) => f.primary?.file).sort()).toEqual(['kube-proxy.yaml', 'other/kube-proxy.yaml']);
    expect(extip.map((f) => f.message.match(/of Service (.*) \(externalTrafficPolicy/)?.[1])).toEqual(['default/a, default/b', 'default/a, default/b']);
    expect(extip.map((f) => f.evidence.filter((e) => e.name === 'service.externalIPsLocal').length)).toEqual([2, 2]);
    // Each Service keeps the identity it would have alone: a baseline accepts the Services it saw.
    expect(extip.map((f) => f.fingerprints?.length)).toEqual([2, 2]);
    expect(new Set(extip.flatMap((f) => [...f.fingerprints!])).size).toBe(4);
    expect(extip.map((f) => f.fingerprint)).toEqual(extip.map((f) => f.fingerprints!.at(0)));
    const alone = contextOf([...ctx.facts, repo('service.externalIPsLocal', 'default/b', 'svc.yaml', 25)]);
    const mine = extip.find((f) => f.primary?.file === 'kube-proxy.yaml')!;
    expect(mine.fingerprints!.at(1)).toBe(evaluateRule(rule('KP-IPVS-EXTIP-ETP-LOCAL'), alone).findings[0]!.fingerprint);
  });

  it('keeps one finding per Service when the Service is the line to change', () => {
    const services = contextOf([
      repo('kubeProxy.mode', 'iptables', 'kube-proxy.yaml', 3),
      repo('apiserver.admissionPlugins', 'NodeRestriction', 'kubeadm.yaml', 4),
      repo('service.externalIPs', 'default/a', 'a.yaml', 8),
      repo('service.externalIPs', 'default/b', 'b.yaml', 8),
    ]);
    const cve = evaluateRule(rule('KP-CVE-2020-8554'), services).findings;
    expect(cve.map((f) => f.primary?.file)).toEqual(['a.yaml', 'b.yaml']);
    expect(cve.map((f) => f.fingerprints)).toEqual([undefined, undefined]);
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
