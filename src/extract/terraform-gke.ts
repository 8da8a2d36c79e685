import type { Fact } from '../model/fact.js';
import type { Place } from '../model/place.js';
import type { HclBlock } from '../parse/hcl/hcl-file.js';
import { defaultFact, hclFact, hclOsFact } from './hcl/hcl-fact.js';
import { blocksOf, childBlocks, type ModuleScope } from './hcl/module.js';
import { attrFact, clusterDefinition, installerFact, known, moduleSource, TF_CONFIG } from './hcl/terraform-common.js';
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

type Attr = ReturnType<ModuleScope['attribute']>;

/**
 * Dataplane V2 (`ADVANCED_DATAPATH`, Autopilot's default) runs no kube-proxy and no Calico; Dataplane V1
 * (`LEGACY_DATAPATH`, or the attribute unset or `DATAPATH_PROVIDER_UNSPECIFIED`, which a Standard cluster
 * runs as V1) runs kube-proxy in iptables mode. `v1` says whether Calico network policy can apply.
 */
function kubeProxyFacts(dp: Attr, autopilot: boolean, at: Place): { facts: Fact[]; v1: boolean } {
  const value = known(dp?.r)?.toUpperCase();
  const unspecified = value === 'DATAPATH_PROVIDER_UNSPECIFIED';
  if (value === 'ADVANCED_DATAPATH' || ((!dp || unspecified) && autopilot)) {
    const place = dp ? dp.attr.expr.place : at;
    const note =
      value === 'ADVANCED_DATAPATH' ? 'GKE Dataplane V2 (ADVANCED_DATAPATH) runs no kube-proxy' : 'GKE Autopilot uses Dataplane V2, which runs no kube-proxy';
    return {
      facts: [{ name: 'kubeProxy.disabled', value: 'true', origin: value === 'ADVANCED_DATAPATH' ? 'repository' : 'default', place, source: ID, note }],
      v1: false,
    };
  }
  if (dp && value !== 'LEGACY_DATAPATH' && !unspecified) {
    const facts: Fact[] = dp.r.known
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
    return { facts, v1: false };
  }
  const note = !dp
    ? 'GKE runs a Standard cluster on Dataplane V1 unless datapath_provider is ADVANCED_DATAPATH: kube-proxy in iptables mode'
    : unspecified
      ? 'GKE runs a Standard cluster with DATAPATH_PROVIDER_UNSPECIFIED on Dataplane V1: kube-proxy in iptables mode'
      : 'GKE Dataplane V1 runs kube-proxy in iptables mode (DatapathProvider LEGACY_DATAPATH)';
  return { facts: [defaultFact(ID, 'kubeProxy.mode', 'iptables', dp ? dp.attr.expr.place : at, note)], v1: true };
}

/** Calico Felix for `network_policy { provider = "CALICO" }`: GKE does not publish which release. */
function gkeCalico(at: Place): Fact {
  return {
    name: 'calico.version',
    value: 'GKE-managed',
    unresolved: true,
    origin: 'default',
    place: at,
    source: ID,
    note: 'GKE network policy provider CALICO runs Calico Felix; GKE does not publish which Calico release (UNVERIFIED)',
  };
}

function dataplaneFacts(scope: ModuleScope, b: HclBlock): Fact[] {
  const autopilot = known(scope.attribute(b, 'enable_autopilot')?.r) === 'true';
  const { facts, v1 } = kubeProxyFacts(scope.attribute(b, 'datapath_provider'), autopilot, b.place);
  if (!v1) return facts;
  for (const np of childBlocks(b, 'network_policy')) {
    const provider = scope.attribute(np, 'provider');
    const enabled = known(scope.attribute(np, 'enabled')?.r);
    if (enabled === 'false' || known(provider?.r)?.toUpperCase() !== 'CALICO' || !provider) continue;
    facts.push(gkeCalico(provider.attr.expr.place));
  }
  return facts;
}

/** The versions `google_container_engine_versions` gives that honour its `version_prefix` (the provider filters them by it). */
const PREFIXED = new Set(['latest_master_version', 'latest_node_version', 'release_channel_latest_version']);

/**
 * A version read from `data "google_container_engine_versions"` with a literal `version_prefix` (`"1.27."`,
 * hashicorp's learn-terraform-provision-gke-cluster): the data source is only known after apply, but the prefix
 * says the minor. The minor is the fact (GKE's builds then read it as that minor or later); other versions of
 * the data source (`default_cluster_version`, `release_channel_default_version`) ignore the prefix: unresolved.
 */
function prefixedVersion(scope: ModuleScope, holder: HclBlock, attr: string, name: 'kubernetes.version' | 'kubeProxy.version', note: string): Fact | undefined {
  const a = scope.attribute(holder, attr);
  const e = a?.attr.expr;
  if (!a || e?.kind !== 'traversal' || e.root !== 'data' || e.steps[0] !== 'google_container_engine_versions') return undefined;
  if (typeof e.steps[2] !== 'string' || !PREFIXED.has(e.steps[2])) return undefined;
  const data = blocksOf(scope.module, 'data').find((d) => d.labels[0] === 'google_container_engine_versions' && d.labels[1] === e.steps[1]);
  const prefix = data ? scope.attribute(data, 'version_prefix') : undefined;
  const minor = /^v?(\d+\.\d+)\.?$/.exec(known(prefix?.r) ?? '')?.[1];
  if (!prefix || minor === undefined) return undefined;
  const by = {
    name,
    value: minor,
    origin: 'repository' as const,
    place: prefix.attr.expr.place,
    source: ID,
    note: `version_prefix of data.google_container_engine_versions.${String(e.steps[1])}`,
  };
  return {
    name,
    value: minor,
    raw: e.text,
    origin: 'repository',
    place: e.place,
    source: ID,
    note: `${note}; the newest GKE version with prefix ${known(prefix.r)}`,
    derivedFrom: [by],
  };
}

/** attrFact, or the minor a prefixed data-source version names. */
function versionFact(scope: ModuleScope, holder: HclBlock, attr: string, name: 'kubernetes.version' | 'kubeProxy.version', note: string): Fact | undefined {
  return prefixedVersion(scope, holder, attr, name, note) ?? attrFact(ID, scope, holder, attr, name, normalizeVersion, note);
}

function clusterFacts(scope: ModuleScope, b: HclBlock): Fact[] {
  const facts: Fact[] = [clusterDefinition(ID, scope, b, 'Terraform resource'), installerFact(ID, b, 'gke', 'google_container_cluster')];
  const v = versionFact(scope, b, 'min_master_version', 'kubernetes.version', 'google_container_cluster min_master_version');
  if (v) facts.push(v);
  const nv = versionFact(scope, b, 'node_version', 'kubeProxy.version', NODE_VERSION_NOTE);
  if (nv) facts.push(nv);
  facts.push(...dataplaneFacts(scope, b), ...nodeConfigOs(scope, b, 'node_config'));
  for (const pool of childBlocks(b, 'node_pool')) facts.push(...poolFacts(scope, pool, 'node_pool'));
  return facts;
}

function poolFacts(scope: ModuleScope, pool: HclBlock, what: string): Fact[] {
  const facts: Fact[] = [];
  const v = versionFact(scope, pool, 'version', 'kubeProxy.version', NODE_VERSION_NOTE);
  if (v) facts.push(v);
  return [...facts, ...nodeConfigOs(scope, pool, what)];
}

/**
 * The registry module and its cluster submodules (`//modules/private-cluster`, `beta-*-cluster`,
 * `safer-cluster`, `gke-standard-cluster`, …; not `workload-identity`, `gke-node-pool` or the other helpers),
 * also from its GitHub repository.
 */
const GKE_MODULE = moduleSource(
  'terraform-google-modules/kubernetes-engine/google',
  'terraform-google-modules/terraform-google-kubernetes-engine',
  '(?:\\/\\/modules\\/[\\w-]*cluster[\\w-]*)?',
);

/** `network_policy = true` (the classic modules' bool, provider from `network_policy_provider`, default CALICO) or `{ enabled, provider }`. */
function moduleCalico(scope: ModuleScope, b: HclBlock): Fact | undefined {
  const policy = scope.attribute(b, 'network_policy');
  if (!policy) return undefined;
  if (known(policy.r) === 'true') {
    const provider = scope.attribute(b, 'network_policy_provider');
    if (provider && known(provider.r)?.toUpperCase() !== 'CALICO') return undefined;
    return gkeCalico((provider ?? policy).attr.expr.place);
  }
  const enabled = known(scope.entry(policy.r, 'enabled')?.r);
  const provider = scope.entry(policy.r, 'provider');
  return enabled === 'true' && provider && known(provider.r)?.toUpperCase() === 'CALICO' ? gkeCalico(provider.valuePlace) : undefined;
}

/**
 * terraform-google-modules/kubernetes-engine/google: `kubernetes_version` (`min_master_version` in
 * gke-standard-cluster; default `latest`: GKE picks), `datapath_provider` (unset: Dataplane V1, except the
 * autopilot submodules, which run V2, and safer-cluster, whose default changed between releases),
 * `network_policy`, and `node_pools[].image_type`.
 */
function moduleFacts(scope: ModuleScope, b: HclBlock, source: string): Fact[] {
  const facts: Fact[] = [clusterDefinition(ID, scope, b, 'Terraform module'), installerFact(ID, b, 'gke', 'terraform-google-modules/kubernetes-engine/google')];
  const v = scope.attribute(b, 'kubernetes_version') ?? scope.attribute(b, 'min_master_version');
  const written = known(v?.r);
  if (v && written?.toLowerCase() === 'latest') {
    const note = 'GKE module kubernetes_version latest: GKE picks the newest release when the cluster is created';
    facts.push({ name: 'kubernetes.version', value: written, unresolved: true, origin: 'repository', place: v.attr.expr.place, source: ID, note });
  } else if (v) {
    const f = hclFact(ID, 'kubernetes.version', v.attr.expr.place, v.r, normalizeVersion, { note: `GKE module ${v.attr.name}` });
    if (f) facts.push(f);
  }
  const dp = scope.attribute(b, 'datapath_provider');
  if (dp || !/safer-cluster/.test(source)) {
    const kp = kubeProxyFacts(dp, /autopilot/.test(source), b.place);
    facts.push(...kp.facts);
    const calico = kp.v1 ? moduleCalico(scope, b) : undefined;
    if (calico) facts.push(calico);
  }
  const pools = scope.attribute(b, 'node_pools');
  if (pools?.r.known && pools.r.expr.kind === 'tuple') {
    for (const item of pools.r.expr.items) {
      const pool = scope.resolve(item, pools.r.via);
      const name = known(scope.entry(pool, 'name')?.r) ?? '';
      const t = scope.entry(pool, 'image_type');
      const f = t ? hclOsFact(ID, t.valuePlace, t.r, 'image-type', {}, `node pool ${name} image_type`.replace('  ', ' ')) : undefined;
      if (f) facts.push(f);
    }
  }
  return facts;
}

export const terraformGke: HclExtractor = {
  id: ID,
  input: 'hcl',
  paths: TF_CONFIG,
  blocks: ['module', 'resource.google_container_', 'data.google_container_engine_versions'],
  description:
    'Terraform GKE: terraform-google-modules/kubernetes-engine/google (kubernetes_version, datapath_provider, network_policy with provider CALICO, node_pools image_type), google_container_cluster (min_master_version, node_version, datapath_provider: Dataplane V2 = no kube-proxy, network_policy provider CALICO, node_config image_type → node OS) and google_container_node_pool',
  triggers: ['google_container_cluster', 'google_container_node_pool', 'terraform-google-modules/kubernetes-engine', 'terraform-google-kubernetes-engine'],
  extract(scope) {
    const facts: Fact[] = [];
    for (const b of blocksOf(scope.module, 'module')) {
      const source = known(scope.attribute(b, 'source')?.r);
      if (source !== undefined && GKE_MODULE.test(source)) facts.push(...moduleFacts(scope, b, source));
    }
    for (const b of blocksOf(scope.module, 'resource')) {
      if (b.labels[0] === 'google_container_cluster') facts.push(...clusterFacts(scope, b));
      else if (b.labels[0] === 'google_container_node_pool') facts.push(...poolFacts(scope, b, `node pool ${b.labels[1] ?? ''}`.trim()));
    }
    return facts;
  },
};
