import { describe, expect, it } from 'vitest';
import { rkeClusterYml } from '../../src/extract/rke-cluster-yml.js';
import { definitionsB, extractB, pin } from './sources-b-fixture.js';

describe('rke-cluster-yml', () => {
  it('reads kubernetes_version with its Rancher suffix, the hyperkube tag, proxy-mode and the calico system image', () => {
    expect(extractB(rkeClusterYml, 'rke-cluster-yml/cluster.yml').map(pin)).toEqual([
      { name: 'kubernetes.version', value: '1.20.4-rancher1-1', at: '19:21' },
      { name: 'kubernetes.version', value: '1.20.4-rancher1', at: '16:15' },
      { name: 'kubeProxy.mode', value: 'ipvs', at: '11:19' },
      { name: 'calico.version', value: '3.17.2', at: '17:16' },
      { name: 'calico.dataplane', value: 'Iptables', at: '13:11', origin: 'default' },
    ]);
  });

  it("with an empty kubernetes_version and the default canal plugin: hyperkube, iptables, canal's calico-node unencapsulated", () => {
    expect(extractB(rkeClusterYml, 'rke-cluster-yml/cluster-canal.yml').map(pin)).toEqual([
      { name: 'kubernetes.version', value: '1.19.3-rancher1', at: '6:15' },
      { name: 'kubeProxy.mode', value: 'iptables', at: '4:5', origin: 'default' },
      { name: 'calico.version', value: '3.16.5', at: '8:15' },
      { name: 'calico.dataplane', value: 'Iptables', at: '1:1', origin: 'default' },
      { name: 'calico.ipipMode', value: 'Never', at: '1:1', origin: 'default' },
      { name: 'calico.vxlanMode', value: 'Never', at: '1:1', origin: 'default' },
    ]);
  });

  it('cluster.yml defines a cluster rooted at its folder', () => {
    expect(definitionsB(rkeClusterYml, 'rke-cluster-yml/cluster.yml')).toEqual(['rke-cluster-yml (RKE cluster.yml) @19:21']);
  });
});
