import type { Fact } from '../model/fact.js';
import { get, items, keyNode, str } from '../parse/walk.js';
import { placeOf } from '../parse/yaml-doc.js';
import { factAt } from './fact-at.js';
import { namespacedName, objectsOf } from './objects.js';
import type { YamlExtractor } from './types.js';

const ID = 'service-external-ips-local';

/**
 * A Service with externalIPs and externalTrafficPolicy Local. The fact sits on the policy value: changing
 * it to Cluster is the one-word workaround; the note names the externalIPs line.
 */
export const serviceExternalIpsLocal: YamlExtractor = {
  id: ID,
  description: 'Services that combine externalIPs with externalTrafficPolicy: Local',
  triggers: ['externalIPs'],
  extract(d) {
    const facts: Fact[] = [];
    for (const o of objectsOf(d)) {
      if (o.kind !== 'Service' || o.apiVersion !== 'v1') continue;
      const spec = get(d, o.node, 'spec');
      const ips = items(d, get(d, spec, 'externalIPs'))
        .map((n) => str(d, n))
        .filter((ip): ip is string => !!ip);
      const policyNode = get(d, spec, 'externalTrafficPolicy');
      if (ips.length === 0 || str(d, policyNode) !== 'Local') continue;
      const ipsLine = placeOf(d, keyNode(spec, 'externalIPs')).line;
      facts.push(
        factAt(ID, d, policyNode, 'service.externalIPsLocal', namespacedName(o), {
          note: `externalTrafficPolicy Local with externalIPs ${ips.join(', ')} (line ${ipsLine})`,
        }),
      );
    }
    return facts;
  },
};
