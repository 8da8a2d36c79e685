import { describe, expect, it } from 'vitest';
import { kubeProxyConfiguration } from '../../src/extract/kube-proxy-configuration.js';
import { brief, extractFixture } from './helpers.js';

describe('kube-proxy-configuration', () => {
  it('reads mode from a KubeProxyConfiguration next to a kubeadm ClusterConfiguration', () => {
    expect(extractFixture(kubeProxyConfiguration, 'kubeadm-config.yaml').map(brief)).toEqual([{ name: 'kubeProxy.mode', value: 'ipvs', line: 7, column: 7 }]);
  });

  it('absent or "" mode is the default iptables: at the kind line, or at the empty value', () => {
    const facts = extractFixture(kubeProxyConfiguration, 'unset.yaml');
    expect(facts.map(brief)).toEqual([
      { name: 'kubeProxy.mode', value: 'iptables', line: 3, column: 7, origin: 'default' },
      { name: 'kubeProxy.mode', value: 'iptables', line: 9, column: 7, origin: 'default' },
    ]);
    expect(facts[0]?.note).toBe('mode is not set: kube-proxy uses its default, iptables on Linux');
    expect(facts[1]?.raw).toBe('');
  });

  it('templated modes are unresolved, other API groups are ignored, Windows modes are kept', () => {
    expect(extractFixture(kubeProxyConfiguration, 'other.yaml').map(brief)).toEqual([
      { name: 'kubeProxy.mode', value: '{{ kube_proxy_mode }}', line: 3, column: 7, unresolved: true },
      { name: 'kubeProxy.mode', value: 'kernelspace', line: 12, column: 7 },
    ]);
  });
});
