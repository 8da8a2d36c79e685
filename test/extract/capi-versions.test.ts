import { capiVersions } from '../../src/extract/capi-versions.js';
import { SETTINGS, testExtractor } from './tester.js';

const FIXTURE = 'capi-versions/cluster-template.yaml';

testExtractor(
  capiVersions,
  [
    {
      title: 'reads every Cluster API version field; ${VAR} is unresolved, ${VAR:-default} gives the default',
      fixture: FIXTURE,
      facts: [
        { name: 'kubernetes.version', value: '1.28.3', line: 8, column: 14 },
        { name: 'kubernetes.version', value: '${KUBERNETES_VERSION}', line: 15, column: 12, unresolved: true },
        { name: 'kubeProxy.disabled', value: 'true', line: 19, column: 11 },
        { name: 'kubernetes.version', value: '1.28.3', line: 31, column: 16 },
        { name: 'kubernetes.version', value: '1.27.9', line: 40, column: 16 },
        { name: 'kubernetes.version', value: '1.27', line: 47, column: 12 },
        { name: 'kubeProxy.version', value: '1.27.6-eksbuild.2', line: 52, column: 16 },
      ],
      notes: { 3: 'default of ${KUBERNETES_VERSION:-v1.28.3}' },
      textAt: { 2: 'addon/kube-proxy', 6: 'v1.27.6-eksbuild.2' },
    },
    {
      title: 'a Cluster, a control plane, a MachineDeployment or a MachinePool each mark a cluster rooted at its folder (issue 9)',
      fixture: FIXTURE,
      only: { names: ['cluster.definition'] },
      facts: [2, 11, 25, 34, 43].map((line) => ({ name: 'cluster.definition', value: 'capi-versions', line, column: 7 })),
      notes: {
        0: 'Cluster API Cluster',
        1: 'Cluster API KubeadmControlPlane',
        2: 'Cluster API MachineDeployment',
        3: 'Cluster API MachinePool',
        4: 'Cluster API AWSManagedControlPlane',
      },
    },
  ],
  { root: 'sources-b', pipeline: true, only: SETTINGS },
);
