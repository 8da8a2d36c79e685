import { kubeoneCluster } from '../../src/extract/kubeone-cluster.js';
import { testExtractor } from './tester.js';

testExtractor(kubeoneCluster, [
  {
    title: 'names KubeOne at the kind, reads versions.kubernetes and the ipvs key; no cni leaves the profile default (Canal)',
    fixture: 'kubeone.yaml',
    facts: [
      { name: 'cluster.definition', value: '', line: 3, column: 7 },
      { name: 'installer.name', value: 'kubeone', line: 3, column: 7 },
      { name: 'kubernetes.version', value: '1.29.4', line: 6, column: 15 },
      { name: 'kubeProxy.mode', value: 'ipvs', line: 13, column: 5 },
    ],
    notes: { 1: 'KubeOne KubeOneCluster', 2: 'KubeOne versions.kubernetes', 3: 'KubeOne clusterNetwork.kubeProxy.ipvs' },
  },
  {
    title: 'skipInstallation disables kube-proxy; the cilium key is the CNI (v1beta3)',
    fixture: 'cilium.yaml',
    only: { except: ['cluster.definition', 'installer.name'] },
    facts: [
      { name: 'kubernetes.version', value: '1.34.2', line: 4, column: 15 },
      { name: 'cluster.cni', value: 'cilium', line: 7, column: 5 },
      { name: 'kubeProxy.disabled', value: 'true', line: 10, column: 23 },
    ],
    raws: { 0: 'v1.34.2' },
  },
  {
    title: 'v1beta1: canal chosen with settings; a null ipvs key is unset, so iptables: {} decides (as KubeOne checks ipvs first but finds it nil)',
    fixture: 'v1beta1.yaml',
    only: { except: ['cluster.definition', 'installer.name'] },
    facts: [
      { name: 'kubernetes.version', value: '1.20.8', line: 4, column: 15 },
      { name: 'cluster.cni', value: 'canal', line: 7, column: 5 },
      { name: 'kubeProxy.mode', value: 'iptables', line: 10, column: 5 },
    ],
  },
  {
    title: "v1alpha1's cni.provider names the CNI",
    fixture: 'v1alpha1.yaml',
    only: { names: ['cluster.cni', 'installer.name'] },
    facts: [
      { name: 'installer.name', value: 'kubeone', line: 2, column: 7 },
      { name: 'cluster.cni', value: 'weave-net', line: 7, column: 15 },
    ],
  },
]);
