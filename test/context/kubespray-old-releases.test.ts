import { describe, expect, it } from 'vitest';
import { buildContexts } from '../../src/context/build-contexts.js';
import type { Fact, FactName } from '../../src/model/fact.js';

/**
 * Kubespray v2.10.0 to v2.13.4 (data/installers/kubespray.yaml), read at each tag: what each release bundles,
 * and the names its settings had before v2.13.0 (ipip_mode, no calico_vxlan_mode, no calico_iptables_backend).
 */
const at = (line: number, column: number, file = '.gitmodules') => ({ file, line, column });

const named: Fact = { name: 'installer.name', value: 'kubespray', origin: 'repository', source: 'test', note: 'Kubespray submodule', place: at(3, 8) };

function release(value: string): Fact {
  return { name: 'installer.release', value, key: 'kubespray', origin: 'repository', source: 'test', note: 'the pin', place: at(4, 11) };
}

function kubeVersion(value: string): Fact {
  return { name: 'kubernetes.version', value, origin: 'repository', source: 'test', place: at(2, 15, 'inventory/prod/group_vars/k8s-cluster/k8s-cluster.yml') };
}

function context(facts: Fact[]): Fact[] {
  return buildContexts([named, ...facts], [])[0]!.facts;
}

function get(facts: Fact[], name: FactName): Fact | undefined {
  return facts.find((f) => f.name === name);
}

/** Release → default kube_version, calico_version (roles/kubespray-defaults, roles/download at the tag). */
const BUNDLED: [string, string, string][] = [
  ['2.10.0', '1.14.1', '3.4.0'],
  ['2.10.3', '1.14.3', '3.4.0'],
  ['2.10.4', '1.14.3', '3.4.0'],
  ['2.11.0', '1.15.3', '3.7.3'],
  ['2.11.1', '1.15.11', '3.7.3'],
  ['2.11.2', '1.15.11', '3.7.3'],
  ['2.12.0', '1.16.3', '3.7.3'],
  ['2.12.1', '1.16.7', '3.7.3'],
  ['2.12.2', '1.16.7', '3.7.3'],
  ['2.12.3', '1.16.7', '3.7.3'],
  ['2.12.4', '1.16.8', '3.7.3'],
  ['2.12.5', '1.16.8', '3.7.3'],
  ['2.12.6', '1.16.9', '3.7.3'],
  ['2.12.7', '1.16.11', '3.7.3'],
  ['2.12.8', '1.16.13', '3.7.3'],
  ['2.12.9', '1.16.13', '3.7.3'],
  ['2.12.10', '1.16.15', '3.7.3'],
  ['2.13.0', '1.17.5', '3.13.2'],
  ['2.13.1', '1.17.6', '3.13.2'],
  ['2.13.2', '1.17.7', '3.13.2'],
  ['2.13.3', '1.17.9', '3.13.2'],
  ['2.13.4', '1.17.12', '3.13.2'],
  // The first release the table had before: the boundary on the other side.
  ['2.14.0', '1.18.8', '3.15.2'],
];

describe('Kubespray v2.10.0 to v2.13.4: what each release bundles', () => {
  it.each(BUNDLED)('v%s: Kubernetes and kube-proxy %s, Calico (node and kube-controllers) %s, kube-proxy ipvs', (r, k8s, calico) => {
    const facts = context([release(r)]);
    expect(get(facts, 'kubernetes.version')?.value).toBe(k8s);
    expect(get(facts, 'kubeProxy.version')?.value).toBe(k8s);
    expect(get(facts, 'calico.version')?.value).toBe(calico);
    expect(get(facts, 'calico.kubeControllersVersion')?.value).toBe(calico);
    expect(get(facts, 'kubeProxy.mode')?.value).toBe('ipvs');
    expect(get(facts, 'calico.dataplane')?.value).toBe('Iptables');
  });
});

describe('the settings before v2.13.0', () => {
  const settings = (r: string) => {
    const facts = context([release(r)]);
    return (['calico.ipipMode', 'calico.vxlanMode', 'calico.iptablesBackend'] as const).map((n) => {
      const f = get(facts, n)!;
      return `${n}=${f.value}: ${/: (.*) \S+; Kubespray release from/.exec(f.note ?? '')?.[1]}`;
    });
  };

  it('v2.12.10: IPIP Always from ipip_mode, VXLAN Never (the pool names none), Felix legacy (no FELIX_IPTABLESBACKEND)', () => {
    expect(settings('2.12.10')).toEqual([
      'calico.ipipMode=Always: ipip_mode',
      'calico.vxlanMode=Never: IPPool vxlanMode (not set before v2.13.0)',
      'calico.iptablesBackend=Legacy: FELIX_IPTABLESBACKEND (not set before v2.13.0)',
    ]);
  });

  it('v2.13.0: the same values, under the calico_* settings v2.13.0 introduced', () => {
    expect(settings('2.13.0')).toEqual([
      'calico.ipipMode=Always: calico_ipip_mode',
      'calico.vxlanMode=Never: calico_vxlan_mode',
      'calico.iptablesBackend=Legacy: calico_iptables_backend',
    ]);
  });

  it('v2.10.0, the first release in the table, reads like v2.12.10', () => {
    expect(settings('2.10.0')).toEqual(settings('2.12.10'));
  });
});

describe('old releases as candidates', () => {
  it('a release branch (release-2.12) is every 2.12 patch: one Calico, the Kubernetes versions they bundle', () => {
    const facts = context([release('2.12')]);
    expect(get(facts, 'calico.version')?.value).toBe('3.7.3');
    expect(get(facts, 'kubernetes.version')?.candidates).toEqual(['1.16.3', '1.16.7', '1.16.8', '1.16.9', '1.16.11', '1.16.13', '1.16.15']);
  });

  it('release unknown, kube_version v1.14.3: v2.10.3 to v2.11.2 install it (Calico 3.4.0 or 3.7.3)', () => {
    const calico = get(context([kubeVersion('v1.14.3')]), 'calico.version')!;
    expect(calico.candidates).toEqual(['3.4.0', '3.7.3']);
    expect(calico.note).toContain('release unknown (one of v2.10.3, v2.10.4, v2.11.0, v2.11.1, v2.11.2)');
  });

  it('release unknown, kube_version v1.17.8: past every 2.12 checksum (1.17.7), so v2.13.x and v2.14.x only', () => {
    const calico = get(context([kubeVersion('v1.17.8')]), 'calico.version')!;
    expect(calico.candidates).toEqual(['3.13.2', '3.15.2']);
    expect(get(context([kubeVersion('v1.17.7')]), 'calico.version')?.candidates).toEqual(['3.7.3', '3.13.2', '3.15.2']);
  });

  it('release unknown, kube_version v1.12.7: Kubespray v2.8.x (not in the table, Calico 3.1.3) installs it too, so no bundled Calico', () => {
    const facts = context([kubeVersion('v1.12.7')]);
    expect(get(facts, 'calico.version')).toBeUndefined();
    expect(get(facts, 'kubeProxy.mode')?.value).toBe('ipvs');
  });

  it('release unknown, kube_version v1.12.8: past every v2.8.x checksum, so v2.10.x and its Calico 3.4.0', () => {
    const calico = get(context([kubeVersion('v1.12.8')]), 'calico.version')!;
    expect(calico.value).toBe('3.4.0');
    expect(calico.note).toContain('release unknown (one of v2.10.0, v2.10.3, v2.10.4)');
  });
});
