import type { Fact } from '../model/fact.js';
import { get, items, keyNode, str } from '../parse/walk.js';
import { factAt } from './fact-at.js';
import { namespacedName, objectsOfKind } from './objects.js';
import type { YamlExtractor } from './types.js';

const ID = 'service-load-balancer-source-ranges';

/** A LoadBalancer Service that restricts its clients; placed on the `loadBalancerSourceRanges` key. */
export const serviceLoadBalancerSourceRanges: YamlExtractor = {
  id: ID,
  description: 'Services of type LoadBalancer with a non-empty loadBalancerSourceRanges',
  triggers: ['loadBalancerSourceRanges'],
  extract(d) {
    const facts: Fact[] = [];
    for (const o of objectsOfKind(d, 'Service', 'v1')) {
      const spec = get(d, o.node, 'spec');
      if (str(d, get(d, spec, 'type')) !== 'LoadBalancer') continue;
      const ranges = items(d, get(d, spec, 'loadBalancerSourceRanges'))
        .map((n) => str(d, n))
        .filter((r): r is string => !!r);
      if (ranges.length === 0) continue;
      facts.push(
        factAt(ID, d, keyNode(spec, 'loadBalancerSourceRanges'), 'service.loadBalancerSourceRanges', namespacedName(o), {
          note: `loadBalancerSourceRanges ${ranges.join(', ')}`,
        }),
      );
    }
    return facts;
  },
};
