import { serviceExternalIps } from '../../src/extract/service-external-ips.js';
import { testExtractor } from './tester.js';

testExtractor(serviceExternalIps, [
  {
    title: 'names every Service with externalIPs, at its externalIPs key, whatever the traffic policy',
    fixture: 'services.yaml',
    facts: [
      { name: 'service.externalIPs', value: 'shop/legacy-lb', line: 11, column: 3 },
      { name: 'service.externalIPs', value: 'default/listed', line: 40, column: 7 },
    ],
    notes: { 0: 'externalIPs 203.0.113.10, 203.0.113.11' },
  },
]);
