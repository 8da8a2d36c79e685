import type { Fact, FactName } from '../model/fact.js';
import { get, items, str } from '../parse/walk.js';
import { factFromRaw } from './fact-at.js';
import { installerNameFact } from './installer-fact.js';
import { objectsOfKind } from './objects.js';
import type { YamlExtractor } from './types.js';
import { normalizeVersion } from './values.js';

const ID = 'kubean-manifest';

const COMPONENTS: Record<string, FactName> = { kube: 'kubernetes.version', calico: 'calico.version' };

/**
 * kubean's `Manifest` is a catalogue of what one Kubespray release can install: its `defaultVersion`
 * is what a cluster gets when its vars name no version, so it is a default (any version set for the
 * cluster wins), and the `versionRange` lists are never facts.
 */
export const kubeanManifest: YamlExtractor = {
  id: ID,
  description: 'kubean Manifest: the default Kubernetes and Calico versions of its Kubespray release (defaults, not running versions)',
  triggers: ['kubean.io/'],
  extract(d) {
    const facts: Fact[] = [];
    for (const o of objectsOfKind(d, 'Manifest', 'kubean.io/')) {
      facts.push(installerNameFact(ID, d, get(d, o.node, 'kind'), 'kubean', 'kubean Manifest'));
      const release = str(d, get(d, o.node, 'metadata', 'labels', 'kubean.io/sprayRelease'));
      for (const c of items(d, get(d, o.node, 'spec', 'components'))) {
        const fact = COMPONENTS[str(d, get(d, c, 'name'))?.trim() ?? ''];
        const node = get(d, c, 'defaultVersion');
        const raw = str(d, node);
        if (!fact || raw === undefined) continue;
        const f = factFromRaw(ID, d, node, fact, raw, normalizeVersion, {
          origin: 'default',
          note: `kubean Manifest defaultVersion${release ? ` (Kubespray ${release})` : ''}: installed when the cluster's vars name no version`,
        });
        if (f) facts.push(f);
      }
    }
    return facts;
  },
};
