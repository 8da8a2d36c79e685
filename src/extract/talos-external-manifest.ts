import type { Fact } from '../model/fact.js';
import { get } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factAt } from './fact-at.js';
import { isKind } from './objects.js';
import { shellTextFacts } from './shell-facts.js';
import { toFacts } from './text-fact.js';
import type { YamlExtractor } from './types.js';
import { yamlWord } from './yaml-word.js';

const ID = 'talos-external-manifest';

/**
 * Talos v1.14's `KubeExternalManifestConfig` document (`apiVersion: v1alpha1`, `name`, `url`; added in
 * v1.14.0-beta.0 when v1alpha1 `cluster.network.cni.urls` and `cluster.extraManifests` moved out): a Calico
 * manifest applied from a versioned URL gives the Calico facts that URL gives in a script.
 */
export const talosExternalManifest: YamlExtractor = {
  id: ID,
  description: 'Talos KubeExternalManifestConfig documents (Talos v1.14+): Calico manifests from a versioned url',
  triggers: [],
  kinds: ['KubeExternalManifestConfig'],
  extract(d: YamlDoc): Fact[] {
    if (!isKind(d, 'KubeExternalManifestConfig', 'v1alpha1')) return [];
    const root = d.doc.contents;
    const w = yamlWord(d, get(d, root, 'url'));
    const hits = w ? shellTextFacts(w.text).map((f) => ({ ...f, line: w.line, column: w.column + f.column - 1 })) : [];
    if (hits.length === 0) return [];
    return [
      factAt(ID, d, get(d, root, 'kind'), 'installer.name', 'talos', { note: 'Talos KubeExternalManifestConfig document (Talos v1.14 or later)' }),
      ...toFacts(ID, d.file, hits),
    ];
  },
};
