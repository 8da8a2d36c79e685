import { describe, expect, it } from 'vitest';
import { tigeraInstallation } from '../../src/extract/tigera-installation.js';
import { extractA, pin, textAt } from './sources-a-fixture.js';

describe('tigera-installation', () => {
  it('turns each pool encapsulation into IPIP and VXLAN modes, reads linuxDataplane, and only from Installations', () => {
    const facts = extractA(tigeraInstallation, 'tigera-installation/installation.yaml');
    expect(facts.map(pin)).toEqual([
      { name: 'calico.ipipMode', value: 'Always', at: '11:24' },
      { name: 'calico.vxlanMode', value: 'Never', at: '11:24' },
      { name: 'calico.ipipMode', value: 'Never', at: '14:24' },
      { name: 'calico.vxlanMode', value: 'Never', at: '14:24' },
      { name: 'calico.dataplane', value: 'Nftables', at: '7:21' },
      { name: 'calico.ipipMode', value: '${CALICO_ENCAPSULATION}', at: '25:24', unresolved: true },
      { name: 'calico.vxlanMode', value: '${CALICO_ENCAPSULATION}', at: '25:24', unresolved: true },
    ]);
    expect(facts.map((f) => textAt(f.place))).toEqual(['IPIP', 'IPIP', 'None', 'None', 'Nftables', '${CALICO_ENCAPSULATION}', '${CALICO_ENCAPSULATION}']);
    expect(facts[0]?.raw).toBe('IPIP');
  });
});
