import { serviceExternalIpsLocal } from '../../src/extract/service-external-ips-local.js';
import { testExtractor } from './tester.js';

testExtractor(serviceExternalIpsLocal, [
  {
    title: 'needs both non-empty externalIPs and policy Local; placed on the policy value',
    fixture: 'services.yaml',
    facts: [
      { name: 'service.externalIPsLocal', value: 'shop/web', line: 12, column: 26 },
      { name: 'service.externalIPsLocal', value: 'default/listed', line: 41, column: 28 },
    ],
    notes: { 0: 'externalTrafficPolicy Local with externalIPs 10.0.0.7, 10.0.0.8 (line 8)' },
    textAt: { 0: 'Local' },
  },
]);
