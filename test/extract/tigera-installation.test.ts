import { tigeraInstallation } from '../../src/extract/tigera-installation.js';
import { testExtractor } from './tester.js';

testExtractor(
  tigeraInstallation,
  [
    {
      title: 'turns each pool encapsulation into IPIP and VXLAN modes, reads linuxDataplane, and only from Installations',
      fixture: 'tigera-installation/installation.yaml',
      facts: [
        { name: 'calico.ipipMode', value: 'Always', line: 11, column: 24 },
        { name: 'calico.vxlanMode', value: 'Never', line: 11, column: 24 },
        { name: 'calico.ipipMode', value: 'Never', line: 14, column: 24 },
        { name: 'calico.vxlanMode', value: 'Never', line: 14, column: 24 },
        { name: 'calico.dataplane', value: 'Nftables', line: 7, column: 21 },
        { name: 'calico.ipipMode', value: '${CALICO_ENCAPSULATION}', line: 25, column: 24, unresolved: true },
        { name: 'calico.vxlanMode', value: '${CALICO_ENCAPSULATION}', line: 25, column: 24, unresolved: true },
      ],
      textAt: { 0: 'IPIP', 1: 'IPIP', 2: 'None', 3: 'None', 4: 'Nftables', 5: '${CALICO_ENCAPSULATION}', 6: '${CALICO_ENCAPSULATION}' },
      raws: { 0: 'IPIP' },
    },
  ],
  { root: 'sources-a' },
);
