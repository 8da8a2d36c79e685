import { kubesprayKubeaszConfig } from '../../src/extract/kubespray-kubeasz-config.js';
import { SETTINGS, testExtractor } from './tester.js';

testExtractor(
  kubesprayKubeaszConfig,
  [
    {
      title: 'keeps sed placeholders unresolved and reads the overlay as the VXLAN mode with the vxlan backend',
      fixture: 'kubespray-kubeasz-config/config.yml',
      facts: [
        { name: 'kubernetes.version', value: '__k8s_ver__', line: 4, column: 10, unresolved: true },
        { name: 'calico.version', value: '__calico__', line: 13, column: 13, unresolved: true },
        { name: 'calico.vxlanMode', value: 'CrossSubnet', line: 8, column: 24 },
        { name: 'calico.ipipMode', value: 'Never', line: 11, column: 28 },
      ],
      textAt: { 2: '"CrossSubnet"' },
    },
    {
      title: 'reads literal versions and the older CALICO_IPV4POOL_IPIP as the IPIP mode (bird backend by default)',
      fixture: 'kubespray-kubeasz-config/config-literal.yml',
      facts: [
        { name: 'kubernetes.version', value: '1.29.4', line: 1, column: 10 },
        { name: 'calico.version', value: '3.26.4', line: 3, column: 13 },
        { name: 'calico.ipipMode', value: 'Always', line: 2, column: 23 },
        { name: 'calico.vxlanMode', value: 'Never', line: 2, column: 23 },
      ],
    },
    {
      title: 'config.yml defines a cluster rooted at its folder (clusters/<name>/)',
      fixture: 'kubespray-kubeasz-config/config.yml',
      only: { names: ['cluster.definition'] },
      facts: [{ name: 'cluster.definition', value: 'kubespray-kubeasz-config', line: 4, column: 10 }],
      notes: { 0: 'kubeasz cluster config.yml' },
    },
  ],
  { root: 'sources-b', pipeline: true, only: SETTINGS },
);
