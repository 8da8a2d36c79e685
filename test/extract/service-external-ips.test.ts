import { describe, expect, it } from 'vitest';
import { serviceExternalIps } from '../../src/extract/service-external-ips.js';
import { brief, extractFixture } from './helpers.js';

describe('service-external-ips', () => {
  it('names every Service with externalIPs, at its externalIPs key, whatever the traffic policy', () => {
    const facts = extractFixture(serviceExternalIps, 'services.yaml');
    expect(facts.map(brief)).toEqual([
      { name: 'service.externalIPs', value: 'shop/legacy-lb', line: 11, column: 3 },
      { name: 'service.externalIPs', value: 'default/listed', line: 40, column: 7 },
    ]);
    expect(facts[0]?.note).toBe('externalIPs 203.0.113.10, 203.0.113.11');
  });
});
