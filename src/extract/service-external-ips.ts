import { keyNode } from '../parse/walk.js';
import { externalIpsServices } from './external-ips-services.js';
import { factAt } from './fact-at.js';
import { namespacedName } from './objects.js';
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
    return externalIpsServices(d).map(({ object, spec, ips }) =>
      factAt(ID, d, keyNode(spec, 'externalIPs'), 'service.externalIPs', namespacedName(object), { note: `externalIPs ${ips.join(', ')}` }),
    );
  },
};
