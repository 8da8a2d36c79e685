import { kubeadmClusterConfiguration } from '../../src/extract/kubeadm-cluster-configuration.js';
import type { FactName } from '../../src/model/fact.js';
import { testExtractor } from './tester.js';

/** Every fact but the definition, the installer and the admission defaults every kubeadm file gives. */
const SETTINGS = { except: ['cluster.definition', 'installer.name', 'apiserver.admissionPlugins'] as FactName[] };

testExtractor(kubeadmClusterConfiguration, [
  {
    title: "reads kubernetesVersion and, with no KubeProxyConfiguration in the file, kubeadm's default mode",
    fixture: 'init.yaml',
    facts: [
      { name: 'cluster.definition', value: '', line: 7, column: 7 },
      { name: 'installer.name', value: 'kubeadm', line: 7, column: 7 },
      { name: 'kubernetes.version', value: '1.28.7', line: 9, column: 20 },
      { name: 'kubeProxy.mode', value: 'iptables', line: 7, column: 7, origin: 'default' },
      { name: 'apiserver.admissionPlugins', value: 'NodeRestriction', line: 7, column: 7, origin: 'default' },
    ],
    raws: { 2: 'v1.28.7' },
    notes: { 0: 'kubeadm ClusterConfiguration' },
  },
  {
    title: 'gives no default mode when the file configures kube-proxy',
    fixture: 'with-proxy.yaml',
    only: SETTINGS,
    facts: [{ name: 'kubernetes.version', value: '1.21.0', line: 3, column: 20 }],
  },
  {
    title: 'reads proxy.disabled (v1beta4) instead of a mode',
    fixture: 'disabled.yaml',
    only: SETTINGS,
    facts: [
      { name: 'kubernetes.version', value: '1.31.1', line: 3, column: 20 },
      { name: 'kubeProxy.disabled', value: 'true', line: 5, column: 13 },
    ],
  },
  {
    title: 'never takes a placeholder for a version; uses an envsubst default; ignores other API groups',
    fixture: 'templated.yaml',
    only: { names: ['kubernetes.version'] },
    facts: [
      { name: 'kubernetes.version', value: '{{ kube_version }}', line: 3, column: 20, unresolved: true },
      { name: 'kubernetes.version', value: '1.29.2', line: 7, column: 20 },
      { name: 'kubernetes.version', value: 'v$KUBERNETES_VERSION', line: 11, column: 20, unresolved: true },
    ],
  },
  {
    title: 'reads enable-admission-plugins from apiServer.extraArgs, as a mapping (v1beta3) or a name/value list (v1beta4)',
    fixture: 'admission.yaml',
    only: { names: ['apiserver.admissionPlugins'] },
    facts: [
      { name: 'apiserver.admissionPlugins', value: 'NodeRestriction,DenyServiceExternalIPs', line: 7, column: 31 },
      { name: 'apiserver.admissionPlugins', value: 'NodeRestriction,PodSecurity', line: 17, column: 14 },
      { name: 'apiserver.admissionPlugins', value: 'NodeRestriction', line: 23, column: 3, origin: 'default' },
    ],
  },
]);
