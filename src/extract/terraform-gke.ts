import type { Fact } from '../model/fact.js';
import type { HclBlock } from '../parse/hcl/hcl-file.js';
import { defaultFact, hclOsFact } from './hcl/hcl-fact.js';
import { blocksOf, childBlocks, type ModuleScope } from './hcl/module.js';
import { attrFact, clusterDefinition, installerFact, known, TF_CONFIG } from './hcl/terraform-common.js';
import type { HclExtractor } from './types.js';
import { normalizeVersion } from './values.js';

const ID = 'terraform-gke';

const NODE_VERSION_NOTE = 'GKE nodes run kube-proxy at the node version';

function nodeConfigOs(scope: ModuleScope, holder: HclBlock, what: string): Fact[] {
  return childBlocks(holder, 'node_config').flatMap((nc) => {
    const t = scope.attribute(nc, 'image_type');
    const f = t ? hclOsFact(ID, t.attr.expr.place, t.r, 'image-type', {}, `${what} image_type`) : undefined;
    return f ? [f] : [];
  });
}

/**
 * Dataplane V2 (`ADVANCED_DATAPATH`, Autopilot's default) runs no kube-proxy and no Calico; Dataplane V1
 * runs kube-proxy in iptables mode and, with `network_policy { provider = "CALICO" }`, Calico Felix.
 */
function dataplaneFacts(scope: ModuleScope, b: HclBlock): Fact[] {
  const dp = scope.attribute(b, 'datapath_provider');
  const value = known(dp?.r)?.toUpperCase();
  const autopilot = known(scope.attribute(b, 'enable_autopilot')?.r) === 'true';
  if (value === 'ADVANCED_DATAPATH' || (!dp && autopilot)) {
    const at = dp ? dp.attr.expr.place : b.place;
    const note = dp ? 'GKE Dataplane V2 (ADVANCED_DATAPATH) runs no kube-proxy' : 'GKE Autopilot uses Dataplane V2, which runs no kube-proxy';
    return [{ name: 'kubeProxy.disabled', value: 'true', origin: dp ? 'repository' : 'default', place: at, source: ID, note }];
  }
  if (dp && value !== 'LEGACY_DATAPATH') {
    return dp.r.known
      ? []
      : [
          {
            name: 'kubeProxy.disabled',
            value: dp.r.text,
            unresolved: true,
            origin: 'repository',
            place: dp.attr.expr.place,
            source: ID,
            note: `datapath_provider decides whether kube-proxy runs; ${dp.r.reason}`,
          },
        ];
  }
  const facts: Fact[] = [
    defaultFact(
      ID,
      'kubeProxy.mode',
      'iptables',
      dp ? dp.attr.expr.place : b.place,
      'GKE Dataplane V1 runs kube-proxy in iptables mode (DatapathProvider LEGACY_DATAPATH)',
    ),
  ];
  for (const np of childBlocks(b, 'network_policy')) {
    const provider = scope.attribute(np, 'provider');
    const enabled = known(scope.attribute(np, 'enabled')?.r);
    if (enabled === 'false' || known(provider?.r)?.toUpperCase() !== 'CALICO' || !provider) continue;
    facts.push({
      name: 'calico.version',
      value: 'GKE-managed',
      unresolved: true,
      origin: 'default',
      place: provider.attr.expr.place,
      source: ID,
      note: 'GKE network policy provider CALICO runs Calico Felix; GKE does not publish which Calico release (UNVERIFIED)',
    });
  }
  return facts;
}

function clusterFacts(scope: ModuleScope, b: HclBlock): Fact[] {
  const facts: Fact[] = [clusterDefinition(ID, scope, b, 'Terraform resource'), installerFact(ID, b, 'gke', 'google_container_cluster')];
  const v = attrFact(ID, scope, b, 'min_master_version', 'kubernetes.version', normalizeVersion, 'google_container_cluster min_master_version');
  if (v) facts.push(v);
  const nv = attrFact(ID, scope, b, 'node_version', 'kubeProxy.version', normalizeVersion, NODE_VERSION_NOTE);
  if (nv) facts.push(nv);
  facts.push(...dataplaneFacts(scope, b), ...nodeConfigOs(scope, b, 'node_config'));
  for (const pool of childBlocks(b, 'node_pool')) facts.push(...poolFacts(scope, pool, 'node_pool'));
  return facts;
}

function poolFacts(scope: ModuleScope, pool: HclBlock, what: string): Fact[] {
  const facts: Fact[] = [];
  const v = attrFact(ID, scope, pool, 'version', 'kubeProxy.version', normalizeVersion, NODE_VERSION_NOTE);
  if (v) facts.push(v);
  return [...facts, ...nodeConfigOs(scope, pool, what)];
}

export const terraformGke: HclExtractor = {
  id: ID,
  input: 'hcl',
  paths: TF_CONFIG,
  blocks: ['resource.google_container_'],
  description:
    'Terraform GKE: google_container_cluster (min_master_version, node_version, datapath_provider: Dataplane V2 = no kube-proxy, network_policy provider CALICO, node_config image_type → node OS) and google_container_node_pool',
  triggers: ['google_container_cluster', 'google_container_node_pool'],
  extract(scope) {
    const facts: Fact[] = [];
    for (const b of blocksOf(scope.module, 'resource')) {
      if (b.labels[0] === 'google_container_cluster') facts.push(...clusterFacts(scope, b));
      else if (b.labels[0] === 'google_container_node_pool') facts.push(...poolFacts(scope, b, `node pool ${b.labels[1] ?? ''}`.trim()));
    }
    return facts;
  },
};
