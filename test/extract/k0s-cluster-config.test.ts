import { k0sClusterConfig } from '../../src/extract/k0s-cluster-config.js';
import { SETTINGS, testExtractor } from './tester.js';

testExtractor(
  k0sClusterConfig,
  [
    {
      title: 'reads kube-proxy, and Calico only where the provider is calico (ipip overlay, Felix env)',
      fixture: 'k0s-cluster-config/k0s.yaml',
      facts: [
        { name: 'kubeProxy.image', value: 'registry.k8s.io/kube-proxy', line: 15, column: 14 },
        { name: 'kubeProxy.version', value: '1.28.4', line: 16, column: 16 },
        { name: 'kubeProxy.mode', value: 'ipvs', line: 25, column: 13 },
        { name: 'calico.version', value: '3.26.1-1', line: 10, column: 18 },
        { name: 'calico.kubeControllersVersion', value: '3.26.1-1', line: 13, column: 18 },
        { name: 'calico.dataplane', value: 'Iptables', line: 18, column: 15, origin: 'default' },
        { name: 'calico.ipipMode', value: 'CrossSubnet', line: 21, column: 16 },
        { name: 'calico.vxlanMode', value: 'Never', line: 21, column: 16, origin: 'default' },
        { name: 'calico.iptablesBackend', value: 'Auto', line: 23, column: 32 },
        { name: 'kubeProxy.mode', value: 'iptables', line: 38, column: 5, origin: 'default' },
      ],
    },
    {
      title: 'reads a k0sctl Cluster: the k0s version and the embedded config (kube-proxy disabled, k0s Calico defaults)',
      fixture: 'k0s-cluster-config/k0sctl.yaml',
      facts: [
        { name: 'kubernetes.version', value: '1.27.4+k0s.0', line: 11, column: 14 },
        { name: 'kubeProxy.disabled', value: 'true', line: 19, column: 23 },
        { name: 'calico.dataplane', value: 'Iptables', line: 17, column: 21, origin: 'default' },
        { name: 'calico.ipipMode', value: 'Never', line: 17, column: 21, origin: 'default' },
        { name: 'calico.vxlanMode', value: 'Always', line: 17, column: 21, origin: 'default' },
      ],
    },
    {
      title: 'reads a k0sctl config whose kind is written in lower case, as k0sctl accepts',
      fixture: 'k0s-cluster-config/k0sctl-lowercase.yaml',
      only: { names: ['kubernetes.version'] },
      facts: [{ name: 'kubernetes.version', value: '1.28.4+k0s.0', line: 12, column: 14 }],
    },
    {
      title: 'a k0sctl Cluster defines a cluster rooted at its folder',
      fixture: 'k0s-cluster-config/k0sctl.yaml',
      only: { names: ['cluster.definition'] },
      facts: [{ name: 'cluster.definition', value: 'k0s-cluster-config', line: 2, column: 7 }],
      notes: { 0: 'k0sctl Cluster' },
    },
    {
      title: 'calico envVars FELIX_BPFENABLED and FELIX_NFTABLESMODE, api.extraArgs enable-admission-plugins (rule pack 2)',
      fixture: 'k0s-cluster-config/calico-env.yaml',
      only: { names: ['calico.dataplane', 'calico.nftablesMode', 'apiserver.admissionPlugins'] },
      facts: [
        { name: 'calico.dataplane', value: 'Iptables', line: 10, column: 15, origin: 'default' },
        { name: 'calico.nftablesMode', value: 'Disabled', line: 15, column: 29 },
        { name: 'calico.dataplane', value: 'BPF', line: 14, column: 27 },
        { name: 'apiserver.admissionPlugins', value: 'NodeRestriction,DenyServiceExternalIPs', line: 8, column: 33 },
      ],
    },
  ],
  { root: 'sources-b', pipeline: true, only: SETTINGS },
);
