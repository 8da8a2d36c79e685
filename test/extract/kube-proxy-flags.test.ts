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
  {
    title: '--feature-gates and a non-empty KUBE_PROXY_NFTABLES_SKIP_KERNEL_VERSION_CHECK on kube-proxy only (rule pack 2)',
    fixture: 'nftables.yaml',
    only: { names: ['kubeProxy.featureGates', 'kubeProxy.nftablesSkipKernelCheck'] },
    facts: [
      { name: 'kubeProxy.featureGates', value: 'NFTablesProxyMode=true', line: 16, column: 15 },
      { name: 'kubeProxy.nftablesSkipKernelCheck', value: 'true', line: 19, column: 22 },
    ],
  },
]);
