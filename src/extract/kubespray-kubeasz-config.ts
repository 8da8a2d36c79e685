import { isMap, type Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { get, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { clusterDefinitionFact, factAt, factFromNode, factFromRaw } from './fact-at.js';
import { installerNameFact } from './installer-fact.js';
import type { YamlExtractor } from './types.js';
import { isPlaceholder, normalizeEncapMode, normalizeVersion } from './values.js';

const ID = 'kubespray-kubeasz-config';

/** kubeasz's `clusters/<name>/config.yml`: a plain mapping with its upper-case settings. */
function isKubeaszConfig(d: YamlDoc): boolean {
  const root = d.doc.contents;
  if (!isMap(root) || get(d, root, 'kind') !== undefined) return false;
  return ['K8S_VER', 'calico_ver', 'CALICO_NETWORKING_BACKEND'].some((k) => get(d, root, k) !== undefined);
}

/**
 * `CALICO_NETWORKING_BACKEND` decides which encapsulation `CALICO_ENABLE_OVERLAY` (older kubeasz:
 * `CALICO_IPV4POOL_IPIP`) sets: IPIP with bird (the default), VXLAN with vxlan, none with none.
 */
function encapFacts(d: YamlDoc, root: Node): Fact[] {
  const backendNode = get(d, root, 'CALICO_NETWORKING_BACKEND');
  const backendRaw = str(d, backendNode)?.trim();
  const overlayNode = get(d, root, 'CALICO_ENABLE_OVERLAY') ?? get(d, root, 'CALICO_IPV4POOL_IPIP');
  const overlayRaw = str(d, overlayNode);
  if (overlayRaw === undefined || (backendRaw !== undefined && isPlaceholder(backendRaw))) return [];
  const backend = (backendRaw ?? 'bird').toLowerCase();
  const note = `kubeasz CALICO_NETWORKING_BACKEND ${backend}, overlay ${overlayRaw.trim()}`;
  const overlay = factFromRaw(ID, d, overlayNode, backend === 'vxlan' ? 'calico.vxlanMode' : 'calico.ipipMode', overlayRaw, normalizeEncapMode, { note });
  if (backend === 'none') {
    return (['calico.ipipMode', 'calico.vxlanMode'] as const).map((n) =>
      factAt(ID, d, backendNode, n, 'Never', { note: 'kubeasz CALICO_NETWORKING_BACKEND none: no encapsulation' }),
    );
  }
  const other = factAt(ID, d, backendNode ?? overlayNode, backend === 'vxlan' ? 'calico.ipipMode' : 'calico.vxlanMode', 'Never', { note });
  return overlay ? [overlay, other] : [other];
}

/**
 * kubeasz (easzlab) config.yml. Its versions are sed placeholders (`__k8s_ver__`, `__calico__`) until
 * `ezdown` fills them: unresolved, never versions. The Calico settings apply when the inventory's
 * CLUSTER_NETWORK is calico (kubeasz's default).
 */
export const kubesprayKubeaszConfig: YamlExtractor = {
  id: ID,
  description: 'kubeasz config.yml: K8S_VER, calico_ver, CALICO_NETWORKING_BACKEND with CALICO_ENABLE_OVERLAY (IPIP or VXLAN mode)',
  triggers: ['K8S_VER', 'calico_ver', 'CALICO_NETWORKING_BACKEND'],
  extract(d) {
    if (!isKubeaszConfig(d)) return [];
    const root = d.doc.contents as Node;
    const at = get(d, root, 'K8S_VER') ?? root;
    const facts: Fact[] = [
      clusterDefinitionFact(ID, d, at, 'kubeasz cluster config.yml'),
      installerNameFact(ID, d, at, 'kubeasz', 'kubeasz cluster config.yml'),
    ];
    for (const [key, name] of [
      ['K8S_VER', 'kubernetes.version'],
      ['calico_ver', 'calico.version'],
    ] as const) {
      const f = factFromNode(ID, d, get(d, root, key), name, normalizeVersion, { note: `kubeasz ${key}` });
      if (f) facts.push(f);
    }
    return [...facts, ...encapFacts(d, root)];
  },
};
