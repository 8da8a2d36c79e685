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

/** The Kubernetes version: `kubernetes_version` (`v1.20.4-rancher1-1`), else the hyperkube image RKE runs. */
function versionFacts(d: YamlDoc, root: Node): Fact[] {
  const facts: Fact[] = [];
  const node = get(d, root, 'kubernetes_version');
  const raw = str(d, node);
  const v =
    raw === undefined || raw.trim() === ''
      ? undefined
      : factFromRaw(ID, d, node, 'kubernetes.version', raw, normalizeVersion, { note: 'RKE kubernetes_version' });
  if (v) facts.push(v);
  const imageNode = get(d, root, 'system_images', 'kubernetes');
  const imageRaw = str(d, imageNode);
  const image = imageRaw === undefined ? undefined : parseImage(imageRaw);
  if (image && imageRaw !== undefined) {
    const f = imageVersionFact(ID, d, imageNode, 'kubernetes.version', image, imageRaw);
    if (f) facts.push({ ...f, note: 'RKE system_images.kubernetes (the hyperkube image every component runs)' });
  }
  return facts;
}

/** `services.kubeproxy.extra_args.proxy-mode`; RKE's kube-proxy runs in iptables mode without it. */
function proxyFacts(d: YamlDoc, root: Node): Fact[] {
  const kp = get(d, root, 'services', 'kubeproxy');
  if (kp === undefined) return [];
  const f = factFromNode(ID, d, get(d, kp, 'extra_args', 'proxy-mode'), 'kubeProxy.mode', normalizeProxyMode, { note: 'RKE services.kubeproxy.extra_args' });
  return [f ?? factAt(ID, d, kp, 'kubeProxy.mode', 'iptables', { origin: 'default', note: 'RKE kube-proxy without proxy-mode runs in iptables mode' })];
}

/**
 * `network.plugin` (RKE's default is canal). Calico and canal both run calico-node (canal with flannel
 * doing the networking, so no Calico IPIP or VXLAN pool); its version is the matching system image.
 */
function calicoFacts(d: YamlDoc, root: Node): Fact[] {
  const pluginNode = get(d, root, 'network', 'plugin');
  const plugin = str(d, pluginNode)?.trim().toLowerCase() || 'canal';
  if (plugin !== 'calico' && plugin !== 'canal') return [];
  const facts: Fact[] = [];
  const imageNode = get(d, root, 'system_images', `${plugin}_node`);
  const imageRaw = str(d, imageNode);
  const image = imageRaw === undefined ? undefined : parseImage(imageRaw);
  if (image && imageRaw !== undefined) {
    const f = imageVersionFact(ID, d, imageNode, 'calico.version', image, imageRaw);
    if (f) facts.push({ ...f, note: `RKE system_images.${plugin}_node (network.plugin ${plugin})` });
  }
  const at = pluginNode ?? get(d, root, 'network') ?? root;
  facts.push(
    factAt(ID, d, at, 'calico.dataplane', 'Iptables', { origin: 'default', note: `RKE network.plugin ${plugin}: calico-node in its iptables dataplane` }),
  );
  if (plugin === 'canal') {
    for (const name of ['calico.ipipMode', 'calico.vxlanMode'] as const) {
      facts.push(factAt(ID, d, at, name, 'Never', { origin: 'default', note: 'canal: flannel carries pod traffic, Calico pools are not encapsulated' }));
    }
  }
  return facts;
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
    const definition = clusterDefinitionFact(ID, d, get(d, root, 'kubernetes_version') ?? root, 'RKE cluster.yml');
    const versionNode = get(d, root, 'kubernetes_version');
    const installer = [
      installerNameFact(ID, d, versionNode ?? root, 'rke1', 'RKE cluster.yml'),
      installerReleaseFact(ID, d, versionNode, 'rke1', 'RKE kubernetes_version'),
      cniFact(ID, d, get(d, root, 'network', 'plugin'), 'RKE network.plugin'),
    ].filter((f): f is Fact => f !== undefined);
    return [definition, ...installer, ...versionFacts(d, root), ...proxyFacts(d, root), ...calicoFacts(d, root)];
  },
};
