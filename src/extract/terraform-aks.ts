import type { Fact } from '../model/fact.js';
import type { HclBlock } from '../parse/hcl/hcl-file.js';
import { defaultFact, hclOsFact } from './hcl/hcl-fact.js';
import { blocksOf, childBlocks, type ModuleScope, type Resolved } from './hcl/module.js';
import { attrFact, clusterDefinition, installerFact, known, moduleSource, TF_CONFIG } from './hcl/terraform-common.js';
import type { HclExtractor } from './types.js';
import { normalizeVersion } from './values.js';

const ID = 'terraform-aks';

/**
 * `os_sku = "Ubuntu"` is AKS's default SKU, whose release follows the Kubernetes version: like an absent
 * `os_sku`, it gives no fact, so the AKS profile's default (data/installers/aks.yaml) says which Ubuntu.
 */
const DEFAULT_SKU = (r: Resolved): boolean => known(r)?.toLowerCase() === 'ubuntu';

function poolOs(scope: ModuleScope, pool: HclBlock, what: string): Fact | undefined {
  if (known(scope.attribute(pool, 'os_type')?.r)?.toLowerCase() === 'windows') return undefined;
  const sku = scope.attribute(pool, 'os_sku');
  return sku && !DEFAULT_SKU(sku.r) ? hclOsFact(ID, sku.attr.expr.place, sku.r, 'image-type', {}, `${what} os_sku`) : undefined;
}

/**
 * Azure-managed Calico: `cluster.cni = calico` tells the AKS installer profile (data/installers/aks.yaml) to
 * supply the Calico release of the cluster's Kubernetes minor; with Azure CNI, Calico enforces policy only.
 */
function calicoFacts(scope: ModuleScope, profile: HclBlock): Fact[] {
  const policy = scope.attribute(profile, 'network_policy');
  if (known(policy?.r)?.toLowerCase() !== 'calico' || !policy) return [];
  const at = policy.attr.expr.place;
  const facts: Fact[] = [
    { name: 'cluster.cni', value: 'calico', origin: 'repository', place: at, source: ID, note: 'AKS network_policy calico: Azure-managed Calico' },
  ];
  // With Azure CNI, Calico enforces policy only: pods are routed by Azure, with no Calico IPIP or VXLAN.
  if (known(scope.attribute(profile, 'network_plugin')?.r)?.toLowerCase() === 'azure') {
    const note = 'AKS network_plugin azure with network_policy calico: Calico enforces policy only, no IPIP or VXLAN';
    facts.push(defaultFact(ID, 'calico.ipipMode', 'Never', at, note), defaultFact(ID, 'calico.vxlanMode', 'Never', at, note));
  }
  return facts;
}

/** kube-proxy's default mode, unless Azure CNI powered by Cilium (which replaces kube-proxy) is chosen. */
function proxyMode(scope: ModuleScope, holder: HclBlock | undefined, at: HclBlock): Fact[] {
  const dataplane = holder ? known((scope.attribute(holder, 'network_data_plane') ?? scope.attribute(holder, 'ebpf_data_plane'))?.r)?.toLowerCase() : undefined;
  if (dataplane === 'cilium') return [];
  return [
    defaultFact(
      ID,
      'kubeProxy.mode',
      'iptables',
      at.place,
      'AKS runs kube-proxy in IPTABLES mode unless kubeProxyConfig says otherwise (configure-kube-proxy.md)',
    ),
  ];
}

function clusterFacts(scope: ModuleScope, b: HclBlock): Fact[] {
  const facts: Fact[] = [clusterDefinition(ID, scope, b, 'Terraform resource'), installerFact(ID, b, 'aks', 'azurerm_kubernetes_cluster')];
  const version = attrFact(ID, scope, b, 'kubernetes_version', 'kubernetes.version', normalizeVersion, 'azurerm_kubernetes_cluster kubernetes_version');
  if (version) facts.push(version);
  const profile = childBlocks(b, 'network_profile')[0];
  facts.push(...proxyMode(scope, profile, b));
  if (profile) facts.push(...calicoFacts(scope, profile));
  for (const pool of childBlocks(b, 'default_node_pool')) {
    const f = poolOs(scope, pool, 'default_node_pool');
    if (f) facts.push(f);
  }
  return facts;
}

/** The registry module Azure/aks/azurerm and its GitHub repository (the registry matches namespaces in any case). */
const AKS_MODULE = moduleSource('azure/aks/azurerm', 'azure/terraform-azurerm-aks', '', 'i');

/**
 * Azure/aks/azurerm passes its inputs to `azurerm_kubernetes_cluster` under the provider's names:
 * `kubernetes_version`, `network_plugin` (default kubenet), `network_policy`, `ebpf_data_plane`, `os_sku`
 * of the default pool (default Ubuntu, release unknown: no fact) and `node_pools` entries' `os_sku`.
 */
function moduleFacts(scope: ModuleScope, b: HclBlock): Fact[] {
  const facts: Fact[] = [clusterDefinition(ID, scope, b, 'Terraform module'), installerFact(ID, b, 'aks', 'Azure/aks/azurerm')];
  const version = attrFact(ID, scope, b, 'kubernetes_version', 'kubernetes.version', normalizeVersion, 'AKS module kubernetes_version');
  if (version) facts.push(version);
  facts.push(...proxyMode(scope, b, b), ...calicoFacts(scope, b));
  const own = poolOs(scope, b, 'default node pool');
  if (own) facts.push(own);
  for (const pool of scope.entries(scope.attribute(b, 'node_pools')?.r)) {
    if (known(scope.entry(pool.r, 'os_type')?.r)?.toLowerCase() === 'windows') continue;
    const sku = scope.entry(pool.r, 'os_sku');
    const f = sku && !DEFAULT_SKU(sku.r) ? hclOsFact(ID, sku.valuePlace, sku.r, 'image-type', {}, `node pool ${pool.key} os_sku`) : undefined;
    if (f) facts.push(f);
  }
  return facts;
}

export const terraformAks: HclExtractor = {
  id: ID,
  input: 'hcl',
  paths: TF_CONFIG,
  blocks: ['module', 'resource.azurerm_kubernetes_cluster'],
  description:
    'Terraform AKS: the Azure/aks/azurerm module and azurerm_kubernetes_cluster (kubernetes_version, network_profile network_policy calico → Azure-managed Calico per version, network_plugin, default_node_pool os_sku → node OS), azurerm_kubernetes_cluster_node_pool os_sku',
  triggers: ['azurerm_kubernetes_cluster', 'Azure/aks/azurerm', 'azure/aks/azurerm', 'terraform-azurerm-aks'],
  extract(scope) {
    const facts: Fact[] = [];
    for (const b of blocksOf(scope.module, 'module')) {
      const source = known(scope.attribute(b, 'source')?.r);
      if (source !== undefined && AKS_MODULE.test(source)) facts.push(...moduleFacts(scope, b));
    }
    for (const b of blocksOf(scope.module, 'resource')) {
      if (b.labels[0] === 'azurerm_kubernetes_cluster') facts.push(...clusterFacts(scope, b));
      else if (b.labels[0] === 'azurerm_kubernetes_cluster_node_pool') {
        const f = poolOs(scope, b, `node pool ${b.labels[1] ?? ''}`.trim());
        if (f) facts.push(f);
      }
    }
    return facts;
  },
};
