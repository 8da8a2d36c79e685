import { kubeProxyConfiguration } from '../../src/extract/kube-proxy-configuration.js';
import { testExtractor } from './tester.js';

const CRLF = (t: string): string => t.replace(/\n/g, '\r\n');

testExtractor(kubeProxyConfiguration, [
  {
    title: 'reads mode from a KubeProxyConfiguration next to a kubeadm ClusterConfiguration',
    fixture: 'kubeadm-config.yaml',
    facts: [{ name: 'kubeProxy.mode', value: 'ipvs', line: 7, column: 7 }],
  },
  {
    title: 'absent or "" mode is the default iptables: at the kind line, or at the empty value',
    fixture: 'unset.yaml',
    facts: [
      { name: 'kubeProxy.mode', value: 'iptables', line: 3, column: 7, origin: 'default' },
      { name: 'kubeProxy.mode', value: 'iptables', line: 9, column: 7, origin: 'default' },
    ],
    notes: { 0: 'mode is not set: kube-proxy uses its default, iptables on Linux' },
    raws: { 1: '' },
  },
  {
    title: 'templated modes are unresolved, other API groups are ignored, Windows modes are kept',
    fixture: 'other.yaml',
    facts: [
      { name: 'kubeProxy.mode', value: '{{ kube_proxy_mode }}', line: 3, column: 7, unresolved: true },
      { name: 'kubeProxy.mode', value: 'kernelspace', line: 12, column: 7 },
    ],
  },
  // A ConfigMap's data (kubeadm's config.conf) is read once, by the embedded pass of the scan, not by the extractor.
  { title: 'the extractor alone does not open ConfigMaps', fixture: 'configmap-kubeadm.yaml', facts: [] },
  {
    title: 'in a ConfigMap: the mode inside config.conf at its line and column in the outer file, once',
    fixture: 'configmap-kubeadm.yaml',
    pipeline: true,
    facts: [{ name: 'kubeProxy.mode', value: 'ipvs', line: 16, column: 11 }],
    textAt: { 0: 'ipvs' },
  },
  {
    title: 'in a ConfigMap: the same columns with CRLF line endings',
    fixture: 'configmap-kubeadm.yaml',
    pipeline: true,
    transform: CRLF,
    facts: [{ name: 'kubeProxy.mode', value: 'ipvs', line: 16, column: 11 }],
  },
  {
    title: 'in a ConfigMap: a quoted string placed at the scalar; an unset mode is the default at the embedded kind line; a Secret is left alone',
    fixture: 'configmap-styles.yaml',
    pipeline: true,
    facts: [
      { name: 'kubeProxy.mode', value: 'nftables', line: 7, column: 16 },
      { name: 'kubeProxy.mode', value: 'iptables', line: 16, column: 13, origin: 'default' },
    ],
  },
  {
    title: 'featureGates as Name=value pairs (rule pack 2)',
    fixture: 'gates.yaml',
    only: { names: ['kubeProxy.featureGates'] },
    facts: [{ name: 'kubeProxy.featureGates', value: 'NFTablesProxyMode=true,TopologyAwareHints=false', line: 5, column: 3 }],
  },
]);
