import { isSeq, type Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { get, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { clusterDefinitionFact, factAt, factFromNode, factFromRaw } from './fact-at.js';
import { parseImage } from './image.js';
import { imageVersionFact } from './image-fact.js';
import { isPlainMapping } from './objects.js';
import { cniFact, installerNameFact, installerReleaseFact } from './installer-fact.js';
import type { YamlExtractor } from './types.js';
import { normalizeProxyMode, normalizeVersion } from './values.js';

const ID = 'rke-cluster-yml';

/**
 * An RKE1 cluster.yml: a plain mapping (no `kind`) with RKE's own top-level keys. A `kubernetes_version` key
 * alone is not enough: Ansible roles (geerlingguy.kubernetes and others) name their variable the same in
 * group_vars, and taking those for RKE would add RKE's bundled Canal. It counts beside RKE's `nodes` list,
 * or when its value carries RKE's `-rancherN` suffix.
 */
function isRkeCluster(d: YamlDoc): boolean {
  if (!isPlainMapping(d)) return false;
  const root = d.doc.contents;
  if (get(d, root, 'system_images') !== undefined || get(d, root, 'services', 'kubeproxy') !== undefined) return true;
  if (isSeq(get(d, root, 'nodes'))) return true;
  const version = str(d, get(d, root, 'kubernetes_version'));
  return version !== undefined && RANCHER_SUFFIX.test(version);
}

const RANCHER_SUFFIX = /-rancher\d/;

/** A section of an RKE cluster config: the document holding it and its value node (absent: not set). */
export interface RkeAt {
  d: YamlDoc;
  node: Node | undefined;
}

/**
 * The sections of an RKE cluster config that facts come from, each from the document that sets it: a
 * cluster.yml has them all in one, while the Terraform provider's `rke_cluster` takes each from its own
 * arguments or else from `cluster_yaml` (src/extract/terraform-rke.ts). `root` places the defaults.
 */
export interface RkeSections {
  root: RkeAt;
  version?: RkeAt;
  services?: RkeAt;
  network?: RkeAt;
  images?: RkeAt;
}

/** The sections of one cluster.yml mapping. */
export function rkeSectionsOf(d: YamlDoc, root: Node): RkeSections {
  const at = (key: string): RkeAt => ({ d, node: get(d, root, key) });
  return { root: { d, node: root }, version: at('kubernetes_version'), services: at('services'), network: at('network'), images: at('system_images') };
}

/** The Kubernetes version: `kubernetes_version` (`v1.20.4-rancher1-1`), else the hyperkube image RKE runs. */
function versionFacts(source: string, s: RkeSections, label: string): Fact[] {
  const facts: Fact[] = [];
  const raw = s.version && str(s.version.d, s.version.node);
  const v =
    raw === undefined || raw.trim() === ''
      ? undefined
      : factFromRaw(source, s.version!.d, s.version!.node, 'kubernetes.version', raw, normalizeVersion, { note: `${label} kubernetes_version` });
  if (v) facts.push(v);
  const imageNode = s.images && get(s.images.d, s.images.node, 'kubernetes');
  const imageRaw = s.images && str(s.images.d, imageNode);
  const image = imageRaw === undefined ? undefined : parseImage(imageRaw);
  if (s.images && image && imageRaw !== undefined) {
    const f = imageVersionFact(source, s.images.d, imageNode, 'kubernetes.version', image, imageRaw);
    if (f) facts.push({ ...f, note: `${label} system_images.kubernetes (the hyperkube image every component runs)` });
  }
  return facts;
}

/** `services.kubeproxy.extra_args.proxy-mode`; RKE's kube-proxy runs in iptables mode without it. */
function proxyFacts(source: string, s: RkeSections, label: string): Fact[] {
  if (!s.services) return [];
  const { d } = s.services;
  const kp = get(d, s.services.node, 'kubeproxy');
  if (kp === undefined) return [];
  const f = factFromNode(source, d, get(d, kp, 'extra_args', 'proxy-mode'), 'kubeProxy.mode', normalizeProxyMode, {
    note: `${label} services.kubeproxy.extra_args`,
  });
  return [f ?? factAt(source, d, kp, 'kubeProxy.mode', 'iptables', { origin: 'default', note: 'RKE kube-proxy without proxy-mode runs in iptables mode' })];
}

/**
 * `network.plugin` (RKE's default is canal). Calico and canal both run calico-node (canal with flannel
 * doing the networking, so no Calico IPIP or VXLAN pool); its version is the matching system image.
 */
function calicoFacts(source: string, s: RkeSections, label: string): Fact[] {
  const pluginNode = s.network && get(s.network.d, s.network.node, 'plugin');
  const plugin = (s.network && str(s.network.d, pluginNode))?.trim().toLowerCase() || 'canal';
  if (plugin !== 'calico' && plugin !== 'canal') return [];
  const facts: Fact[] = [];
  const imageNode = s.images && get(s.images.d, s.images.node, `${plugin}_node`);
  const imageRaw = s.images && str(s.images.d, imageNode);
  const image = imageRaw === undefined ? undefined : parseImage(imageRaw);
  if (s.images && image && imageRaw !== undefined) {
    const f = imageVersionFact(source, s.images.d, imageNode, 'calico.version', image, imageRaw);
    if (f) facts.push({ ...f, note: `${label} system_images.${plugin}_node (network.plugin ${plugin})` });
  }
  const at: RkeAt = pluginNode ? { d: s.network!.d, node: pluginNode } : s.network?.node ? s.network : s.root;
  facts.push(
    factAt(source, at.d, at.node, 'calico.dataplane', 'Iptables', {
      origin: 'default',
      note: `RKE network.plugin ${plugin}: calico-node in its iptables dataplane`,
    }),
  );
  if (plugin === 'canal') {
    for (const name of ['calico.ipipMode', 'calico.vxlanMode'] as const) {
      facts.push(
        factAt(source, at.d, at.node, name, 'Never', { origin: 'default', note: 'canal: flannel carries pod traffic, Calico pools are not encapsulated' }),
      );
    }
  }
  return facts;
}

/**
 * What an RKE cluster config says, section by section: the release and CNI the RKE profile keys on, the
 * Kubernetes version, kube-proxy's mode and calico-node. `label` names the config in notes.
 */
export function rkeConfigFacts(source: string, s: RkeSections, label: string): Fact[] {
  const release = s.version && installerReleaseFact(source, s.version.d, s.version.node, 'rke1', `${label} kubernetes_version`);
  const pluginNode = s.network && get(s.network.d, s.network.node, 'plugin');
  const cni = s.network && cniFact(source, s.network.d, pluginNode, `${label} network.plugin`);
  return [
    ...[release, cni].filter((f): f is Fact => f !== undefined),
    ...versionFacts(source, s, label),
    ...proxyFacts(source, s, label),
    ...calicoFacts(source, s, label),
  ];
}

export const rkeClusterYml: YamlExtractor = {
  id: ID,
  description:
    'RKE1 cluster.yml: kubernetes_version (or the system_images hyperkube tag), services.kubeproxy.extra_args.proxy-mode, ' +
    'network.plugin calico/canal with its calico-node system image',
  triggers: ['kubernetes_version', 'system_images', 'kubeproxy'],
  extract(d) {
    if (!isRkeCluster(d)) return [];
    const root = d.doc.contents as Node;
    const s = rkeSectionsOf(d, root);
    const at = s.version?.node ?? root;
    return [clusterDefinitionFact(ID, d, at, 'RKE cluster.yml'), installerNameFact(ID, d, at, 'rke1', 'RKE cluster.yml'), ...rkeConfigFacts(ID, s, 'RKE')];
  },
};
