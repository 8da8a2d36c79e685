import { kubeProxyFlags } from '../../src/extract/kube-proxy-flags.js';
import { testExtractor } from './tester.js';

testExtractor(kubeProxyFlags, [
  {
    title: 'reads --proxy-mode in both forms, in shell lines, last one winning, only on kube-proxy containers',
    fixture: 'modes.yaml',
    facts: [
      { name: 'kubeProxy.mode', value: 'ipvs', line: 14, column: 15 },
      // The value of the two-item form is the item after the flag.
      { name: 'kubeProxy.mode', value: 'nftables', line: 17, column: 43 },
      { name: 'kubeProxy.mode', value: 'iptables', line: 20, column: 38 },
      { name: 'kubeProxy.mode', value: 'ipvs', line: 25, column: 15 },
      { name: 'kubeProxy.mode', value: '$(PROXY_MODE)', line: 28, column: 18, unresolved: true },
    ],
  },
  {
    title: 'gives the default mode only to a plain kube-proxy command line',
    fixture: 'defaults.yaml',
    facts: [{ name: 'kubeProxy.mode', value: 'iptables', line: 9, column: 12, origin: 'default' }],
    notes: { 0: /default mode, iptables on Linux/ },
  },
]);
