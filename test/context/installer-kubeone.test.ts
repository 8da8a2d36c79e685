import { describe, expect, it } from 'vitest';
import { buildContexts } from '../../src/context/build-contexts.js';
import type { Fact, FactName } from '../../src/model/fact.js';

const FILE = 'kubeone.yaml';

function fact(name: FactName, value: string, line: number, column: number): Fact {
  return { name, value, origin: 'repository', source: 'kubeone-cluster', place: { file: FILE, line, column } };
}

const kubeone = fact('installer.name', 'kubeone', 3, 7);

function context(facts: Fact[]): Fact[] {
  return buildContexts(facts, [])[0]!.facts;
}

const get = (facts: Fact[], name: FactName): Fact | undefined => facts.find((f) => f.name === name);

describe('KubeOne defaults (data/installers/kubeone.yaml)', () => {
  it("kube-proxy iptables and Canal's policy-only Calico, at the Calico of every release that accepts the Kubernetes version", () => {
    const facts = context([kubeone, fact('kubernetes.version', '1.29.4', 6, 15)]);
    expect(get(facts, 'kubeProxy.mode')).toMatchObject({ value: 'iptables', origin: 'default' });
    expect(get(facts, 'calico.ipipMode')).toMatchObject({ value: 'Never', origin: 'default' });
    expect(get(facts, 'calico.vxlanMode')).toMatchObject({ value: 'Never', origin: 'default' });
    // 1.29 is accepted by v1.8.x (<= 1.29 / 1.30) and v1.9.x (>= 1.29), and by v1.3.0-v1.3.3, whose code names no upper
    // bound (v1.0-v1.2 write kubeadm's v1beta2 config, which kubeadm 1.27 removed).
    expect(get(facts, 'calico.version')?.candidates).toEqual(['3.19.1', '3.27.2', '3.27.3', '3.27.4', '3.28.2']);
    // Felix's backend follows the nodes' OS at apply time: present, never guessed.
    expect(get(facts, 'calico.iptablesBackend')).toMatchObject({ unresolved: true, origin: 'default' });
  });

  it('both sides of a release boundary: 1.34 is v1.12 to v1.14 (Calico 3.30.3 to 3.32.0), 1.36 only v1.14 (3.32.0)', () => {
    const k134 = context([kubeone, fact('kubernetes.version', '1.34.1', 6, 15)]);
    expect(get(k134, 'calico.version')?.candidates).toEqual(['3.19.1', '3.30.3', '3.31.2', '3.31.4', '3.32.0']);
    const k136 = context([kubeone, fact('kubernetes.version', '1.36.0', 6, 15)]);
    expect(get(k136, 'calico.version')?.candidates).toEqual(['3.19.1', '3.32.0']);
    // Both sides of v1.2's bound: 1.26.15 still has v1.0-v1.2 among its candidates, 1.27.0 does not.
    const k126 = context([kubeone, fact('kubernetes.version', '1.26.15', 6, 15)]);
    expect(get(k126, 'calico.version')?.candidates).toEqual(expect.arrayContaining(['3.15.1', '3.16.5']));
    const k127 = context([kubeone, fact('kubernetes.version', '1.27.0', 6, 15)]);
    expect(get(k127, 'calico.version')?.candidates).not.toContain('3.16.5');
  });

  it('cilium gets no Calico; skipInstallation leaves kube-proxy without a mode; ipvs in the manifest wins', () => {
    const cilium = context([
      kubeone,
      fact('kubernetes.version', '1.34.2', 4, 15),
      fact('cluster.cni', 'cilium', 7, 5),
      fact('kubeProxy.disabled', 'true', 10, 23),
    ]);
    expect(cilium.filter((f) => f.name.startsWith('calico.'))).toEqual([]);
    expect(get(cilium, 'kubeProxy.mode')).toBeUndefined();
    const ipvs = context([kubeone, fact('kubernetes.version', '1.29.4', 6, 15), fact('kubeProxy.mode', 'ipvs', 13, 5)]);
    expect(get(ipvs, 'kubeProxy.mode')).toMatchObject({ value: 'ipvs', origin: 'repository' });
  });

  it('a KubeOne release a script installs pins the Calico: v1.8.2 ships 3.27.4, v1.9.0 3.28.2; a release fact keyed for KubeOne without a manifest names no installer', () => {
    const release = (v: string): Fact => ({ ...fact('installer.release', v, 3, 24), key: 'kubeone', source: 'install-script' });
    const v182 = context([kubeone, fact('kubernetes.version', '1.29.4', 6, 15), release('1.8.2')]);
    expect(get(v182, 'calico.version')).toMatchObject({ value: '3.27.4', origin: 'default' });
    expect(get(v182, 'calico.version')?.note).toMatch(/^default of KubeOne v1\.8\.2: bundled Canal with Calico v3\.27\.4; KubeOne release from /);
    expect(get(context([kubeone, fact('kubernetes.version', '1.29.4', 6, 15), release('1.9.0')]), 'calico.version')?.value).toBe('3.28.2');
    const alone = context([fact('kubernetes.version', '1.29.4', 6, 15), release('1.8.2')]);
    expect(alone.filter((f) => f.origin === 'default')).toEqual([]);
  });
});
