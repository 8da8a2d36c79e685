import { isScalar } from 'yaml';
import type { Fact } from '../model/fact.js';
import { parseEmbedded } from '../parse/embedded.js';
import { get } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { imageMapFacts } from './helm-image-map.js';
import { blankedScalar } from './helm-template-blank.js';
import { calicoNetworkFacts } from './tigera-calico-network.js';

/**
 * Facts from a Helm values tree, wherever it is written (a values file, a HelmRelease's `spec.values`,
 * a kustomization's `valuesInline`): image maps anywhere, and the tigera-operator chart's
 * `installation.calicoNetwork`. Values given as a YAML string (Argo CD `helm.values`, a HelmChartProxy's
 * `valuesTemplate`, a HelmChart's `valuesContent`) are parsed in place, templates blanked, so every fact
 * keeps its line and column in the outer file.
 */
export function chartValuesFacts(source: string, d: YamlDoc, root: unknown): Fact[] {
  if (isScalar(root)) {
    const { node, restore } = blankedScalar(root);
    const facts = parseEmbedded(d, node).flatMap((inner) => chartValuesFacts(source, inner, inner.doc.contents));
    return facts.map((f) => (f.unresolved ? { ...f, value: restore(f.value), ...(f.raw === undefined ? {} : { raw: restore(f.raw) }) } : f));
  }
  return [...imageMapFacts(source, d, root), ...calicoNetworkFacts(source, d, get(d, root, 'installation', 'calicoNetwork'))];
}
