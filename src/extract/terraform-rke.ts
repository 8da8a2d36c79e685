import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import type { HclBlock, HclExpr, HclFile } from '../parse/hcl/hcl-file.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { get } from '../parse/walk.js';
import { hclFact } from './hcl/hcl-fact.js';
import { childBlocks, type ModuleScope } from './hcl/module.js';
import { clusterDefinition, installerFact, known, TF_CONFIG } from './hcl/terraform-common.js';
import { heredocOf, moduleHeredocDocs, projectedDoc, treeDoc, treeOf, type ValueTree } from './hcl/yaml-bridge.js';
import { rkeConfigFacts, type RkeAt, type RkeSections } from './rke-cluster-yml.js';
import { rke2ConfigFacts } from './rke-rke2-config.js';
import { factFromNode } from './fact-at.js';
import { chartValuesFacts } from './tigera-values.js';
import type { HclExtractor, HclHelpers } from './types.js';
import { normalizeVersion } from './values.js';

const ID = 'terraform-rke';

/** The sections of an RKE config an argument block replaces as a whole when it is set (the provider's expandRKECluster). */
const SECTIONS = ['network', 'services', 'system_images'] as const;

/**
 * A block as a values tree: its attributes and nested blocks by name, each value remembering its place.
 * A block type written twice (or `dynamic`) is not one value: only the first of a name is kept.
 */
function blockTree(scope: ModuleScope, b: HclBlock, depth = 0): ValueTree {
  const entries: Extract<ValueTree, { kind: 'map' }>['entries'] = [];
  const seen = new Set<string>();
  for (const a of b.body.attributes) {
    if (seen.has(a.name)) continue;
    seen.add(a.name);
    entries.push({ key: a.name, keyPlace: a.place, value: treeOf(scope, a.expr) });
  }
  for (const c of b.body.blocks) {
    if (c.type === 'dynamic' || seen.has(c.type) || depth > 8) continue;
    seen.add(c.type);
    entries.push({ key: c.type, keyPlace: c.place, value: blockTree(scope, c, depth + 1) });
  }
  return { kind: 'map', entries, place: b.place };
}

/**
 * The cluster.yml `cluster_yaml` holds, when written in the `.tf` file: a heredoc (its `${…}` stay
 * placeholders, lines under `%{ if }` conditional) or `yamlencode({ … })`. A file it names through
 * `file()` is not read here: a cluster.yml is read on its own by the YAML extractors.
 */
function clusterYaml(scope: ModuleScope, file: HclFile, e: HclExpr, helpers: HclHelpers): YamlDoc | undefined {
  const heredoc = heredocOf(e, scope.resolve(e));
  const docs = heredoc
    ? moduleHeredocDocs(scope, file, heredoc, (path, text) => helpers.parseYaml(path, text))
    : e.kind === 'call' && (e.name === 'yamlencode' || e.name === 'jsonencode') && e.args[0]
      ? [projectedDoc(scope, file, e.args[0])].filter((d): d is YamlDoc => d !== undefined)
      : [];
  return docs.find((d) => isMap(d.doc.contents));
}

/**
 * One RKE cluster: `holder` is the block with RKE's arguments (`rke_cluster` itself, or `rke_config` of
 * a `rancher2_cluster`). Each of network, services and system_images comes from the argument block when
 * it is set, else from `cluster_yaml`; `kubernetes_version` always from the arguments, since the
 * provider's default fills it in when it is not written (and a cluster_yaml value is then replaced).
 */
function clusterFacts(scope: ModuleScope, file: HclFile, b: HclBlock, holder: HclBlock, helpers: HclHelpers, label: string, unset: string): Fact[] {
  const facts: Fact[] = [clusterDefinition(ID, scope, b, 'Terraform resource'), installerFact(ID, b, 'rke1', label)];
  const v = scope.attribute(holder, 'kubernetes_version');
  if (v) {
    const note = `${label} kubernetes_version`;
    const version = hclFact(ID, 'kubernetes.version', v.attr.expr.place, v.r, normalizeVersion, { note });
    const release = hclFact(ID, 'installer.release', v.attr.expr.place, v.r, normalizeVersion, { note });
    if (release) facts.push({ ...release, key: 'rke1' });
    if (version) facts.push(version);
  } else {
    facts.push({ name: 'kubernetes.version', value: 'default release', unresolved: true, origin: 'default', place: holder.place, source: ID, note: unset });
  }
  const set = new Map(SECTIONS.map((k) => [k, childBlocks(holder, k)[0] ?? undefined] as const));
  const tree: ValueTree = {
    kind: 'map',
    entries: SECTIONS.flatMap((k) => {
      const c = set.get(k);
      return c ? [{ key: k, keyPlace: c.place, value: blockTree(scope, c) }] : [];
    }),
    place: holder.place,
  };
  const own = tree.kind === 'map' && tree.entries.length ? treeDoc(file, tree, holder.place) : undefined;
  const yamlAttr = b.type === 'resource' ? scope.attribute(b, 'cluster_yaml') : undefined;
  const yaml = yamlAttr ? clusterYaml(scope, file, yamlAttr.attr.expr, helpers) : undefined;
  const section = (key: (typeof SECTIONS)[number]): RkeAt | undefined => {
    const from = own && set.get(key) ? own : yaml;
    return from ? { d: from, node: get(from, from.doc.contents, key) } : undefined;
  };
  const root: RkeAt = { d: own ?? emptyDoc(file, holder), node: undefined };
  const sections: RkeSections = { root, services: section('services'), network: section('network'), images: section('system_images') };
  facts.push(...rkeConfigFacts(ID, sections, label));
  return facts;
}

/** A document with nothing in it, placed at the block: where RKE's defaults (canal) go when no argument block is written. */
function emptyDoc(file: HclFile, holder: HclBlock): YamlDoc {
  const doc = treeDoc(file, { kind: 'map', entries: [], place: holder.place }, holder.place);
  if (!doc) throw new Error('an empty map is always a document');
  return doc;
}

/** `cni: calico` (or a list holding it) in a config.yaml: RKE2 runs its rke2-calico chart. */
function runsCalico(d: YamlDoc): boolean {
  const cni = get(d, d.doc.contents, 'cni');
  const values = isSeq(cni) ? cni.items : [cni];
  return values.some((n) => isScalar(n) && String(n.value).trim().toLowerCase() === 'calico');
}

/**
 * `chart_values`' `rke2-calico` entry (heredoc or `yamlencode`), read as the chart's values: the IP pools'
 * encapsulation and `felixConfiguration.featureDetectOverride`. Read only where the cluster runs that chart
 * (`cni: calico`): under RKE2's default Canal the rke2-calico values are not used.
 */
function rke2CalicoValues(scope: ModuleScope, file: HclFile, rke: HclBlock, helpers: HclHelpers): Fact[] {
  const attr = scope.attribute(rke, 'chart_values');
  const d = attr ? clusterYaml(scope, file, attr.attr.expr, helpers) : undefined;
  const values = d ? get(d, d.doc.contents, 'rke2-calico') : undefined;
  if (!d || !values) return [];
  const f = factFromNode(ID, d, get(d, values, 'felixConfiguration', 'featureDetectOverride'), 'calico.featureDetectOverride', (s) => s.trim() || undefined, {
    note: 'rke2-calico felixConfiguration.featureDetectOverride (chart_values)',
  });
  return [...chartValuesFacts(ID, d, values), ...(f ? [f] : [])];
}

/**
 * An RKE2 or k3s cluster Rancher provisions (`rancher2_cluster_v2`): which of the two and its release from
 * `kubernetes_version` (`v1.28.9+rke2r1`, `v1.28.9+k3s1`), and `rke_config.machine_global_config`, the
 * config.yaml every node gets (`cni`, `disable-kube-proxy`, `kube-proxy-arg`), written as a heredoc or
 * `yamlencode({ … })`. Without `kubernetes_version` it is a cluster Rancher imports, not one it provisions.
 */
function clusterV2Facts(scope: ModuleScope, file: HclFile, b: HclBlock, helpers: HclHelpers): Fact[] {
  const v = scope.attribute(b, 'kubernetes_version');
  if (!v) return [];
  const label = `rancher2_cluster_v2 ${JSON.stringify(b.labels[1] ?? '')}`;
  const text = v.r.known ? known(v.r) : undefined;
  const installer = text && /\+k3s/i.test(text) ? 'k3s' : text && /\+rke2/i.test(text) ? 'rke2' : undefined;
  const at = v.attr.expr.place;
  const facts: Fact[] = [clusterDefinition(ID, scope, b, 'Terraform resource')];
  if (installer) {
    facts.push({ ...installerFact(ID, b, installer, label), place: at });
    const note = `${label} kubernetes_version`;
    const release = hclFact(ID, 'installer.release', at, v.r, normalizeVersion, { note });
    if (release) facts.push({ ...release, key: installer });
  } else {
    facts.push({
      name: 'installer.name',
      value: 'rke2',
      unresolved: true,
      origin: 'repository',
      place: at,
      source: ID,
      note: `${label}: RKE2 or k3s, which kubernetes_version does not say here`,
    });
  }
  const version = hclFact(ID, 'kubernetes.version', at, v.r, normalizeVersion, { note: `${label} kubernetes_version` });
  if (version) facts.push(version);
  const rke = childBlocks(b, 'rke_config')[0];
  const config = rke ? scope.attribute(rke, 'machine_global_config') : undefined;
  const doc = config ? clusterYaml(scope, file, config.attr.expr, helpers) : undefined;
  if (doc) facts.push(...rke2ConfigFacts(ID, doc, doc.doc.contents as Node, installer ?? 'rke2'));
  if (rke && doc && runsCalico(doc)) facts.push(...rke2CalicoValues(scope, file, rke, helpers));
  // Manifests Rancher applies with the cluster (a HelmChartConfig for rke2-calico, a kube-proxy ConfigMap), written inline.
  const extra = rke ? scope.attribute(rke, 'additional_manifest') : undefined;
  const heredoc = extra && heredocOf(extra.attr.expr, extra.r);
  if (heredoc && helpers.yamlWanted(heredoc.content)) {
    facts.push(...helpers.yamlFacts(moduleHeredocDocs(scope, file, heredoc, (path, t) => helpers.parseYaml(path, t))));
  }
  return facts;
}

export const terraformRke: HclExtractor = {
  id: ID,
  input: 'hcl',
  paths: TF_CONFIG,
  blocks: ['resource.rke_cluster', 'resource.rancher2_cluster'],
  description:
    'Terraform RKE: rke_cluster (kubernetes_version, network plugin, services.kubeproxy extra_args, system_images, and cluster_yaml written in the file) and rancher2_cluster rke_config, read as an RKE cluster.yml; rancher2_cluster_v2 (RKE2 or k3s by kubernetes_version, machine_global_config read as config.yaml)',
  // Plain words: a block type may be written without quotes (`resource rke_cluster "cluster"`).
  triggers: ['rke_cluster', 'rancher2_cluster'],
  extract(scope, helpers) {
    const facts: Fact[] = [];
    for (const file of scope.module.files) {
      for (const b of file.body.blocks) {
        if (b.type !== 'resource') continue;
        const name = JSON.stringify(b.labels[1] ?? '');
        if (b.labels[0] === 'rke_cluster') {
          const unset =
            'rke_cluster without kubernetes_version: the default release of the rke provider version in use (which the configuration does not pin), replacing any cluster_yaml kubernetes_version';
          facts.push(...clusterFacts(scope, file, b, b, helpers, `rke_cluster ${name}`, unset));
        } else if (b.labels[0] === 'rancher2_cluster_v2') {
          facts.push(...clusterV2Facts(scope, file, b, helpers));
        } else if (b.labels[0] === 'rancher2_cluster') {
          const rke = childBlocks(b, 'rke_config')[0];
          const unset = "rancher2_cluster rke_config without kubernetes_version: the Rancher server's default release";
          if (rke) facts.push(...clusterFacts(scope, file, b, rke, helpers, `rancher2_cluster ${name} rke_config`, unset));
        }
      }
    }
    return facts;
  },
};
