import type { Node } from 'yaml';
import type { Fact, FactName, FactOverride } from '../model/fact.js';
import { get, items, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factAt, factFromRaw } from './fact-at.js';
import { scalarText, versionFactName } from './helm-image-map.js';
import { parseImage, type ImageRef } from './image.js';
import { entryList, isKustomization, KUSTOMIZATION_PATH, patchPaths, resolveAll } from './kustomize-paths.js';
import type { YamlExtractor } from './types.js';
import { normalizeVersion } from './values.js';

const ID = 'kustomize-images';

function kindOfImage(...refs: (string | undefined)[]): { name: FactName; img: ImageRef } | undefined {
  for (const r of refs) {
    const img = r === undefined ? undefined : parseImage(r);
    const name = img && versionFactName(img);
    if (img && name) return { name, img };
  }
  return undefined;
}

/** One `images:` entry as the facts it replaces: the version (newTag or digest) and kube-proxy's repository (newName). */
function entryFacts(d: YamlDoc, entry: Node, overrides: FactOverride): Fact[] {
  const nameNode = get(d, entry, 'name');
  const name = str(d, nameNode)?.trim();
  const newNameNode = get(d, entry, 'newName');
  const newName = str(d, newNameNode)?.trim();
  const kind = kindOfImage(name, newName);
  if (!name || !kind) return [];
  const tagNode = get(d, entry, 'newTag');
  const newTag = scalarText(d, tagNode);
  const digestNode = get(d, entry, 'digest');
  const digest = str(d, digestNode)?.trim();
  const repo = newName ?? name;
  const common = { key: kind.img.path, overrides };
  const facts: Fact[] = [];
  if (digest) {
    // kustomize pins by digest and drops the tag: the version is no longer written anywhere.
    const f = factAt(ID, d, digestNode, kind.name, digest, { raw: `${repo}@${digest}`, note: 'kustomize images: pinned by digest, which names no version' });
    facts.push({ ...f, unresolved: true, ...common });
  } else if (newTag) {
    const f = factFromRaw(ID, d, tagNode, kind.name, newTag, normalizeVersion);
    // The image as it will run explains the value better than the bare tag.
    if (f) facts.push({ ...f, raw: `${repo}:${newTag}`, ...common });
  }
  if (newName && kind.name === 'kubeProxy.version') {
    const f = factFromRaw(ID, d, newNameNode, 'kubeProxy.image', newName, (s) => s);
    if (f) facts.push({ ...f, ...common });
  }
  return facts;
}

export const kustomizeImages: YamlExtractor = {
  id: ID,
  description:
    'kustomization images: (name, newName, newTag, digest) replacing kube-proxy, calico-node, kube-controllers or tigera operator images of the resources',
  triggers: ['calico', 'kube-proxy', 'tigera'],
  paths: KUSTOMIZATION_PATH,
  extract(d) {
    if (!isKustomization(d)) return [];
    const entries = items(d, get(d, d.doc.contents, 'images'));
    if (entries.length === 0) return [];
    // Images apply after patches and to helmCharts output, which is read from this file itself.
    const targets = [...resolveAll(d.file, [...entryList(d, 'resources', 'bases', 'components'), ...patchPaths(d)]), d.file];
    const overrides: FactOverride = { by: 'kustomize images', targets };
    return entries.flatMap((e) => entryFacts(d, e, overrides));
  },
};
