import { kubekeyCluster } from '../../src/extract/kubekey-cluster.js';
import { SETTINGS, testExtractor } from './tester.js';

const INSTALLER = { names: ['cluster.definition', 'installer.name', 'cluster.cni'] } as const;

testExtractor(kubekeyCluster, [
  {
    title: 'reads the Kubernetes version and the Calico pool KubeKey writes; no proxyMode leaves the profile default',
    fixture: 'cluster.yaml',
    only: SETTINGS,
    facts: [
      { name: 'kubernetes.version', value: '1.27.2', line: 15, column: 14 },
      { name: 'calico.ipipMode', value: 'Never', line: 21, column: 17 },
      { name: 'calico.vxlanMode', value: 'Always', line: 22, column: 18 },
    ],
    notes: { 0: 'KubeKey spec.kubernetes.version', 1: 'KubeKey spec.network.calico.ipipMode' },
    raws: { 0: 'v1.27.2' },
  },
  {
    title: 'names KubeKey at the kind, defines the cluster there, and reads the plugin',
    fixture: 'cluster.yaml',
    only: INSTALLER,
    facts: [
      { name: 'cluster.definition', value: '', line: 3, column: 7 },
      { name: 'installer.name', value: 'kubekey', line: 3, column: 7 },
      { name: 'cluster.cni', value: 'calico', line: 19, column: 13 },
    ],
    notes: { 1: 'KubeKey Cluster' },
  },
  {
    title: "kubeProxyConfiguration.mode wins over proxyMode, as KubeKey merges it over kubeadm's config",
    fixture: 'custom-proxy.yaml',
    only: SETTINGS,
    facts: [
      { name: 'kubernetes.version', value: '1.30.2', line: 9, column: 14 },
      { name: 'kubeProxy.mode', value: 'iptables', line: 12, column: 13 },
    ],
    notes: { 1: 'KubeKey spec.kubernetes.kubeProxyConfiguration.mode (wins over proxyMode)' },
  },
  {
    title: 'disableKubeProxy disables kube-proxy; another plugin gets no Calico pool; Cluster API and Manifest kinds are not KubeKey',
    fixture: 'no-kube-proxy.yaml',
    facts: [
      { name: 'cluster.definition', value: '', line: 3, column: 7 },
      { name: 'installer.name', value: 'kubekey', line: 3, column: 7 },
      { name: 'cluster.cni', value: 'cilium', line: 11, column: 13 },
      { name: 'kubernetes.version', value: '1.31.0', line: 8, column: 14 },
      { name: 'kubeProxy.disabled', value: 'true', line: 9, column: 23 },
    ],
  },
  {
    title: 'kk v1 configs (v1alpha1) are read; an empty proxyMode or plugin is the default, not a value',
    fixture: 'v1alpha1.yaml',
    only: { except: ['cluster.definition'] },
    facts: [
      { name: 'installer.name', value: 'kubekey', line: 3, column: 7 },
      { name: 'kubernetes.version', value: '1.19.8', line: 8, column: 14 },
    ],
  },
  {
    title: 'type k3s (or a -k3s version): kubeProxyArgs proxy-mode, not proxyMode; without it the profile default (ipvs, as KubeKey passes)',
    fixture: 'k3s.yaml',
    only: { names: ['kubeProxy.mode'] },
    facts: [{ name: 'kubeProxy.mode', value: 'iptables', line: 14, column: 9 }],
    notes: { 0: 'KubeKey spec.kubernetes.kubeProxyArgs (k3s / k8e)' },
  },
]);
