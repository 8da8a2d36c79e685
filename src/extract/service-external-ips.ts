import type { Fact } from '../model/fact.js';
import { get, items, keyNode, str } from '../parse/walk.js';
import { factAt } from './fact-at.js';
import { namespacedName, objectsOf } from './objects.js';
import type { YamlExtractor } from './types.js';

const ID = 'service-external-ips';

/**
 * Any Service that sets spec.externalIPs, whatever its traffic policy (CVE-2020-8554 concerns them all).
 * The fact sits on the `externalIPs` key, the line to remove; its value names the Service.
 */
export const serviceExternalIps: YamlExtractor = {
  id: ID,
  description: 'Services that set spec.externalIPs (any traffic policy)',
  triggers: ['externalIPs'],
  extract(d) {
    const facts: Fact[] = [];
    for (const o of objectsOf(d)) {
      if (o.kind !== 'Service' || o.apiVersion !== 'v1') continue;
      const spec = get(d, o.node, 'spec');
      const ipsNode = get(d, spec, 'externalIPs');
      const ips = items(d, ipsNode)
        .map((n) => str(d, n))
        .filter((ip): ip is string => !!ip);
      if (ips.length === 0) continue;
      facts.push(factAt(ID, d, keyNode(spec, 'externalIPs'), 'service.externalIPs', namespacedName(o), { note: `externalIPs ${ips.join(', ')}` }));
    }
    return facts;
  },
};
