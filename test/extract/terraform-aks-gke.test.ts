import { describe, expect, it } from 'vitest';
import { terraformAks } from '../../src/extract/terraform-aks.js';
import { terraformGke } from '../../src/extract/terraform-gke.js';
import { extractTf, tfBrief } from './terraform-helpers.js';

describe('terraform-aks', () => {
  it("reads the cluster, Azure-managed Calico (policy only with Azure CNI), and the node pools' OS SKUs (Windows skipped)", async () => {
    const { facts, skipped } = await extractTf(terraformAks, 'calico-policy');
    expect(skipped).toEqual([]);
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'calico-policy', at: 'calico-policy/main.tf:6:1' },
      { name: 'installer.name', value: 'aks', at: 'calico-policy/main.tf:6:1' },
      { name: 'kubernetes.version', value: '1.30', at: 'calico-policy/main.tf:11:25', via: ['calico-policy/variables.tf:9:17'] },
      { name: 'kubeProxy.mode', value: 'iptables', at: 'calico-policy/main.tf:6:1', origin: 'default' },
      { name: 'cluster.cni', value: 'calico', at: 'calico-policy/main.tf:26:25' },
      { name: 'calico.ipipMode', value: 'Never', at: 'calico-policy/main.tf:26:25', origin: 'default' },
      { name: 'calico.vxlanMode', value: 'Never', at: 'calico-policy/main.tf:26:25', origin: 'default' },
      { name: 'node.os', value: 'ubuntu-22.04', at: 'calico-policy/main.tf:17:18' },
      { name: 'node.os', value: 'azure-linux', at: 'calico-policy/main.tf:35:27', unresolved: true },
    ]);
  });
});

describe('terraform-aks, JSON syntax', () => {
  it('reads nested blocks written as an object or a list of objects', async () => {
    const { facts, skipped } = await extractTf(terraformAks, 'json');
    expect(skipped).toEqual([]);
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'json', at: 'json/aks.tf.json:4:7' },
      { name: 'installer.name', value: 'aks', at: 'json/aks.tf.json:4:7' },
      { name: 'kubernetes.version', value: '1.30', at: 'json/aks.tf.json:6:31' },
      { name: 'kubeProxy.mode', value: 'iptables', at: 'json/aks.tf.json:4:7', origin: 'default' },
      { name: 'cluster.cni', value: 'calico', at: 'json/aks.tf.json:9:58' },
      { name: 'calico.ipipMode', value: 'Never', at: 'json/aks.tf.json:9:58', origin: 'default' },
      { name: 'calico.vxlanMode', value: 'Never', at: 'json/aks.tf.json:9:58', origin: 'default' },
      { name: 'node.os', value: 'ubuntu-22.04', at: 'json/aks.tf.json:7:60' },
    ]);
  });
});

describe('terraform-aks, the Azure/aks/azurerm module', () => {
  it('reads each call under its input names: version, Calico policy only with Azure CNI, OS SKUs; Cilium runs no kube-proxy; kubenet keeps the encapsulation open', async () => {
    const { facts, skipped } = await extractTf(terraformAks, 'module-calico');
    expect(skipped).toEqual([]);
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'module-calico', at: 'module-calico/main.tf:2:1' },
      { name: 'installer.name', value: 'aks', at: 'module-calico/main.tf:2:1' },
      { name: 'kubernetes.version', value: '1.30', at: 'module-calico/main.tf:8:25', via: ['module-calico/variables.tf:3:13'] },
      { name: 'kubeProxy.mode', value: 'iptables', at: 'module-calico/main.tf:2:1', origin: 'default' },
      { name: 'cluster.cni', value: 'calico', at: 'module-calico/main.tf:10:25' },
      { name: 'calico.ipipMode', value: 'Never', at: 'module-calico/main.tf:10:25', origin: 'default' },
      { name: 'calico.vxlanMode', value: 'Never', at: 'module-calico/main.tf:10:25', origin: 'default' },
      { name: 'node.os', value: 'ubuntu-22.04', at: 'module-calico/main.tf:11:25' },
      { name: 'node.os', value: 'azure-linux', at: 'module-calico/main.tf:17:17', unresolved: true },
      { name: 'cluster.definition', value: 'module-calico', at: 'module-calico/main.tf:28:1' },
      { name: 'installer.name', value: 'aks', at: 'module-calico/main.tf:28:1' },
      { name: 'cluster.definition', value: 'module-calico', at: 'module-calico/main.tf:36:1' },
      { name: 'installer.name', value: 'aks', at: 'module-calico/main.tf:36:1' },
      { name: 'kubeProxy.mode', value: 'iptables', at: 'module-calico/main.tf:36:1', origin: 'default' },
      { name: 'cluster.cni', value: 'calico', at: 'module-calico/main.tf:39:20' },
    ]);
  });
});

describe('terraform-gke', () => {
  it('Dataplane V1 with Calico network policy: iptables kube-proxy at the node pool version, Calico of an unpublished release', async () => {
    const { facts } = await extractTf(terraformGke, 'dataplane-v1-calico');
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'dataplane-v1-calico', at: 'dataplane-v1-calico/main.tf:5:1' },
      { name: 'installer.name', value: 'gke', at: 'dataplane-v1-calico/main.tf:5:1' },
      { name: 'kubernetes.version', value: '1.28.3-gke.1286000', at: 'dataplane-v1-calico/main.tf:9:30', via: ['dataplane-v1-calico/main.tf:2:17'] },
      { name: 'kubeProxy.mode', value: 'iptables', at: 'dataplane-v1-calico/main.tf:13:23', origin: 'default' },
      { name: 'calico.version', value: 'GKE-managed', at: 'dataplane-v1-calico/main.tf:17:16', origin: 'default', unresolved: true },
      { name: 'kubeProxy.version', value: '1.28.3-gke.1286000', at: 'dataplane-v1-calico/main.tf:30:14', via: ['dataplane-v1-calico/main.tf:2:17'] },
      { name: 'node.os', value: 'cos', at: 'dataplane-v1-calico/main.tf:35:20', unresolved: true },
    ]);
  });

  it('Dataplane V2: no kube-proxy, no Calico', async () => {
    const { facts } = await extractTf(terraformGke, 'dataplane-v2');
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'dataplane-v2', at: 'dataplane-v2/main.tf:1:1' },
      { name: 'installer.name', value: 'gke', at: 'dataplane-v2/main.tf:1:1' },
      { name: 'kubernetes.version', value: '1.29.1-gke.1589000', at: 'dataplane-v2/main.tf:4:24' },
      { name: 'kubeProxy.disabled', value: 'true', at: 'dataplane-v2/main.tf:5:24' },
      { name: 'node.os', value: 'ubuntu', at: 'dataplane-v2/main.tf:8:18', unresolved: true },
    ]);
  });

  it('the GKE module: Dataplane V1 by default with Calico network policy, the version from terraform.tfvars, pool image types; helper submodules are not clusters', async () => {
    const { facts, skipped } = await extractTf(terraformGke, 'module-calico');
    expect(skipped).toEqual([]);
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'module-calico', at: 'module-calico/main.tf:3:1' },
      { name: 'installer.name', value: 'gke', at: 'module-calico/main.tf:3:1' },
      { name: 'kubernetes.version', value: '1.28.3-gke.1286000', at: 'module-calico/main.tf:14:24', via: ['module-calico/terraform.tfvars:2:15'] },
      { name: 'kubeProxy.mode', value: 'iptables', at: 'module-calico/main.tf:3:1', origin: 'default' },
      { name: 'calico.version', value: 'GKE-managed', at: 'module-calico/main.tf:15:24', origin: 'default', unresolved: true },
      { name: 'node.os', value: 'ubuntu', at: 'module-calico/main.tf:21:22', unresolved: true },
    ]);
  });

  it('GKE module dataplanes: Autopilot and ADVANCED_DATAPATH run no kube-proxy (and no Calico), DATAPATH_PROVIDER_UNSPECIFIED is V1, safer-cluster assumes nothing', async () => {
    const { facts, skipped } = await extractTf(terraformGke, 'module-dataplanes');
    expect(skipped).toEqual([]);
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'module-dataplanes', at: 'module-dataplanes/main.tf:2:1' },
      { name: 'installer.name', value: 'gke', at: 'module-dataplanes/main.tf:2:1' },
      { name: 'kubernetes.version', value: 'latest', at: 'module-dataplanes/main.tf:6:24', unresolved: true },
      { name: 'kubeProxy.disabled', value: 'true', at: 'module-dataplanes/main.tf:2:1', origin: 'default' },
      { name: 'cluster.definition', value: 'module-dataplanes', at: 'module-dataplanes/main.tf:9:1' },
      { name: 'installer.name', value: 'gke', at: 'module-dataplanes/main.tf:9:1' },
      { name: 'kubeProxy.disabled', value: 'true', at: 'module-dataplanes/main.tf:13:23' },
      { name: 'cluster.definition', value: 'module-dataplanes', at: 'module-dataplanes/main.tf:17:1' },
      { name: 'installer.name', value: 'gke', at: 'module-dataplanes/main.tf:17:1' },
      { name: 'kubernetes.version', value: '1.29.1-gke.1589000', at: 'module-dataplanes/main.tf:21:24' },
      { name: 'kubeProxy.mode', value: 'iptables', at: 'module-dataplanes/main.tf:22:24', origin: 'default' },
      { name: 'calico.version', value: 'GKE-managed', at: 'module-dataplanes/main.tf:25:16', origin: 'default', unresolved: true },
      { name: 'cluster.definition', value: 'module-dataplanes', at: 'module-dataplanes/main.tf:29:1' },
      { name: 'installer.name', value: 'gke', at: 'module-dataplanes/main.tf:29:1' },
    ]);
  });
});

describe('terraform-gke, versions from google_container_engine_versions', () => {
  it('a version the data source filters by a literal version_prefix is that minor; the channel default (not filtered) stays unresolved', async () => {
    const { facts, skipped } = await extractTf(terraformGke, 'version-prefix');
    expect(skipped).toEqual([]);
    const versions = facts.filter((f) => f.name === 'kubernetes.version' || f.name === 'kubeProxy.version');
    expect(versions.map(tfBrief)).toEqual([
      { name: 'kubernetes.version', value: '1.28', at: 'version-prefix/main.tf:10:24', via: ['version-prefix/main.tf:4:20'] },
      { name: 'kubeProxy.version', value: '1.28', at: 'version-prefix/main.tf:17:13', via: ['version-prefix/main.tf:4:20'] },
      {
        name: 'kubeProxy.version',
        value: 'data.google_container_engine_versions.minor.release_channel_default_version["REGULAR"]',
        at: 'version-prefix/main.tf:24:13',
        unresolved: true,
      },
    ]);
    expect(versions[0]!.note).toBe('google_container_cluster min_master_version; the newest GKE version with prefix 1.28.');
  });
});
