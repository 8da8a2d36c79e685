import { rkeClusterYml } from '../../src/extract/rke-cluster-yml.js';
import { SETTINGS, testExtractor } from './tester.js';

testExtractor(
  rkeClusterYml,
  [
    {
      title: 'reads kubernetes_version with its Rancher suffix, the hyperkube tag, proxy-mode and the calico system image',
      fixture: 'rke-cluster-yml/cluster.yml',
      facts: [
        { name: 'kubernetes.version', value: '1.20.4-rancher1-1', line: 19, column: 21 },
        { name: 'kubernetes.version', value: '1.20.4-rancher1', line: 16, column: 15 },
        { name: 'kubeProxy.mode', value: 'ipvs', line: 11, column: 19 },
        { name: 'calico.version', value: '3.17.2', line: 17, column: 16 },
        { name: 'calico.dataplane', value: 'Iptables', line: 13, column: 11, origin: 'default' },
      ],
    },
    {
      title: "with an empty kubernetes_version and the default canal plugin: hyperkube, iptables, canal's calico-node unencapsulated",
      fixture: 'rke-cluster-yml/cluster-canal.yml',
      facts: [
        { name: 'kubernetes.version', value: '1.19.3-rancher1', line: 6, column: 15 },
        { name: 'kubeProxy.mode', value: 'iptables', line: 4, column: 5, origin: 'default' },
        { name: 'calico.version', value: '3.16.5', line: 8, column: 15 },
        { name: 'calico.dataplane', value: 'Iptables', line: 1, column: 1, origin: 'default' },
        { name: 'calico.ipipMode', value: 'Never', line: 1, column: 1, origin: 'default' },
        { name: 'calico.vxlanMode', value: 'Never', line: 1, column: 1, origin: 'default' },
      ],
    },
    {
      title: 'cluster.yml defines a cluster rooted at its folder',
      fixture: 'rke-cluster-yml/cluster.yml',
      only: { names: ['cluster.definition'] },
      facts: [{ name: 'cluster.definition', value: 'rke-cluster-yml', line: 19, column: 21 }],
      notes: { 0: 'RKE cluster.yml' },
    },
    {
      title: 'a bare nodes list with a Rancher-suffixed version is RKE',
      fixture: 'rke-cluster-yml/cluster-minimal.yml',
      only: { names: ['installer.name', 'kubernetes.version'] },
      facts: [
        { name: 'installer.name', value: 'rke1', line: 5, column: 21 },
        { name: 'kubernetes.version', value: '1.24.17-rancher1-1', line: 5, column: 21 },
      ],
    },
    {
      title: 'a lone kubernetes_version with the Rancher suffix is RKE',
      fixture: 'rke-cluster-yml/version-only.yml',
      only: { names: ['installer.name'] },
      facts: [{ name: 'installer.name', value: 'rke1', line: 1, column: 21 }],
    },
    { title: "an Ansible role's group_vars kubernetes_version is not RKE (no Canal defaults)", fixture: 'rke-cluster-yml/ansible-group-vars.yml', facts: [] },
  ],
  { root: 'sources-b', pipeline: true, only: SETTINGS },
);
