import type { Node } from 'yaml';
import type { Fact, FactName } from '../model/fact.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factFromRaw } from './fact-at.js';
import type { ImageRef } from './image.js';
import { normalizeVersion } from './values.js';

/**
 * The version an image tag states, placed at the image scalar. `v1.27.3-eksbuild.1` keeps its vendor
 * suffix (the engine coerces), a templated tag is unresolved, and a digest-only, tagless or floating
 * (`latest`) reference states no version at all, so nothing is returned and derivations may fill in.
 */
export function imageVersionFact(source: string, d: YamlDoc, node: Node | undefined, name: FactName, img: ImageRef, raw: string): Fact | undefined {
  if (!img.tag) return undefined;
  const f = factFromRaw(source, d, node, name, img.tag, normalizeVersion);
  if (!f) return undefined;
  // The image as written explains the value better than the bare tag; the key lets kustomize `images:` match it.
  return { ...f, raw, key: img.path };
}

/** A kube-proxy image: its repository (`kubeProxy.image`, keyed by the image path) and the version its tag states. */
export function kubeProxyImageFacts(source: string, d: YamlDoc, node: Node | undefined, img: ImageRef, raw: string): Fact[] {
  const facts: Fact[] = [];
  const repo = factFromRaw(source, d, node, 'kubeProxy.image', img.repository, (s) => s);
  if (repo) facts.push({ ...repo, key: img.path, ...(raw === repo.value ? {} : { raw }) });
  const version = imageVersionFact(source, d, node, 'kubeProxy.version', img, raw);
  if (version) facts.push(version);
  return facts;
}
