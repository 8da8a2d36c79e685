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
    {
      title: "a k3s or RKE2 control plane names its distribution and release (RKE2's serverConfig.cni too); its Cluster is not kubeadm's",
      fixture: 'capi-versions/k3s-rke2.yaml',
      only: { names: ['installer.name', 'installer.release', 'cluster.cni', 'kubernetes.version'] },
      facts: [
        { name: 'installer.name', value: 'k3s', line: 12, column: 7 },
        { name: 'installer.release', value: '1.30.6+k3s1', line: 17, column: 12 },
        { name: 'kubernetes.version', value: '1.30.6+k3s1', line: 17, column: 12 },
        { name: 'installer.name', value: 'rke2', line: 20, column: 7 },
        { name: 'installer.release', value: '1.29.9+rke2r1', line: 24, column: 12 },
        { name: 'cluster.cni', value: 'calico', line: 26, column: 10 },
        { name: 'kubernetes.version', value: '1.29.9+rke2r1', line: 24, column: 12 },
        { name: 'installer.name', value: 'cluster-api', line: 29, column: 7 },
        { name: 'kubernetes.version', value: '1.30.2', line: 33, column: 12 },
      ],
      keys: { 1: 'k3s', 4: 'rke2' },
    },
    {
      title: "a Talos control plane names Talos and its release from talosVersion (spec.version is Kubernetes's); its Cluster is not kubeadm's",
      fixture: 'capi-versions/talos.yaml',
      only: { names: ['installer.name', 'installer.release', 'kubernetes.version'] },
      facts: [
        { name: 'installer.name', value: 'talos', line: 12, column: 7 },
        { name: 'installer.release', value: '1.3.0', line: 19, column: 21 },
        { name: 'kubernetes.version', value: '1.27.1', line: 21, column: 12 },
      ],
      keys: { 1: 'talos' },
    },
  ],
  { root: 'sources-b', pipeline: true, only: SETTINGS },
);
