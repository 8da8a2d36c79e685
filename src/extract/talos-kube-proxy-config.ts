import type { Fact } from '../model/fact.js';
import { get, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factAt, factFromNode } from './fact-at.js';
import { isKubeProxyImage, parseImage } from './image.js';
import { kubeProxyImageFacts } from './image-fact.js';
import { isKind } from './objects.js';
import type { YamlExtractor } from './types.js';
import { normalizeProxyMode } from './values.js';

const ID = 'talos-kube-proxy-config';

/**
 * A Talos proxy `mode` (this document's or v1alpha1 `cluster.proxy.mode`): empty is unset, so Talos's default
 * for the release applies (an installer default), not kube-proxy's empty mode (iptables).
 */
export function talosMode(raw: string): string | undefined {
  return raw.trim() === '' ? undefined : normalizeProxyMode(raw);
}

/**
 * Talos v1.14's standalone `KubeProxyConfig` document (`apiVersion: v1alpha1`, beside the machine config in
 * a multi-document file; data/installers/talos.yaml): `enabled: false` (kube-proxy not deployed), `mode`,
 * `image` (its tag pins kube-proxy's version) and `config`, a KubeProxyConfiguration whose own `mode` wins
 * over the document's. An absent mode is Talos's default (nftables), applied as an installer default.
 */
export const talosKubeProxyConfig: YamlExtractor = {
  id: ID,
  description: 'Talos KubeProxyConfig documents (Talos v1.14+): enabled, mode, config.mode, image',
  triggers: [],
  kinds: ['KubeProxyConfig'],
  extract(d: YamlDoc): Fact[] {
    if (!isKind(d, 'KubeProxyConfig', 'v1alpha1')) return [];
    const root = d.doc.contents;
    const facts: Fact[] = [factAt(ID, d, get(d, root, 'kind'), 'installer.name', 'talos', { note: 'Talos KubeProxyConfig document (Talos v1.14 or later)' })];
    const enabled = get(d, root, 'enabled');
    if (str(d, enabled)?.trim() === 'false') {
      facts.push(factAt(ID, d, enabled, 'kubeProxy.disabled', 'true', { note: 'Talos KubeProxyConfig enabled: false: kube-proxy is not deployed' }));
      return facts;
    }
    // Talos keeps a mode set in `config` and fills in the document's mode only where it is absent. A
    // proxy-mode in extraArgs is a flag beside the config file: which one kube-proxy honours depends on its
    // release, so the mode is then present but not read.
    const extraMode = get(d, root, 'extraArgs', 'proxy-mode');
    if (extraMode !== undefined) {
      facts.push({
        ...factAt(ID, d, extraMode, 'kubeProxy.mode', str(d, extraMode) ?? d.text.slice(extraMode.range?.[0] ?? 0, extraMode.range?.[1] ?? 0), {
          note: 'Talos KubeProxyConfig extraArgs proxy-mode beside the config file: which mode kube-proxy runs is not decided here',
        }),
        unresolved: true,
      });
    }
    const configMode = get(d, root, 'config', 'mode');
    const mode =
      extraMode !== undefined
        ? undefined
        : str(d, configMode) !== undefined
          ? factFromNode(ID, d, configMode, 'kubeProxy.mode', normalizeProxyMode, { note: 'Talos KubeProxyConfig config.mode (wins over mode)' })
          : factFromNode(ID, d, get(d, root, 'mode'), 'kubeProxy.mode', talosMode, { note: 'Talos KubeProxyConfig mode' });
    if (mode) facts.push(mode);
    const imageNode = get(d, root, 'image');
    const imageRaw = str(d, imageNode);
    const image = imageRaw === undefined ? undefined : parseImage(imageRaw);
    if (image && imageRaw !== undefined && isKubeProxyImage(image)) facts.push(...kubeProxyImageFacts(ID, d, imageNode, image, imageRaw));
    return facts;
  },
};
