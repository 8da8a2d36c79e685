import { describe, expect, it } from 'vitest';
import { serviceLoadBalancerSourceRanges } from '../../src/extract/service-load-balancer-source-ranges.js';
import { brief, extractFixture } from './helpers.js';

describe('service-load-balancer-source-ranges', () => {
  it('needs type LoadBalancer and a non-empty list; placed on the loadBalancerSourceRanges key', () => {
    const facts = extractFixture(serviceLoadBalancerSourceRanges, 'services.yaml');
    expect(facts.map(brief)).toEqual([{ name: 'service.loadBalancerSourceRanges', value: 'geo/pip', line: 8, column: 5 }]);
    expect(facts[0]?.note).toBe('loadBalancerSourceRanges 12.220.146.0/24, 10.234.192.0/18');
  });
});
