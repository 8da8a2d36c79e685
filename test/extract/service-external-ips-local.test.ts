import { describe, expect, it } from 'vitest';
import { serviceExternalIpsLocal } from '../../src/extract/service-external-ips-local.js';
import { brief, extractFixture } from './helpers.js';

describe('service-external-ips-local', () => {
  it('needs both non-empty externalIPs and policy Local; placed on the policy value', () => {
    const facts = extractFixture(serviceExternalIpsLocal, 'services.yaml');
    expect(facts.map(brief)).toEqual([
      { name: 'service.externalIPsLocal', value: 'shop/web', line: 12, column: 26 },
      { name: 'service.externalIPsLocal', value: 'default/listed', line: 41, column: 28 },
    ]);
    expect(facts[0]?.note).toBe('externalTrafficPolicy Local with externalIPs 10.0.0.7, 10.0.0.8 (line 8)');
  });
});
