import { describe, expect, it } from 'vitest';
import { buildContexts } from '../../src/context/build-contexts.js';
import type { Fact, FactName } from '../../src/model/fact.js';

const FILE = 'kubekey/config-sample.yaml';

function fact(name: FactName, value: string, line: number, column: number): Fact {
  return { name, value, origin: 'repository', source: 'kubekey-cluster', place: { file: FILE, line, column } };
}

const kubekey = fact('installer.name', 'kubekey', 3, 7);

/** The cluster's facts after precedence, installer defaults and derivations. */
function context(facts: Fact[]): Fact[] {
  return buildContexts(facts, [])[0]!.facts;
}

const get = (facts: Fact[], name: FactName): Fact | undefined => facts.find((f) => f.name === name);

describe('KubeKey defaults (data/installers/kubekey.yaml)', () => {
  it('kube-proxy in ipvs mode and Calico with an IPIP Always pool when the config names neither', () => {
    const facts = context([kubekey, fact('kubernetes.version', '1.29.1', 36, 14)]);
    expect(get(facts, 'kubeProxy.mode')).toMatchObject({ value: 'ipvs', origin: 'default' });
    expect(get(facts, 'calico.ipipMode')).toMatchObject({ value: 'Always', origin: 'default' });
    expect(get(facts, 'calico.vxlanMode')).toMatchObject({ value: 'Never', origin: 'default' });
    expect(get(facts, 'calico.dataplane')?.value).toBe('Iptables');
    // kk v3.1.0 to v3.1.12 install 1.29.1 (their kubeadm checksums), with Calico 3.27.2, 3.27.3 or 3.27.4.
    expect(get(facts, 'calico.version')?.candidates).toEqual(['3.27.2', '3.27.3', '3.27.4']);
  });

  it('the last Kubernetes patch a kk line installs picks its releases: 1.27.2 (kk 3.0.8 and later) and 1.27.3 (3.1.0 and later)', () => {
    const before = context([kubekey, fact('kubernetes.version', '1.27.2', 36, 14)]);
    expect(get(before, 'calico.version')?.candidates).toEqual(['3.23.2', '3.26.1', '3.27.2', '3.27.3', '3.27.4']);
    const after = context([kubekey, fact('kubernetes.version', '1.27.3', 36, 14)]);
    expect(get(after, 'calico.version')?.candidates).toEqual(['3.27.2', '3.27.3', '3.27.4']);
  });

  it("the config's own proxy mode and pool win; another plugin gets no Calico defaults", () => {
    const own = context([
      kubekey,
      fact('kubernetes.version', '1.30.2', 9, 14),
      fact('kubeProxy.mode', 'iptables', 12, 13),
      fact('calico.vxlanMode', 'Always', 22, 18),
    ]);
    expect(get(own, 'kubeProxy.mode')).toMatchObject({ value: 'iptables', origin: 'repository' });
    expect(get(own, 'calico.vxlanMode')).toMatchObject({ value: 'Always', origin: 'repository' });
    const cilium = context([kubekey, fact('kubernetes.version', '1.30.2', 9, 14), fact('cluster.cni', 'cilium', 11, 13)]);
    expect(cilium.filter((f) => f.name.startsWith('calico.'))).toEqual([]);
  });
});
