import { describe, expect, it } from 'vitest';
import { calicoIpPool } from '../../src/extract/calico-ip-pool.js';
import { brief, extractFixture } from './helpers.js';

describe('calico-ip-pool', () => {
  it('reads ipipMode and vxlanMode; a mode a pool leaves out is the default Never; disabled pools and lists', () => {
    const facts = extractFixture(calicoIpPool, 'pools.yaml');
    expect(facts.map(brief)).toEqual([
      { name: 'calico.ipipMode', value: 'CrossSubnet', line: 7, column: 13 },
      { name: 'calico.vxlanMode', value: 'Never', line: 2, column: 7, origin: 'default' },
      { name: 'calico.ipipMode', value: 'Never', line: 16, column: 13 },
      { name: 'calico.vxlanMode', value: 'Always', line: 17, column: 14 },
      { name: 'calico.ipipMode', value: 'Never', line: 37, column: 17 },
      { name: 'calico.vxlanMode', value: 'CrossSubnet', line: 38, column: 18 },
    ]);
    expect(facts[1]?.note).toBe('IPPool default-ipv4-ippool does not set vxlanMode: Never');
  });
});
