import { describe, expect, it } from 'vitest';
import { kopsCluster } from '../../src/extract/kops-cluster.js';
import { definitionsB, extractB, pin, textAt } from './sources-b-fixture.js';

describe('kops-cluster', () => {
  const facts = extractB(kopsCluster, 'kops-cluster/clusters.yaml');
  const ofCluster = (from: number, to: number) => facts.filter((f) => (f.place?.line ?? 0) >= from && (f.place?.line ?? 0) <= to).map(pin);

  it('reads kubernetesVersion, proxyMode, iptablesBackend; vxlan leaves the VXLAN mode unresolved', () => {
    expect(ofCluster(1, 12)).toEqual([
      { name: 'kubernetes.version', value: '1.28.5', at: '6:22' },
      { name: 'kubeProxy.mode', value: 'ipvs', at: '8:16' },
      { name: 'calico.dataplane', value: 'Iptables', at: '11:7', origin: 'default' },
      { name: 'calico.iptablesBackend', value: 'NFT', at: '12:24' },
      { name: 'calico.ipipMode', value: 'Never', at: '11:26', origin: 'default' },
      { name: 'calico.vxlanMode', value: 'vxlan', at: '11:26', unresolved: true },
    ]);
  });

  it('reads kubeProxy.enabled: false as kube-proxy disabled, and bpfEnabled as the BPF dataplane', () => {
    expect(ofCluster(13, 24)).toEqual([
      { name: 'kubernetes.version', value: '1.35.0', at: '21:22' },
      { name: 'kubeProxy.disabled', value: 'true', at: '20:14' },
      { name: 'calico.dataplane', value: 'BPF', at: '24:19' },
      { name: 'calico.ipipMode', value: 'CrossSubnet', at: '24:7', origin: 'default' },
      { name: 'calico.vxlanMode', value: 'Never', at: '24:7', origin: 'default' },
    ]);
    expect(textAt(facts.find((f) => f.name === 'kubeProxy.disabled')?.place)).toBe('false');
  });

  it('reads a completed spec: version without v, the kube-proxy image, kops defaults for calico: {}', () => {
    expect(ofCluster(25, 40)).toEqual([
      { name: 'kubernetes.version', value: '1.32.0', at: '33:22' },
      { name: 'kubeProxy.mode', value: 'iptables', at: '32:5', origin: 'default' },
      { name: 'kubeProxy.image', value: 'registry.k8s.io/kube-proxy', at: '32:12' },
      { name: 'kubeProxy.version', value: '1.32.0', at: '32:12' },
      { name: 'calico.dataplane', value: 'Iptables', at: '35:13', origin: 'default' },
      { name: 'calico.ipipMode', value: 'CrossSubnet', at: '35:13', origin: 'default' },
      { name: 'calico.vxlanMode', value: 'Never', at: '35:13', origin: 'default' },
    ]);
  });

  it('each kops Cluster defines a cluster rooted at its folder', () => {
    expect(definitionsB(kopsCluster, 'kops-cluster/clusters.yaml')).toEqual([
      'kops-cluster (kops Cluster) @2:7',
      'kops-cluster (kops Cluster) @15:7',
      'kops-cluster (kops Cluster) @27:7',
    ]);
  });
});
