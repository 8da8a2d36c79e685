import { describe, expect, it } from 'vitest';
import { terraformRke } from '../../src/extract/terraform-rke.js';
import { extractTf, tfBrief } from './terraform-helpers.js';

const UNSET =
  'rke_cluster without kubernetes_version: the default release of the rke provider version in use (which the configuration does not pin), replacing any cluster_yaml kubernetes_version';

describe('terraform-rke: rke_cluster', () => {
  it('reads the provider arguments as a cluster.yml: the release through a variable, the calico plugin, kube-proxy in ipvs mode', async () => {
    const { facts, skipped } = await extractTf(terraformRke, 'args');
    expect(skipped).toEqual([]);
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'args', at: 'args/main.tf:2:1' },
      { name: 'installer.name', value: 'rke1', at: 'args/main.tf:2:1' },
      { name: 'installer.release', value: '1.20.8-rancher1-1', at: 'args/main.tf:11:24', via: ['args/variables.tf:3:13'] },
      { name: 'kubernetes.version', value: '1.20.8-rancher1-1', at: 'args/main.tf:11:24', via: ['args/variables.tf:3:13'] },
      { name: 'cluster.cni', value: 'calico', at: 'args/main.tf:14:14' },
      { name: 'kubeProxy.mode', value: 'ipvs', at: 'args/main.tf:23:22' },
      { name: 'calico.dataplane', value: 'Iptables', at: 'args/main.tf:14:14', origin: 'default' },
    ]);
    expect(facts.find((f) => f.name === 'installer.release')?.key).toBe('rke1');
  });

  it('reads cluster_yaml written as a heredoc template, placed in its lines; kubernetes_version comes from the argument, never the heredoc', async () => {
    const { facts, skipped } = await extractTf(terraformRke, 'cluster-yaml');
    expect(skipped).toEqual([]);
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'cluster-yaml', at: 'cluster-yaml/main.tf:6:1' },
      { name: 'installer.name', value: 'rke1', at: 'cluster-yaml/main.tf:6:1' },
      { name: 'installer.release', value: '1.24.17-rancher1-1', at: 'cluster-yaml/main.tf:22:24', via: ['cluster-yaml/main.tf:2:13'] },
      { name: 'kubernetes.version', value: '1.24.17-rancher1-1', at: 'cluster-yaml/main.tf:22:24', via: ['cluster-yaml/main.tf:2:13'] },
      { name: 'cluster.cni', value: '${var.cni}', at: 'cluster-yaml/main.tf:19:11', unresolved: true },
      { name: 'kubeProxy.mode', value: 'ipvs', at: 'cluster-yaml/main.tf:17:19' },
    ]);
  });

  it('an argument block replaces its whole section of cluster_yaml; without kubernetes_version the provider default wins (unresolved); %{ if } lines are unresolved', async () => {
    const { facts, skipped } = await extractTf(terraformRke, 'override');
    expect(skipped).toEqual([]);
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'override', at: 'override/main.tf:3:1' },
      { name: 'installer.name', value: 'rke1', at: 'override/main.tf:3:1' },
      { name: 'kubernetes.version', value: 'default release', at: 'override/main.tf:3:1', origin: 'default', unresolved: true },
      { name: 'cluster.cni', value: 'calico', at: 'override/main.tf:11:15' },
      { name: 'calico.version', value: '3.13.4', at: 'override/main.tf:14:20', unresolved: true },
      { name: 'calico.dataplane', value: 'Iptables', at: 'override/main.tf:11:15', origin: 'default' },
    ]);
    expect(facts[2]!.note).toBe(UNSET);
    // The heredoc's ipvs is gone with its services section: no kube-proxy mode fact (RKE's default applies).
    expect(facts.filter((f) => f.name === 'kubeProxy.mode')).toEqual([]);
  });

  it('a bare rke_cluster: RKE with an unresolved release, and canal (RKE’s default plugin) placed at the block', async () => {
    const { facts } = await extractTf(terraformRke, 'minimal');
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'minimal', at: 'minimal/main.tf:1:1' },
      { name: 'installer.name', value: 'rke1', at: 'minimal/main.tf:1:1' },
      { name: 'kubernetes.version', value: 'default release', at: 'minimal/main.tf:1:1', origin: 'default', unresolved: true },
      { name: 'calico.dataplane', value: 'Iptables', at: 'minimal/main.tf:1:1', origin: 'default' },
      { name: 'calico.ipipMode', value: 'Never', at: 'minimal/main.tf:1:1', origin: 'default' },
      { name: 'calico.vxlanMode', value: 'Never', at: 'minimal/main.tf:1:1', origin: 'default' },
    ]);
  });
});

describe('terraform-rke: rancher2_cluster', () => {
  it('reads rke_config like rke_cluster; a hosted cluster (no rke_config) is not RKE', async () => {
    const { facts } = await extractTf(terraformRke, 'rancher2');
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'rancher2', at: 'rancher2/main.tf:2:1' },
      { name: 'installer.name', value: 'rke1', at: 'rancher2/main.tf:2:1' },
      { name: 'installer.release', value: '1.23.16-rancher2-1', at: 'rancher2/main.tf:5:26' },
      { name: 'kubernetes.version', value: '1.23.16-rancher2-1', at: 'rancher2/main.tf:5:26' },
      { name: 'cluster.cni', value: 'canal', at: 'rancher2/main.tf:7:16' },
      { name: 'kubeProxy.mode', value: 'iptables', at: 'rancher2/main.tf:11:9', origin: 'default' },
      { name: 'calico.dataplane', value: 'Iptables', at: 'rancher2/main.tf:7:16', origin: 'default' },
      { name: 'calico.ipipMode', value: 'Never', at: 'rancher2/main.tf:7:16', origin: 'default' },
      { name: 'calico.vxlanMode', value: 'Never', at: 'rancher2/main.tf:7:16', origin: 'default' },
    ]);
  });
});

describe('terraform-rke: rancher2_cluster_v2', () => {
  it('RKE2 or k3s by kubernetes_version, machine_global_config (heredoc or yamlencode) read as config.yaml; an imported cluster is none', async () => {
    const { facts, skipped } = await extractTf(terraformRke, 'rancher2-v2');
    expect(skipped).toEqual([]);
    expect(facts.map((f) => ({ ...tfBrief(f), cluster: f.cluster, ...(f.key ? { key: f.key } : {}) }))).toEqual([
      { name: 'cluster.definition', value: 'rancher2-v2', at: 'rancher2-v2/main.tf:2:1', cluster: 'rancher2_cluster_v2.apps' },
      { name: 'installer.name', value: 'rke2', at: 'rancher2-v2/main.tf:4:24', cluster: 'rancher2_cluster_v2.apps' },
      { name: 'installer.release', value: '1.27.10+rke2r1', at: 'rancher2-v2/main.tf:4:24', cluster: 'rancher2_cluster_v2.apps', key: 'rke2' },
      { name: 'kubernetes.version', value: '1.27.10+rke2r1', at: 'rancher2-v2/main.tf:4:24', cluster: 'rancher2_cluster_v2.apps' },
      { name: 'kubeProxy.mode', value: 'ipvs', at: 'rancher2-v2/main.tf:10:11', cluster: 'rancher2_cluster_v2.apps' },
      { name: 'calico.dataplane', value: 'Iptables', at: 'rancher2-v2/main.tf:8:12', origin: 'default', cluster: 'rancher2_cluster_v2.apps' },
      { name: 'cluster.cni', value: 'calico', at: 'rancher2-v2/main.tf:8:12', cluster: 'rancher2_cluster_v2.apps' },
      { name: 'apiserver.admissionPlugins', value: 'defaults only', at: 'rancher2-v2/main.tf:8:7', origin: 'default', cluster: 'rancher2_cluster_v2.apps' },
      // chart_values' rke2-calico entry, read because the cluster runs rke2-calico (cni: calico).
      { name: 'calico.ipipMode', value: 'Never', at: 'rancher2-v2/main.tf:18:65', cluster: 'rancher2_cluster_v2.apps' },
      { name: 'calico.vxlanMode', value: 'CrossSubnet', at: 'rancher2-v2/main.tf:18:65', cluster: 'rancher2_cluster_v2.apps' },
      { name: 'calico.featureDetectOverride', value: 'ChecksumOffloadBroken=false', at: 'rancher2-v2/main.tf:22:35', cluster: 'rancher2_cluster_v2.apps' },
      { name: 'cluster.definition', value: 'rancher2-v2', at: 'rancher2-v2/main.tf:29:1', cluster: 'rancher2_cluster_v2.edge' },
      { name: 'installer.name', value: 'k3s', at: 'rancher2-v2/main.tf:31:24', cluster: 'rancher2_cluster_v2.edge' },
      {
        name: 'installer.release',
        value: '1.29.4+k3s1',
        at: 'rancher2-v2/main.tf:31:24',
        via: ['rancher2-v2/variables.tf:3:13'],
        cluster: 'rancher2_cluster_v2.edge',
        key: 'k3s',
      },
      {
        name: 'kubernetes.version',
        value: '1.29.4+k3s1',
        at: 'rancher2-v2/main.tf:31:24',
        via: ['rancher2-v2/variables.tf:3:13'],
        cluster: 'rancher2_cluster_v2.edge',
      },
      { name: 'kubeProxy.disabled', value: 'true', at: 'rancher2-v2/main.tf:35:28', cluster: 'rancher2_cluster_v2.edge' },
    ]);
  });

  it('a kubernetes_version that does not resolve leaves RKE2 or k3s open (unresolved), the config still read; rke2-calico chart_values under Canal are not', async () => {
    const { facts } = await extractTf(terraformRke, 'rancher2-v2-var');
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'rancher2-v2-var', at: 'rancher2-v2-var/main.tf:1:1' },
      { name: 'installer.name', value: 'rke2', at: 'rancher2-v2-var/main.tf:3:24', unresolved: true },
      { name: 'kubernetes.version', value: 'var.kubernetes_version', at: 'rancher2-v2-var/main.tf:3:24', unresolved: true },
      { name: 'kubeProxy.mode', value: 'iptables', at: 'rancher2-v2-var/main.tf:7:7', origin: 'default' },
      { name: 'cluster.cni', value: 'canal', at: 'rancher2-v2-var/main.tf:7:12' },
      { name: 'apiserver.admissionPlugins', value: 'defaults only', at: 'rancher2-v2-var/main.tf:7:7', origin: 'default' },
    ]);
  });
});

describe('terraform-rke: rancher2_cluster_v2 additional_manifest', () => {
  it('manifests written inline are read by the YAML extractors, placed in the heredoc (a HelmChartConfig for rke2-calico: IPIP CrossSubnet)', async () => {
    const { facts, skipped } = await extractTf(terraformRke, 'rancher2-v2-manifest');
    expect(skipped).toEqual([]);
    expect(facts.filter((f) => f.source === 'helm-cattle-chart').map(tfBrief)).toEqual([
      { name: 'calico.ipipMode', value: 'CrossSubnet', at: 'rancher2-v2-manifest/main.tf:23:34' },
      { name: 'calico.vxlanMode', value: 'Never', at: 'rancher2-v2-manifest/main.tf:23:34' },
      { name: 'installer.name', value: 'rke2', at: 'rancher2-v2-manifest/main.tf:15:15' },
      { name: 'cluster.cni', value: 'calico', at: 'rancher2-v2-manifest/main.tf:15:15' },
    ]);
    expect(facts.filter((f) => f.source === 'terraform-rke').map((f) => `${f.name}=${f.value}`)).toEqual([
      'cluster.definition=rancher2-v2-manifest',
      'installer.name=rke2',
      'installer.release=1.26.15+rke2r1',
      'kubernetes.version=1.26.15+rke2r1',
      'kubeProxy.mode=iptables',
      'calico.dataplane=Iptables',
      'cluster.cni=calico',
      'apiserver.admissionPlugins=defaults only',
    ]);
  });
});
