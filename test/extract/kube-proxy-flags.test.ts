import { describe, expect, it } from 'vitest';
import { kubeProxyFlags } from '../../src/extract/kube-proxy-flags.js';
import { brief, extractFixture } from './helpers.js';

describe('kube-proxy-flags', () => {
  it('reads --proxy-mode in both forms, in shell lines, last one winning, only on kube-proxy containers', () => {
    expect(extractFixture(kubeProxyFlags, 'modes.yaml').map(brief)).toEqual([
      { name: 'kubeProxy.mode', value: 'ipvs', line: 14, column: 15 },
      // The value of the two-item form is the item after the flag.
      { name: 'kubeProxy.mode', value: 'nftables', line: 17, column: 43 },
      { name: 'kubeProxy.mode', value: 'iptables', line: 20, column: 38 },
      { name: 'kubeProxy.mode', value: 'ipvs', line: 25, column: 15 },
      { name: 'kubeProxy.mode', value: '$(PROXY_MODE)', line: 28, column: 18, unresolved: true },
    ]);
  });

  it('gives the default mode only to a plain kube-proxy command line', () => {
    const facts = extractFixture(kubeProxyFlags, 'defaults.yaml');
    expect(facts.map(brief)).toEqual([{ name: 'kubeProxy.mode', value: 'iptables', line: 9, column: 12, origin: 'default' }]);
    expect(facts[0]?.note).toMatch(/default mode, iptables on Linux/);
  });
});
