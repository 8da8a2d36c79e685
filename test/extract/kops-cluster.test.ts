import { kopsCluster } from '../../src/extract/kops-cluster.js';
import { SETTINGS, testExtractor } from './tester.js';

const FIXTURE = 'kops-cluster/clusters.yaml';

testExtractor(
  kopsCluster,
  [
    {
      title: 'reads kubernetesVersion, proxyMode, iptablesBackend; vxlan leaves the VXLAN mode unresolved',
      fixture: FIXTURE,
      only: { ...SETTINGS, lines: [1, 12] },
      facts: [
        { name: 'kubernetes.version', value: '1.28.5', line: 6, column: 22 },
        { name: 'kubeProxy.mode', value: 'ipvs', line: 8, column: 16 },
        { name: 'calico.dataplane', value: 'Iptables', line: 11, column: 7, origin: 'default' },
        { name: 'calico.iptablesBackend', value: 'NFT', line: 12, column: 24 },
        { name: 'calico.ipipMode', value: 'Never', line: 11, column: 26, origin: 'default' },
        { name: 'calico.vxlanMode', value: 'vxlan', line: 11, column: 26, unresolved: true },
      ],
    },
    {
      title: 'reads kubeProxy.enabled: false as kube-proxy disabled, and bpfEnabled as the BPF dataplane',
      fixture: FIXTURE,
      only: { ...SETTINGS, lines: [13, 24] },
      facts: [
        { name: 'kubernetes.version', value: '1.35.0', line: 21, column: 22 },
        { name: 'kubeProxy.disabled', value: 'true', line: 20, column: 14 },
        { name: 'calico.dataplane', value: 'BPF', line: 24, column: 19 },
        { name: 'calico.ipipMode', value: 'CrossSubnet', line: 24, column: 7, origin: 'default' },
        { name: 'calico.vxlanMode', value: 'Never', line: 24, column: 7, origin: 'default' },
      ],
      textAt: { 1: 'false' },
    },
    {
      title: 'reads a completed spec: version without v, the kube-proxy image, kops defaults for calico: {}',
      fixture: FIXTURE,
      only: { ...SETTINGS, lines: [25, 40] },
      facts: [
        { name: 'kubernetes.version', value: '1.32.0', line: 33, column: 22 },
        { name: 'kubeProxy.mode', value: 'iptables', line: 32, column: 5, origin: 'default' },
        { name: 'kubeProxy.image', value: 'registry.k8s.io/kube-proxy', line: 32, column: 12 },
        { name: 'kubeProxy.version', value: '1.32.0', line: 32, column: 12 },
        { name: 'calico.dataplane', value: 'Iptables', line: 35, column: 13, origin: 'default' },
        { name: 'calico.ipipMode', value: 'CrossSubnet', line: 35, column: 13, origin: 'default' },
        { name: 'calico.vxlanMode', value: 'Never', line: 35, column: 13, origin: 'default' },
      ],
    },
    {
      title: 'each kops Cluster defines a cluster rooted at its folder',
      fixture: FIXTURE,
      only: { names: ['cluster.definition'] },
      facts: [
        { name: 'cluster.definition', value: 'kops-cluster', line: 2, column: 7 },
        { name: 'cluster.definition', value: 'kops-cluster', line: 15, column: 7 },
        { name: 'cluster.definition', value: 'kops-cluster', line: 27, column: 7 },
      ],
      notes: { 0: 'kops Cluster', 1: 'kops Cluster', 2: 'kops Cluster' },
    },
  ],
  { root: 'sources-b', pipeline: true, only: SETTINGS },
);
