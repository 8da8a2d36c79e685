import { describe, expect, it } from 'vitest';
import { kubesprayKubeaszConfig } from '../../src/extract/kubespray-kubeasz-config.js';
import { definitionsB, extractB, pin, textAt } from './sources-b-fixture.js';

describe('kubespray-kubeasz-config', () => {
  it('keeps sed placeholders unresolved and reads the overlay as the VXLAN mode with the vxlan backend', () => {
    const facts = extractB(kubesprayKubeaszConfig, 'kubespray-kubeasz-config/config.yml');
    expect(facts.map(pin)).toEqual([
      { name: 'kubernetes.version', value: '__k8s_ver__', at: '4:10', unresolved: true },
      { name: 'calico.version', value: '__calico__', at: '13:13', unresolved: true },
      { name: 'calico.vxlanMode', value: 'CrossSubnet', at: '8:24' },
      { name: 'calico.ipipMode', value: 'Never', at: '11:28' },
    ]);
    expect(textAt(facts[2]?.place)).toBe('"CrossSubnet"');
  });

  it('reads literal versions and the older CALICO_IPV4POOL_IPIP as the IPIP mode (bird backend by default)', () => {
    expect(extractB(kubesprayKubeaszConfig, 'kubespray-kubeasz-config/config-literal.yml').map(pin)).toEqual([
      { name: 'kubernetes.version', value: '1.29.4', at: '1:10' },
      { name: 'calico.version', value: '3.26.4', at: '3:13' },
      { name: 'calico.ipipMode', value: 'Always', at: '2:23' },
      { name: 'calico.vxlanMode', value: 'Never', at: '2:23' },
    ]);
  });

  it('config.yml defines a cluster rooted at its folder (clusters/<name>/)', () => {
    expect(definitionsB(kubesprayKubeaszConfig, 'kubespray-kubeasz-config/config.yml')).toEqual([
      'kubespray-kubeasz-config (kubeasz cluster config.yml) @4:10',
    ]);
  });
});
