import { serviceLoadBalancerSourceRanges } from '../../src/extract/service-load-balancer-source-ranges.js';
import { testExtractor } from './tester.js';

testExtractor(serviceLoadBalancerSourceRanges, [
  {
    title: 'needs type LoadBalancer and a non-empty list; placed on the loadBalancerSourceRanges key',
    fixture: 'services.yaml',
    facts: [{ name: 'service.loadBalancerSourceRanges', value: 'geo/pip', line: 8, column: 5 }],
    notes: { 0: 'loadBalancerSourceRanges 12.220.146.0/24, 10.234.192.0/18' },
  },
]);
