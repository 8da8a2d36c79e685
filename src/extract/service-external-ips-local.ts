import type { Fact } from '../model/fact.js';
import { get, keyNode, str } from '../parse/walk.js';
import { placeOf } from '../parse/yaml-doc.js';
import { factAt } from './fact-at.js';
import { externalIpsServices } from './external-ips-services.js';
import { namespacedName } from './objects.js';
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
    for (const { object, spec, ips } of externalIpsServices(d)) {
      const policyNode = get(d, spec, 'externalTrafficPolicy');
      if (str(d, policyNode) !== 'Local') continue;
      const ipsLine = placeOf(d, keyNode(spec, 'externalIPs')).line;
      facts.push(
        factAt(ID, d, policyNode, 'service.externalIPsLocal', namespacedName(object), {
          note: `externalTrafficPolicy Local with externalIPs ${ips.join(', ')} (line ${ipsLine})`,
        }),
      );
    }
    return facts;
  },
};
