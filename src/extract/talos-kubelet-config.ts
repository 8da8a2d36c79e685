import type { Fact } from '../model/fact.js';
import { get, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factAt, factFromRaw } from './fact-at.js';
import { parseImage } from './image.js';
import { isKind } from './objects.js';
import { imageTagWord } from './yaml-word.js';
import type { YamlExtractor } from './types.js';
import { isPlaceholder, normalizeVersion } from './values.js';

const ID = 'talos-kubelet-config';

/**
 * Talos v1.14's `KubeletConfig` document (`apiVersion: v1alpha1`; added in v1.14.0-beta.0, data/installers/
 * talos.yaml): its `image` (`ghcr.io/siderolabs/kubelet:v1.36.4`) is tagged with the Kubernetes release the
 * node runs, read as the cluster version as a node list's kubelet version is.
 */
export const talosKubeletConfig: YamlExtractor = {
  id: ID,
  description: 'Talos KubeletConfig documents (Talos v1.14+): the kubelet image tag as the Kubernetes version',
  triggers: [],
  kinds: ['KubeletConfig'],
  extract(d: YamlDoc): Fact[] {
    if (!isKind(d, 'KubeletConfig', 'v1alpha1')) return [];
    const root = d.doc.contents;
    const facts: Fact[] = [factAt(ID, d, get(d, root, 'kind'), 'installer.name', 'talos', { note: 'Talos KubeletConfig document (Talos v1.14 or later)' })];
    const node = get(d, root, 'image');
    const raw = str(d, node);
    const img = raw === undefined ? undefined : parseImage(raw);
    // A templated tag adds nothing: the kubelet is not judged, and the version it would render to is pinned
    // elsewhere (a Renovate-annotated version file) or nowhere; an unresolved cluster version would only hide it.
    if (!img?.tag || img.name !== 'kubelet' || isPlaceholder(img.tag)) return facts;
    const tag = imageTagWord(d, node, img.tag);
    if (!tag) return facts;
    const f = factFromRaw(ID, d, node, 'kubernetes.version', img.tag, normalizeVersion, { note: `Talos KubeletConfig image ${raw}: the Kubernetes release` });
    // The fact stands at the tag, the part to change.
    if (f?.place) f.place = { ...f.place, line: tag.line, column: tag.column, endLine: tag.line, endColumn: tag.column + tag.text.length };
    if (f) facts.push(f);
    return facts;
  },
};
