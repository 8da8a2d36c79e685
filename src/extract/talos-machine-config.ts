import { isMap, type Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { get, items, keyNode, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { clusterDefinitionFact, factAt, factFromRaw } from './fact-at.js';
import { parseImage } from './image.js';
import { kubeProxyImageFacts } from './image-fact.js';
import { shellTextFacts } from './shell-facts.js';
import { textFactFromWord, toFacts } from './text-fact.js';
import type { YamlExtractor } from './types.js';
import { talosMode } from './talos-kube-proxy-config.js';
import { isPlaceholder, normalizeVersion } from './values.js';
import { imageTagWord, yamlWord } from './yaml-word.js';

const ID = 'talos-machine-config';

/**
 * A Talos machine config (`version: v1alpha1` with `machine:` / `cluster:`) or a patch of one (a mapping
 * holding only `machine:` and/or `cluster:`, as talhelper and `talosctl --config-patch` files are).
 */
export function isMachineConfig(d: YamlDoc, root: Node): boolean {
  if (!isMap(root) || get(d, root, 'kind') !== undefined || get(d, root, 'apiVersion') !== undefined) return false;
  const machine = get(d, root, 'machine');
  const cluster = get(d, root, 'cluster');
  if (!isMap(machine) && !isMap(cluster)) return false;
  if (str(d, get(d, root, 'version')) === 'v1alpha1') return true;
  const keys = root.items.map((p) => String((p.key as { value?: unknown } | null)?.value ?? ''));
  return (
    keys.every((k) => k === 'machine' || k === 'cluster') &&
    (get(d, machine, 'install') !== undefined || get(d, cluster, 'proxy') !== undefined || get(d, cluster, 'network') !== undefined)
  );
}

/**
 * A control-plane config (or its patch) names the cluster's endpoint, so its folder holds one cluster, kept
 * apart from another cluster defined elsewhere in the repository (a Cluster API Cluster it manages). A worker's
 * config (`machine.type: worker`, or `join` before Talos 0.9) names the endpoint too, but carries none of the
 * cluster-wide settings (`cluster.proxy` is the control plane's), so it is never a cluster on its own: it
 * stays with the control plane it joins (its folder, or the files every cluster shares).
 */
function definesCluster(d: YamlDoc, root: Node): boolean {
  const type = str(d, get(d, root, 'machine', 'type'));
  return type !== 'worker' && type !== 'join';
}

/**
 * The cluster a control-plane config belongs to: its endpoint and cluster name. Per-node configs kept in
 * folders of their own (controlplane-1/, controlplane-2/) name the same ones, and are one cluster.
 */
function withIdentity(d: YamlDoc, root: Node, def: Fact): Fact {
  const endpoint = str(d, get(d, root, 'cluster', 'controlPlane', 'endpoint'))?.trim();
  const name = str(d, get(d, root, 'cluster', 'clusterName'))?.trim() ?? '';
  // A word a template fills (`{{ .endpoint }}`, `${endpoint}`) names nothing yet.
  if (!endpoint || isPlaceholder(endpoint) || isPlaceholder(name)) return def;
  return { ...def, identity: `Talos endpoint ${endpoint}${name ? `, clusterName ${name}` : ''}` };
}

/** Facts of a machine config or patch; talhelper-config reads inline patches with it. */
export function talosConfigFacts(source: string, d: YamlDoc, root: Node): Fact[] {
  const facts: Fact[] = [];
  const installNode = get(d, root, 'machine', 'install', 'image');
  const installRaw = str(d, installNode);
  const img = installRaw === undefined ? undefined : parseImage(installRaw);
  // ghcr.io/siderolabs/installer:v1.7.6, factory.talos.dev/installer/<schematic>:v1.7.6: the Talos release.
  if (img && img.name !== 'installer' && !img.path.includes('installer/')) {
    // another installer image (a mirror renamed): not read
  } else if (img?.tag) {
    facts.push(factAt(source, d, installNode, 'installer.name', 'talos', { note: 'Talos machine.install.image' }));
    const tag = imageTagWord(d, installNode, img.tag);
    if (tag) {
      const f = textFactFromWord(tag, 'installer.release', normalizeVersion, { key: 'talos', note: `the installer image ${installRaw}` });
      if (f) facts.push(...toFacts(source, d.file, [f]));
    }
  }
  const proxy = get(d, root, 'cluster', 'proxy');
  const disabled = get(d, proxy, 'disabled');
  if (str(d, disabled)?.trim() === 'true') {
    facts.push(factAt(source, d, disabled, 'kubeProxy.disabled', 'true', { note: 'Talos cluster.proxy.disabled: kube-proxy is not deployed' }));
  }
  // Talos passes the mode as --proxy-mode and merges extraArgs over its flags, so an extra proxy-mode wins.
  const extraMode = get(d, proxy, 'extraArgs', 'proxy-mode');
  const mode = str(d, extraMode) !== undefined ? extraMode : get(d, proxy, 'mode');
  const modeRaw = str(d, mode);
  if (modeRaw !== undefined) {
    const note = mode === extraMode ? 'Talos cluster.proxy.extraArgs proxy-mode (overrides cluster.proxy.mode)' : 'Talos cluster.proxy.mode';
    const f = factFromRaw(source, d, mode, 'kubeProxy.mode', modeRaw, talosMode, { note });
    if (f) facts.push(f);
  }
  const proxyImageNode = get(d, proxy, 'image');
  const proxyImageRaw = str(d, proxyImageNode);
  const proxyImage = proxyImageRaw === undefined ? undefined : parseImage(proxyImageRaw);
  if (proxyImage && proxyImageRaw) facts.push(...kubeProxyImageFacts(source, d, proxyImageNode, proxyImage, proxyImageRaw));
  // cluster.network.cni: `custom` with manifest URLs (a Calico manifest at a release), `none`, or flannel (the default).
  const cni = get(d, root, 'cluster', 'network', 'cni');
  for (const u of items(d, get(d, cni, 'urls'))) {
    const w = yamlWord(d, u);
    if (w)
      facts.push(
        ...toFacts(
          source,
          d.file,
          shellTextFacts(w.text).map((f) => ({ ...f, line: w.line, column: w.column + f.column - 1 })),
        ),
      );
  }
  return facts;
}

/**
 * Talos machine configs and patches: the Talos release from `machine.install.image`, kube-proxy
 * `cluster.proxy.disabled` / `mode` / `image`, and Calico manifests listed in `cluster.network.cni.urls`.
 * Talos's own defaults (flannel, the kube-proxy mode by release) are installer defaults, not read here.
 */
export const talosMachineConfig: YamlExtractor = {
  id: ID,
  description: 'Talos machine configs and patches: machine.install.image (Talos release), cluster.proxy.disabled / mode / image, cluster.network.cni.urls',
  // Specific enough that other YAML with a `cluster:` key is never parsed for this extractor.
  triggers: ['version: v1alpha1', 'siderolabs/installer', 'factory.talos.dev'],
  extract(d) {
    const root = d.doc.contents;
    if (!root || !isMachineConfig(d, root)) return [];
    const facts = talosConfigFacts(ID, d, root);
    const version = get(d, root, 'version');
    if (str(d, version) === 'v1alpha1' && !facts.some((f) => f.name === 'installer.name')) {
      facts.unshift(factAt(ID, d, keyNode(root, 'machine') ?? version, 'installer.name', 'talos', { note: 'Talos machine config (version: v1alpha1)' }));
    }
    const endpoint = get(d, root, 'cluster', 'controlPlane', 'endpoint');
    if (endpoint !== undefined && definesCluster(d, root))
      facts.unshift(withIdentity(d, root, clusterDefinitionFact(ID, d, endpoint, 'Talos control-plane config')));
    return facts;
  },
};
