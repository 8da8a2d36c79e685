import { describe, expect, it } from 'vitest';
import { k0sClusterConfig } from '../../src/extract/k0s-cluster-config.js';
import { definitionsB, extractB, pin } from './sources-b-fixture.js';

describe('k0s-cluster-config', () => {
  it('reads kube-proxy, and Calico only where the provider is calico (ipip overlay, Felix env)', () => {
    expect(extractB(k0sClusterConfig, 'k0s-cluster-config/k0s.yaml').map(pin)).toEqual([
      { name: 'kubeProxy.image', value: 'registry.k8s.io/kube-proxy', at: '15:14' },
      { name: 'kubeProxy.version', value: '1.28.4', at: '16:16' },
      { name: 'kubeProxy.mode', value: 'ipvs', at: '25:13' },
      { name: 'calico.version', value: '3.26.1-1', at: '10:18' },
      { name: 'calico.kubeControllersVersion', value: '3.26.1-1', at: '13:18' },
      { name: 'calico.dataplane', value: 'Iptables', at: '18:15', origin: 'default' },
      { name: 'calico.ipipMode', value: 'CrossSubnet', at: '21:16' },
      { name: 'calico.vxlanMode', value: 'Never', at: '21:16', origin: 'default' },
      { name: 'calico.iptablesBackend', value: 'Auto', at: '23:32' },
      { name: 'kubeProxy.mode', value: 'iptables', at: '38:5', origin: 'default' },
    ]);
  });

  it('reads a k0sctl Cluster: the k0s version and the embedded config (kube-proxy disabled, k0s Calico defaults)', () => {
    expect(extractB(k0sClusterConfig, 'k0s-cluster-config/k0sctl.yaml').map(pin)).toEqual([
      { name: 'kubernetes.version', value: '1.27.4+k0s.0', at: '11:14' },
      { name: 'kubeProxy.disabled', value: 'true', at: '19:23' },
      { name: 'calico.dataplane', value: 'Iptables', at: '17:21', origin: 'default' },
      { name: 'calico.ipipMode', value: 'Never', at: '17:21', origin: 'default' },
      { name: 'calico.vxlanMode', value: 'Always', at: '17:21', origin: 'default' },
    ]);
  });

  it('reads a k0sctl config whose kind is written in lower case, as k0sctl accepts', () => {
    expect(extractB(k0sClusterConfig, 'k0s-cluster-config/k0sctl-lowercase.yaml').map(pin)).toContainEqual({
      name: 'kubernetes.version',
      value: '1.28.4+k0s.0',
      at: '12:14',
    });
  });

  it('a k0sctl Cluster defines a cluster rooted at its folder', () => {
    expect(definitionsB(k0sClusterConfig, 'k0s-cluster-config/k0sctl.yaml')).toEqual(['k0s-cluster-config (k0sctl Cluster) @2:7']);
  });
});
