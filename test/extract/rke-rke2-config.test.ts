import { describe, expect, it } from 'vitest';
import { rkeRke2Config } from '../../src/extract/rke-rke2-config.js';
import { extractB, pin, textAt } from './sources-b-fixture.js';

describe('rke-rke2-config', () => {
  it('reads proxy-mode from kube-proxy-arg and Calico from a cni list', () => {
    const facts = extractB(rkeRke2Config, 'rke-rke2-config/config.yaml');
    expect(facts.map(pin)).toEqual([
      { name: 'kubeProxy.mode', value: 'ipvs', at: '8:5' },
      { name: 'calico.dataplane', value: 'Iptables', at: '5:5', origin: 'default' },
      { name: 'apiserver.admissionPlugins', value: 'defaults only', at: '2:1', origin: 'default' },
    ]);
    expect(textAt(facts[0]?.place)).toBe('proxy-mode=ipvs');
  });

  it('reads disable-kube-proxy (k3s)', () => {
    expect(extractB(rkeRke2Config, 'rke-rke2-config/k3s-config.yaml').map(pin)).toEqual([{ name: 'kubeProxy.disabled', value: 'true', at: '3:21' }]);
  });

  it('gives the iptables default without proxy-mode', () => {
    expect(extractB(rkeRke2Config, 'rke-rke2-config/default-mode.yaml').map(pin)).toEqual([
      { name: 'kubeProxy.mode', value: 'iptables', at: '1:1', origin: 'default' },
      { name: 'calico.dataplane', value: 'Iptables', at: '3:6', origin: 'default' },
      { name: 'apiserver.admissionPlugins', value: 'defaults only', at: '1:1', origin: 'default' },
    ]);
  });

  it('ignores other YAML with a cni key', () => {
    expect(extractB(rkeRke2Config, 'rke-rke2-config/decoy.yaml')).toEqual([]);
  });
});
