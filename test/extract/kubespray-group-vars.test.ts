import { kubesprayGroupVars } from '../../src/extract/kubespray-group-vars.js';
import { SETTINGS, testExtractor } from './tester.js';

const DIR = 'kubespray-group-vars/';
const DEFINITIONS = { names: ['cluster.definition'] } as const;

testExtractor(
  kubesprayGroupVars,
  [
    {
      title: "reads group_vars at the value; the cluster file gets Kubespray's Calico default dataplane",
      fixture: `${DIR}inventory/prod/group_vars/k8s_cluster/k8s-cluster.yml`,
      facts: [
        { name: 'kubernetes.version', value: '1.28.3', line: 3, column: 15 },
        { name: 'kubeProxy.mode', value: 'iptables', line: 13, column: 18 },
        { name: 'apiserver.admissionPlugins', value: 'NodeRestriction', line: 8, column: 22, origin: 'default' },
        { name: 'calico.dataplane', value: 'Iptables', line: 8, column: 22, origin: 'default' },
      ],
      textAt: { 1: 'iptables' },
      raws: { 0: 'v1.28.3' },
    },
    {
      title: 'reads the Calico settings, normalised, and never the commented ones',
      fixture: `${DIR}inventory/prod/group_vars/k8s_cluster/k8s-net-calico.yml`,
      facts: [
        { name: 'calico.version', value: '3.26.4', line: 3, column: 17 },
        { name: 'calico.ipipMode', value: 'Never', line: 6, column: 19 },
        { name: 'calico.vxlanMode', value: 'Always', line: 7, column: 20 },
        { name: 'calico.iptablesBackend', value: 'NFT', line: 8, column: 26 },
        { name: 'calico.featureDetectOverride', value: 'ChecksumOffloadBroken=true', line: 9, column: 33 },
      ],
      textAt: { 4: '"ChecksumOffloadBroken=true"' },
    },
    {
      title: 'invents no Calico facts where another plugin is named; Jinja is unresolved; kube_proxy_remove disables',
      fixture: `${DIR}inventory/cilium/group_vars/k8s_cluster/k8s-cluster.yml`,
      facts: [
        { name: 'kubernetes.version', value: '{{ kube_version_override }}', line: 1, column: 15, unresolved: true },
        { name: 'kubeProxy.disabled', value: 'true', line: 3, column: 20 },
        { name: 'apiserver.admissionPlugins', value: 'NodeRestriction', line: 2, column: 22, origin: 'default' },
      ],
    },
    {
      title: 'labels role defaults as defaults',
      fixture: `${DIR}roles/kubespray-defaults/defaults/main/main.yml`,
      facts: [
        { name: 'kubernetes.version', value: '1.29.2', line: 3, column: 15, origin: 'default' },
        { name: 'kubeProxy.mode', value: 'ipvs', line: 4, column: 18, origin: 'default' },
        { name: 'calico.version', value: '3.27.3', line: 5, column: 17, origin: 'default' },
        { name: 'calico.ipipMode', value: "{{ 'Always' if ipip else 'Never' }}", line: 6, column: 19, origin: 'default', unresolved: true },
      ],
    },
    {
      title: 'reads kubean vars ConfigMaps through the embedded group_vars.yml, placed in the outer file',
      fixture: `${DIR}kubean-vars-conf.yml`,
      facts: [
        { name: 'kubernetes.version', value: '1.27.6', line: 8, column: 19 },
        { name: 'calico.featureDetectOverride', value: 'ChecksumOffloadBroken=true', line: 11, column: 37 },
        { name: 'kubeProxy.mode', value: 'ipvs', line: 10, column: 26, origin: 'default' },
        { name: 'apiserver.admissionPlugins', value: 'NodeRestriction', line: 10, column: 26, origin: 'default' },
        { name: 'calico.dataplane', value: 'Iptables', line: 10, column: 26, origin: 'default' },
        { name: 'kubeProxy.mode', value: 'ipvs', line: 26, column: 26, origin: 'default' },
        { name: 'apiserver.admissionPlugins', value: 'NodeRestriction', line: 26, column: 26, origin: 'default' },
        { name: 'calico.dataplane', value: 'Iptables', line: 26, column: 26, origin: 'default' },
      ],
      textAt: { 0: '"1.27.6"', 5: 'calico' },
      notes: { 2: /Kubespray default kube_proxy_mode/ },
    },
    {
      title: 'a pinned calico_node_image_tag is the Calico that runs (digest dropped); calico_policy_image_tag is kube-controllers',
      fixture: `${DIR}inventory/pinned/group_vars/all/image-tags.yml`,
      facts: [
        { name: 'calico.version', value: '3.29.2', line: 3, column: 24 },
        { name: 'calico.kubeControllersVersion', value: '3.29.2', line: 5, column: 26 },
      ],
      raws: { 0: 'v3.29.2@sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0' },
    },
    {
      title: "a literal node tag wins over calico_version beside it; a templated tag (Kubespray's own default) is not read",
      fixture: `${DIR}inventory/pinned/group_vars/k8s_cluster/k8s-net-calico.yml`,
      only: { names: ['calico.version', 'calico.kubeControllersVersion'] },
      facts: [{ name: 'calico.version', value: '3.28.2', line: 4, column: 24 }],
      textAt: { 0: '"v3.28.2"' },
    },
    {
      title: "a kubeadm playbook's kube_version, kube_proxy_mode and calico_version are read as written, with no Kubespray defaults",
      fixture: `${DIR}kubeadm-playbook/group_vars/all.yml`,
      facts: [
        { name: 'kubernetes.version', value: '1.24.3', line: 4, column: 15 },
        { name: 'kubeProxy.mode', value: 'ipvs', line: 10, column: 18 },
        { name: 'calico.version', value: '3.22.2', line: 9, column: 17 },
      ],
      notes: { 0: 'variable kube_version', 1: 'variable kube_proxy_mode', 2: 'variable calico_version' },
    },
    {
      title: 'names shared with other playbooks claim no installer: the file still defines its cluster',
      fixture: `${DIR}kubeadm-playbook/group_vars/all.yml`,
      only: { names: ['cluster.definition', 'installer.name', 'installer.release', 'cluster.cni'] },
      facts: [{ name: 'cluster.definition', value: 'kubespray-group-vars/kubeadm-playbook', line: 4, column: 15 }],
      notes: { 0: 'variables file' },
    },
    {
      title: "kube_version alone in Kubespray's k8s_cluster group file is Kubespray's",
      fixture: `${DIR}inventory/lone/group_vars/k8s_cluster.yml`,
      only: { names: ['kubernetes.version', 'installer.name'] },
      facts: [
        { name: 'kubernetes.version', value: '1.27.7', line: 2, column: 15 },
        { name: 'installer.name', value: 'kubespray', line: 2, column: 15 },
      ],
      notes: { 0: 'Kubespray kube_version' },
    },
    {
      title: 'kube_version beside a name of its own (container_manager) is Kubespray, in any group_vars file',
      fixture: `${DIR}inventory/named/group_vars/all/all.yml`,
      only: { names: ['kubernetes.version', 'installer.name'] },
      facts: [
        { name: 'kubernetes.version', value: '1.26.11', line: 2, column: 15 },
        { name: 'installer.name', value: 'kubespray', line: 2, column: 15 },
      ],
    },
    {
      title: "Kubespray's names before v2.13 in an old k8s-cluster group file: ipip_mode is the pool's IPIP mode",
      fixture: `${DIR}inventory/old/group_vars/k8s-cluster/k8s-net-calico.yml`,
      only: { names: ['calico.ipipMode', 'installer.name'] },
      facts: [
        { name: 'calico.ipipMode', value: 'CrossSubnet', line: 3, column: 12 },
        { name: 'installer.name', value: 'kubespray', line: 3, column: 1 },
      ],
      notes: { 0: 'Kubespray ipip_mode' },
    },
    {
      title: 'the old ipip switch alone, in the all group: false is IPIP Never',
      fixture: `${DIR}inventory/old/group_vars/all/calico.yml`,
      only: { names: ['calico.ipipMode'] },
      facts: [{ name: 'calico.ipipMode', value: 'Never', line: 2, column: 7 }],
      raws: { 0: 'false' },
    },
    {
      title: 'calico_ipip_mode wins over the old names beside it',
      fixture: `${DIR}inventory/both/group_vars/k8s_cluster/k8s-net-calico.yml`,
      only: { names: ['calico.ipipMode'] },
      facts: [{ name: 'calico.ipipMode', value: 'Always', line: 1, column: 19 }],
    },
    { title: 'the old names outside an inventory are not Kubespray variables', fixture: `${DIR}chart/values.yaml`, only: {}, facts: [] },
    { title: 'ignores Kubernetes objects and nested keys', fixture: `${DIR}decoys.yaml`, only: {}, facts: [] },
    {
      title: 'defines a cluster rooted at the inventory (above group_vars/), at its first setting',
      fixture: `${DIR}inventory/prod/group_vars/k8s_cluster/k8s-cluster.yml`,
      only: DEFINITIONS,
      facts: [{ name: 'cluster.definition', value: 'kubespray-group-vars/inventory/prod', line: 8, column: 22 }],
      notes: { 0: 'Kubespray inventory' },
    },
    {
      title: 'the Calico file of an inventory defines the same cluster',
      fixture: `${DIR}inventory/prod/group_vars/k8s_cluster/k8s-net-calico.yml`,
      only: DEFINITIONS,
      facts: [{ name: 'cluster.definition', value: 'kubespray-group-vars/inventory/prod', line: 3, column: 1 }],
      notes: { 0: 'Kubespray inventory' },
    },
    { title: 'role defaults define no cluster', fixture: `${DIR}roles/kubespray-defaults/defaults/main/main.yml`, only: DEFINITIONS, facts: [] },
    {
      title: 'each kubean vars ConfigMap defines a cluster',
      fixture: `${DIR}kubean-vars-conf.yml`,
      only: DEFINITIONS,
      facts: [
        { name: 'cluster.definition', value: 'kubespray-group-vars', line: 10, column: 26 },
        { name: 'cluster.definition', value: 'kubespray-group-vars', line: 26, column: 26 },
      ],
      notes: { 0: 'kubean vars ConfigMap', 1: 'kubean vars ConfigMap' },
    },
    {
      title: "kube-proxy replaced: Cilium's kube-proxy replacement removes kube-proxy",
      fixture: `${DIR}inventory/edge/group_vars/k8s_cluster/k8s-net-cilium.yml`,
      facts: [{ name: 'kubeProxy.disabled', value: 'true', line: 3, column: 32 }],
      textAt: { 0: 'strict' },
    },
    {
      title: "kube-proxy replaced: kube-router's service proxy counts only with kube-router",
      fixture: `${DIR}inventory/edge/group_vars/k8s_cluster/k8s-net-kube-router.yml`,
      only: { names: ['kubeProxy.disabled'] },
      facts: [],
    },
    {
      title: 'kube_feature_gates (kube-proxy falls back to it) and kube_apiserver_enable_admission_plugins (rule pack 2)',
      fixture: `${DIR}inventory/nft/group_vars/k8s_cluster/k8s-cluster.yml`,
      only: { names: ['kubeProxy.featureGates', 'apiserver.admissionPlugins'] },
      facts: [
        { name: 'kubeProxy.featureGates', value: 'NFTablesProxyMode=true', line: 5, column: 3 },
        { name: 'apiserver.admissionPlugins', value: 'NodeRestriction,DenyServiceExternalIPs', line: 7, column: 3 },
      ],
    },
  ],
  { root: 'sources-b', pipeline: true, only: SETTINGS },
);
