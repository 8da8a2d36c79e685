import type { Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { parseEmbedded } from '../parse/embedded.js';
import { get, items, kindOf, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { clusterDefinitionFact, factAt, factFromRaw } from './fact-at.js';
import { featureGatesFromNode } from './gates-and-plugins.js';
import { parseImage } from './image.js';
import { installerNameFact } from './installer-fact.js';
import { KIND_DEFINITION } from './kind-definition.js';
import { objectsOfKind } from './objects.js';
import type { YamlExtractor } from './types.js';
import { isPlaceholder, normalizeProxyMode, normalizeVersion } from './values.js';

const ID = 'kind-cluster';

/** kind's config API: `kind.x-k8s.io/v1alpha4` (kind v0.6 and later), `kind.sigs.k8s.io/v1alpha3` before. */
export function isKindApi(api: string | undefined): boolean {
  return api === 'kind.x-k8s.io/v1alpha4' || api === 'kind.sigs.k8s.io/v1alpha3';
}

/**
 * `networking.kubeProxyMode` (kind v0.9 and later: iptables, the default, ipvs, nftables from v0.23, or none from v0.11,
 * which skips kube-proxy's addon). A KubeProxyConfiguration patch that sets `mode` wins: kind applies its
 * patches over the kubeadm config it renders from kubeProxyMode.
 */
function proxyModeFacts(d: YamlDoc, node: Node | undefined, patchSetsMode: boolean): Fact[] {
  const raw = str(d, node);
  if (raw === undefined || patchSetsMode) return [];
  if (raw.trim().toLowerCase() === 'none') {
    return [factAt(ID, d, node, 'kubeProxy.disabled', 'true', { raw, note: 'kind networking.kubeProxyMode: none: kube-proxy is not deployed' })];
  }
  const f = factFromRaw(ID, d, node, 'kubeProxy.mode', raw, (s) => (s.trim() === '' ? undefined : normalizeProxyMode(s)), {
    note: 'kind networking.kubeProxyMode',
  });
  return f ? [f] : [];
}

/**
 * The Kubernetes version of each node's image (`kindest/node:v1.29.2@sha256:…`): kind builds a node image
 * from one Kubernetes release, kube-proxy included. An image whose tag names no version (a local build,
 * `latest`) leaves the version unresolved; so does a node without an image beside nodes with one (it runs
 * the kind release's own default image, which need not be theirs). Nodes without any image give nothing:
 * the kind profile's default image per release applies.
 */
function nodeVersionFacts(d: YamlDoc, nodes: readonly Node[]): Fact[] {
  const withImage = nodes.filter((n) => str(d, get(d, n, 'image')) !== undefined);
  if (withImage.length === 0) return [];
  const out: Fact[] = [];
  for (const n of nodes) {
    const node = get(d, n, 'image');
    const raw = str(d, node);
    if (raw === undefined) {
      out.push({
        ...factAt(ID, d, get(d, n, 'role') ?? n, 'kubernetes.version', 'kind default node image', {
          note: "a kind node without an image runs the kind release's default node image, beside nodes that name theirs",
        }),
        unresolved: true,
      });
      continue;
    }
    const read = nodeImageVersion(raw);
    if (read !== undefined) {
      out.push(factAt(ID, d, node, 'kubernetes.version', read.version, { raw, note: `kind node image ${raw.trim()}` }));
      continue;
    }
    out.push({
      ...factAt(ID, d, node, 'kubernetes.version', raw.trim(), { note: `kind node image ${raw.trim()} names no Kubernetes version` }),
      unresolved: true,
    });
  }
  return out;
}

/**
 * kube-proxy settings of `kubeadmConfigPatches` that name no apiVersion: kind matches a patch by its kind
 * alone, which the KubeProxyConfiguration extractor (reading these patches through the embedded pass) does
 * not accept. Returns whether any patch sets `mode`, with the facts of the patches without apiVersion.
 */
function patchFacts(d: YamlDoc, root: Node): { setsMode: boolean; facts: Fact[] } {
  const facts: Fact[] = [];
  let setsMode = false;
  for (const patch of kindPatchDocs(d, root)) {
    const { kind, apiVersion } = kindOf(patch);
    if (kind !== 'KubeProxyConfiguration') continue;
    const modeNode = get(patch, patch.doc.contents, 'mode');
    const raw = str(patch, modeNode);
    if (raw !== undefined && raw.trim() !== '') setsMode = true;
    if (apiVersion !== undefined) continue;
    if (raw !== undefined && raw.trim() !== '') {
      const f = factFromRaw(ID, patch, modeNode, 'kubeProxy.mode', raw, normalizeProxyMode, { note: 'kind kubeadmConfigPatches KubeProxyConfiguration mode' });
      if (f) facts.push(f);
    }
    const gates = featureGatesFromNode(ID, patch, get(patch, patch.doc.contents, 'featureGates'), {
      note: 'kind kubeadmConfigPatches KubeProxyConfiguration featureGates',
    });
    if (gates) facts.push(gates);
  }
  return { setsMode, facts };
}

/**
 * The YAML documents of a kind Cluster's `kubeadmConfigPatches`, cluster-wide and per node (strategic merge
 * patches over the kubeadm config kind renders: ClusterConfiguration, KubeProxyConfiguration, ...), placed
 * in the outer file. The embedded pass reads them with every extractor (capi-embedded-docs.ts).
 */
export function kindPatchDocs(d: YamlDoc, root: Node | null | undefined): YamlDoc[] {
  const lists = [get(d, root, 'kubeadmConfigPatches'), ...items(d, get(d, root, 'nodes')).map((n) => get(d, n, 'kubeadmConfigPatches'))];
  return lists.flatMap((list) => items(d, list).flatMap((p) => parseEmbedded(d, p)));
}

export const kindCluster: YamlExtractor = {
  id: ID,
  description:
    'kind Cluster (kind.x-k8s.io/v1alpha4, kind.sigs.k8s.io/v1alpha3): networking.kubeProxyMode (none: kube-proxy disabled), ' +
    'disableDefaultCNI, nodes[].image (kindest/node:<Kubernetes version>), featureGates (kind gives them to kube-proxy too), ' +
    'KubeProxyConfiguration patches without apiVersion',
  triggers: ['kind.x-k8s.io/', 'kind.sigs.k8s.io/'],
  extract(d) {
    const facts: Fact[] = [];
    for (const o of objectsOfKind(d, 'Cluster', isKindApi)) {
      const kind = get(d, o.node, 'kind');
      facts.push(clusterDefinitionFact(ID, d, kind, KIND_DEFINITION), installerNameFact(ID, d, kind, 'kind', KIND_DEFINITION));
      const networking = get(d, o.node, 'networking');
      const cni = get(d, networking, 'disableDefaultCNI');
      if (str(d, cni)?.trim().toLowerCase() === 'true') {
        facts.push(factAt(ID, d, cni, 'cluster.cni', 'none', { note: 'kind networking.disableDefaultCNI: kind installs no CNI (kindnet otherwise)' }));
      }
      const patches = patchFacts(d, o.node);
      facts.push(...proxyModeFacts(d, get(d, networking, 'kubeProxyMode'), patches.setsMode), ...patches.facts);
      facts.push(...nodeVersionFacts(d, items(d, get(d, o.node, 'nodes'))));
      const gates = featureGatesFromNode(ID, d, get(d, o.node, 'featureGates'), { note: 'kind featureGates (kind sets them for kube-proxy too)' });
      if (gates) facts.push(gates);
    }
    return facts;
  },
};

/** A kind node image's tag and the Kubernetes version it names (`kindest/node:v1.27.3@sha256:…`); none for a placeholder or another tag. */
export function nodeImageVersion(raw: string): { tag: string; version: string } | undefined {
  if (isPlaceholder(raw)) return undefined;
  const tag = parseImage(raw.trim())?.tag;
  const version = tag === undefined ? undefined : normalizeVersion(tag);
  return tag !== undefined && version !== undefined ? { tag, version } : undefined;
}
