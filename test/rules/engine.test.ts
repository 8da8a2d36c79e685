import { describe, expect, it } from 'vitest';
import { applyDerivations } from '../../src/context/derive.js';
import { evaluateRule } from '../../src/evaluate/evaluate-rule.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { factInfo } from '../../src/knowledge/facts.js';
import { builtInRules } from '../../src/knowledge/rules.js';
import type { Fact, FactName } from '../../src/model/fact.js';
import type { Rule } from '../../src/model/rule.js';
import { contextOf, explicitFact } from './case-file.js';

// Engine behaviour seen through the built-in rules: several values, unresolved facts, closed-world
// `present`, `unless`, message rendering, primary places and applicability.
const byId = new Map(builtInRules().map((r) => [r.id, r]));
const rule = (id: string): Rule => byId.get(id)!;

function repo(name: FactName, value: string, file: string, line: number, column = 1, extra: Partial<Fact> = {}): Fact {
  return { name, value, origin: 'repository', source: 'test', place: { file, line, column }, ...extra };
}

describe('several values of one fact', () => {
  it('evaluates every Calico version, one finding per affected value', () => {
    const ctx = contextOf([
      repo('calico.kubeControllersVersion', '3.26.1', 'a/calico.yaml', 10, 18),
      repo('calico.kubeControllersVersion', '3.24.5', 'b/calico.yaml', 20, 18),
      repo('calico.kubeControllersVersion', '3.25.0', 'c/calico.yaml', 30, 18),
    ]);
    const out = evaluateRule(rule('CAL-KC-POD-CACHE-LEAK'), ctx);
    expect(out.undetermined).toBeUndefined();
    expect(out.findings.map((f) => f.message)).toEqual([
      'calico-kube-controllers v3.24.5 has the pod-cache desync memory leak (fixed in 3.24.6, 3.25.1 and 3.26.0)',
      'calico-kube-controllers v3.25.0 has the pod-cache desync memory leak (fixed in 3.24.6, 3.25.1 and 3.26.0)',
    ]);
    expect(out.findings.map((f) => f.primary)).toEqual([
      { file: 'b/calico.yaml', line: 20, column: 18 },
      { file: 'c/calico.yaml', line: 30, column: 18 },
    ]);
    expect(new Set(out.findings.map((f) => f.fingerprint)).size).toBe(2);
  });

  it('does not stop at the first value found', () => {
    const ctx = contextOf([
      repo('calico.version', '3.26.4', 'a/calico.yaml', 5),
      repo('calico.version', '3.18.6', 'legacy/calico.yaml', 7),
      repo('calico.vxlanMode', 'Always', 'a/pool.yaml', 9),
      explicitFact('node.kernel', '4.18.0-513.el8_9.x86_64'),
    ]);
    const out = evaluateRule(rule('CAL-VXLAN-CSUM-63S'), ctx);
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]!.message).toContain('Calico v3.18.6 with VXLAN (Always)');
    expect(out.findings[0]!.primary).toEqual({ file: 'legacy/calico.yaml', line: 7, column: 1 });
    expect(out.findings[0]!.evidence.map((f) => `${f.name}=${f.value}`)).toEqual([
      'calico.vxlanMode=Always',
      'node.kernel=4.18.0-513.el8_9.x86_64',
      'calico.version=3.18.6',
    ]);
  });

  it('groups the places that hold the same value into one finding', () => {
    const ctx = contextOf([
      repo('kubeProxy.mode', 'iptables', 'kp.yaml', 3, 11),
      repo('kubeProxy.version', '1.28.3', 'kp.yaml', 20, 16),
      repo('kubeProxy.version', '1.28.3', 'other/kp.yaml', 40, 16),
    ]);
    const out = evaluateRule(rule('KP-IPT-PARTIAL-SYNC-RACE'), ctx);
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]!.evidence.filter((f) => f.name === 'kubeProxy.version').map((f) => f.place?.file)).toEqual(['kp.yaml', 'other/kp.yaml']);
    expect(out.findings[0]!.primary).toEqual({ file: 'kp.yaml', line: 20, column: 16 });
  });
});

describe('unresolved facts', () => {
  it('make the rule undetermined, naming the fact, its hint and the templated places', () => {
    const ctx = contextOf([
      repo('kubeProxy.mode', 'iptables', 'kp.yaml', 3, 11),
      repo('kubeProxy.version', '{{ kube_version }}', 'group_vars/all.yml', 12, 15, { unresolved: true }),
    ]);
    const out = evaluateRule(rule('KP-IPT-PARTIAL-SYNC-RACE'), ctx);
    expect(out.findings).toEqual([]);
    expect(out.undetermined?.missing).toEqual([
      { fact: 'kubeProxy.version', hint: factInfo('kubeProxy.version').hint, unresolvedAt: [{ file: 'group_vars/all.yml', line: 12, column: 15 }] },
    ]);
    expect(out.undetermined?.message).toContain(factInfo('kubeProxy.version').hint);
    expect(out.undetermined?.evidence.map((f) => f.name)).toEqual(['kubeProxy.mode']);
  });

  it('do not hide a finding from a resolved value', () => {
    const ctx = contextOf([
      explicitFact('kubeProxy.mode', 'iptables'),
      explicitFact('kubeProxy.version', '{{ kube_version }}', true),
      explicitFact('kubeProxy.version', '1.29.1'),
    ]);
    const out = evaluateRule(rule('KP-IPT-PARTIAL-SYNC-RACE'), ctx);
    expect(out.findings.map((f) => f.message)).toEqual([
      'kube-proxy v1.29.1 in iptables mode has the partial-sync race: rules for new endpoints can be added much later (fixed in 1.27.11, 1.28.7, 1.29.2, 1.30.0)',
    ]);
    expect(out.undetermined).toBeUndefined();
  });

  it('keep the rule undetermined next to a safe value', () => {
    const ctx = contextOf([
      explicitFact('kubeProxy.mode', 'iptables'),
      explicitFact('kubeProxy.version', '1.30.0'),
      explicitFact('kubeProxy.version', '${KUBE_VERSION}', true),
    ]);
    expect(evaluateRule(rule('KP-IPT-PARTIAL-SYNC-RACE'), ctx).undetermined?.missing.map((m) => m.fact)).toEqual(['kubeProxy.version']);
  });
});

describe('present is closed-world', () => {
  const base = [explicitFact('kubeProxy.mode', 'nftables'), explicitFact('kubeProxy.version', '1.29.3')];

  it('is false, not unknown, when the repository has no such Service', () => {
    const out = evaluateRule(rule('KP-NFT-LB-SOURCE-RANGES'), contextOf(base));
    expect(out).toEqual({ findings: [] });
  });

  it('is true for each Service found, naming it', () => {
    const svc = repo('service.loadBalancerSourceRanges', 'geo/pelias-pip-service', 'templates/pip-service.tpl', 12, 5);
    const out = evaluateRule(rule('KP-NFT-LB-SOURCE-RANGES'), contextOf([...base, svc]));
    expect(out.findings.map((f) => f.message)).toEqual([
      'kube-proxy v1.29.3 in nftables mode does not enforce the loadBalancerSourceRanges of Service geo/pelias-pip-service: clients outside the allow-list are accepted (fixed in 1.30.0)',
    ]);
    // Explicit facts have no place, so the primary location falls back to the Service.
    expect(out.findings[0]!.primary).toEqual({ file: 'templates/pip-service.tpl', line: 12, column: 5 });
  });

  it('lets a RHEL 8 kernel decide when the host backend is absent (`not present` is true)', () => {
    const out = evaluateRule(
      rule('CAL-IPT-BACKEND-DETECT'),
      contextOf([
        explicitFact('calico.version', '3.24.6'),
        explicitFact('node.kernel', '4.18.0-513.el8_9.x86_64'),
        explicitFact('host.ipTablesModuleLoaded', 'true'),
      ]),
    );
    expect(out.findings).toHaveLength(1);
  });
});

describe('unless', () => {
  const facts = [explicitFact('calico.version', '3.28.0'), explicitFact('calico.vxlanMode', 'Always'), explicitFact('node.kernel', '6.1.0-13-amd64')];

  it('treats a missing setting as the default (not cancelled)', () => {
    expect(evaluateRule(rule('CAL-VXLAN-CSUM-SNAT-CORRUPT'), contextOf(facts)).findings).toHaveLength(1);
  });

  it('is cancelled by the override among other overrides', () => {
    const o = explicitFact('calico.featureDetectOverride', 'SNATFullyRandom=false,ChecksumOffloadBroken=true');
    expect(evaluateRule(rule('CAL-VXLAN-CSUM-SNAT-CORRUPT'), contextOf([...facts, o]))).toEqual({ findings: [] });
  });

  it('is not cancelled by a look-alike key', () => {
    const o = explicitFact('calico.featureDetectOverride', 'NotChecksumOffloadBroken=true');
    expect(evaluateRule(rule('CAL-VXLAN-CSUM-SNAT-CORRUPT'), contextOf([...facts, o])).findings).toHaveLength(1);
  });
});

describe('message rendering', () => {
  it('names derived values with where they came from', () => {
    const os = repo('node.os', 'centos-7.9', 'infra/nodes.tf', 8, 12);
    const ctx = contextOf(
      applyDerivations([repo('kubernetes.version', '1.19.4', 'kubeadm.yaml', 4, 20), repo('kubeProxy.mode', 'ipvs', 'kubeadm.yaml', 30, 7), os]),
    );
    const out = evaluateRule(rule('KP-IPVS-CONN-REUSE-DELAY'), ctx);
    expect(out.findings).toHaveLength(1);
    const kernel = ctx.facts.find((f) => f.name === 'node.kernel')!;
    const proxy = ctx.facts.find((f) => f.name === 'kubeProxy.version')!;
    expect(out.findings[0]!.message).toBe(
      `kube-proxy v1.19.4 (${proxy.note}) in ipvs mode leaves net.ipv4.vs.conn_reuse_mode=1 on kernel ${kernel.value} (${kernel.note}): connections through Services can wait 1 s for a SYN retransmit`,
    );
    // A derived version has no place of its own: the primary location is the cluster version it came from.
    expect(out.findings[0]!.primary).toEqual({ file: 'kubeadm.yaml', line: 4, column: 20 });
  });

  it('derives a RHEL 7 kernel that the --random-fully condition recognises', () => {
    const ctx = contextOf(
      applyDerivations([
        repo('calico.version', '3.18.6', 'calico.yaml', 3),
        repo('calico.vxlanMode', 'CrossSubnet', 'calico.yaml', 9),
        explicitFact('node.os', 'centos-7.9'),
      ]),
    );
    expect(ctx.facts.find((f) => f.name === 'node.kernel')?.value).toMatch(/^3\.10\..*\.el7/);
    const out = evaluateRule(rule('CAL-VXLAN-CSUM-63S'), ctx);
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]!.primary).toEqual({ file: 'calico.yaml', line: 3, column: 1 });
    expect(
      evaluateRule(
        rule('KP-SNAT-RANDOM-FULLY'),
        contextOf([...ctx.facts, explicitFact('kubeProxy.mode', 'iptables'), explicitFact('kubeProxy.version', '1.20.0')]),
      ),
    ).toEqual({ findings: [] });
  });
});

describe('applicability', () => {
  it('lists rules of a component the context lacks as not applicable', () => {
    const out = evaluate(builtInRules(), [contextOf([explicitFact('kubeProxy.mode', 'ipvs'), explicitFact('kubeProxy.version', '1.27.3')], 'prod')]);
    const calico = builtInRules()
      .filter((r) => r.component === 'calico')
      .map((r) => r.id);
    expect(out.notApplicable.map((n) => n.ruleId).sort()).toEqual(calico.sort());
    expect(out.notApplicable[0]).toMatchObject({ context: 'prod', reason: 'no calico configuration found' });
    // kube-proxy 1.27.3 ipvs without a kernel or Services: the conn-reuse and node rules need the kernel, the
    // CVE-2020-8558 rule the kubelet's (cluster) version, which kube-proxy's image does not give.
    expect(out.findings).toEqual([]);
    const missing = Object.fromEntries(out.undetermined.map((u) => [u.ruleId, u.missing.map((m) => m.fact).join()]));
    expect(missing).toEqual({
      'KP-CVE-2020-8558': 'kubernetes.version',
      'KP-IPVS-CONN-REUSE': 'node.kernel',
      'KP-IPVS-CONN-REUSE-DELAY': 'node.kernel',
      'KP-SNAT-RANDOM-FULLY': 'node.kernel',
      'NODE-CONNTRACK-DNS-RACE': 'node.kernel',
      'NODE-EL10-NO-LEGACY-XTABLES': 'node.kernel',
    });
  });

  it('silences kube-proxy rules when kube-proxy is disabled, with the reason', () => {
    const off = repo('kubeProxy.disabled', 'true', 'k0s.yaml', 14, 14, { note: 'k0s network.kubeProxy.disabled' });
    const out = evaluate(builtInRules(), [contextOf([off, explicitFact('kubeProxy.version', '1.27.3'), explicitFact('kubeProxy.mode', 'iptables')])]);
    expect(out.findings).toEqual([]);
    expect(out.undetermined).toEqual([]);
    expect(out.notApplicable.find((n) => n.ruleId === 'KP-IPT-PARTIAL-SYNC-RACE')?.reason).toBe(
      'kube-proxy is disabled (k0s network.kubeProxy.disabled) at k0s.yaml:14:14',
    );
  });
});
