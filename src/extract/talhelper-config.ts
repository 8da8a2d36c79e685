import { isMap, type Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { parseEmbedded } from '../parse/embedded.js';
import { get, items, keyNode, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factAt, factFromNode } from './fact-at.js';
import { talosConfigFacts } from './talos-machine-config.js';
import type { YamlExtractor } from './types.js';
import { normalizeVersion } from './values.js';

const ID = 'talhelper-config';

/** Inline patches (strings of YAML; `@file` references are files of their own). */
function patchFacts(d: YamlDoc, list: Node | undefined): Fact[] {
  return items(d, list).flatMap((p) => {
    if (isMap(p)) return talosConfigFacts(ID, d, p);
    const text = str(d, p);
    if (!text || text.trim().startsWith('@')) return [];
    return parseEmbedded(d, p).flatMap((inner) => (inner.doc.contents ? talosConfigFacts(ID, inner, inner.doc.contents) : []));
  });
}

/**
 * budimanjojo/talhelper `talconfig.yaml`: `talosVersion` (the Talos release), `kubernetesVersion`, and
 * the kube-proxy settings in inline patches (cluster-wide, control plane, workers, per node).
 */
export const talhelperConfig: YamlExtractor = {
  id: ID,
  description: 'talhelper talconfig.yaml: talosVersion, kubernetesVersion, kube-proxy settings in inline patches',
  triggers: ['talosVersion', 'kubernetesVersion'],
  extract(d) {
    const root = d.doc.contents;
    if (
      !isMap(root) ||
      get(d, root, 'kind') !== undefined ||
      !(get(d, root, 'talosVersion') !== undefined || (get(d, root, 'clusterName') !== undefined && get(d, root, 'nodes') !== undefined))
    )
      return [];
    const facts: Fact[] = [
      factAt(ID, d, keyNode(root, 'talosVersion') ?? keyNode(root, 'clusterName'), 'installer.name', 'talos', { note: 'talhelper talconfig.yaml' }),
    ];
    const release = factFromNode(ID, d, get(d, root, 'talosVersion'), 'installer.release', normalizeVersion, { note: 'talhelper talosVersion' });
    if (release) facts.push({ ...release, key: 'talos' });
    const k8s = factFromNode(ID, d, get(d, root, 'kubernetesVersion'), 'kubernetes.version', normalizeVersion, { note: 'talhelper kubernetesVersion' });
    if (k8s) facts.push(k8s);
    facts.push(
      ...patchFacts(d, get(d, root, 'patches')),
      ...patchFacts(d, get(d, root, 'controlPlane', 'patches')),
      ...patchFacts(d, get(d, root, 'worker', 'patches')),
    );
    for (const node of items(d, get(d, root, 'nodes'))) facts.push(...patchFacts(d, get(d, node, 'patches')));
    return facts;
  },
};
