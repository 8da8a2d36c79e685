import type { Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { get, kindOf, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factAt, factFromRaw } from './fact-at.js';
import { featureGatesFromNode } from './gates-and-plugins.js';
import type { YamlExtractor } from './types.js';
import { normalizeProxyMode } from './values.js';

const ID = 'kube-proxy-configuration';

export function isKubeProxyConfiguration(d: YamlDoc, node: unknown = d.doc.contents): boolean {
  const { kind, apiVersion } = kindOf(d, node);
  return kind === 'KubeProxyConfiguration' && !!apiVersion?.startsWith('kubeproxy.config.k8s.io/');
}

/**
 * `mode` and `featureGates` of a KubeProxyConfiguration. Absent or "" means the platform default, iptables on Linux: that is
 * a default-origin fact (it yields to any real value), placed where the setting would go.
 */
export function proxyConfigurationFacts(source: string, d: YamlDoc, root: Node | null | undefined): Fact[] {
  const gates = featureGatesFromNode(source, d, get(d, root, 'featureGates'), { note: 'KubeProxyConfiguration featureGates' });
  return gates ? [...modeFacts(source, d, root), gates] : modeFacts(source, d, root);
}

function modeFacts(source: string, d: YamlDoc, root: Node | null | undefined): Fact[] {
  const modeNode = get(d, root, 'mode');
  const raw = str(d, modeNode);
  if (raw === undefined || raw.trim() === '') {
    const at = raw === undefined ? get(d, root, 'kind') : modeNode;
    const why = raw === undefined ? 'mode is not set' : 'mode is ""';
    return [factAt(source, d, at, 'kubeProxy.mode', 'iptables', { origin: 'default', raw, note: `${why}: kube-proxy uses its default, iptables on Linux` })];
  }
  const f = factFromRaw(source, d, modeNode, 'kubeProxy.mode', raw, normalizeProxyMode);
  return f ? [f] : [];
}

export const kubeProxyConfiguration: YamlExtractor = {
  id: ID,
  description:
    'KubeProxyConfiguration documents (kubeproxy.config.k8s.io), standalone or in ConfigMap data (kubeadm config.conf, read by the embedded pass, places in the outer file): mode, or the default when unset; featureGates',
  triggers: [],
  kinds: ['KubeProxyConfiguration'],
  extract(d) {
    if (!isKubeProxyConfiguration(d)) return [];
    return proxyConfigurationFacts(ID, d, d.doc.contents);
  },
};
