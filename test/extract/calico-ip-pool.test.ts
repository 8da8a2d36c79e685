import { calicoIpPool } from '../../src/extract/calico-ip-pool.js';
import { testExtractor } from './tester.js';

testExtractor(calicoIpPool, [
  {
    title: 'reads ipipMode and vxlanMode; a mode a pool leaves out is the default Never; disabled pools and lists',
    fixture: 'pools.yaml',
    facts: [
      { name: 'calico.ipipMode', value: 'CrossSubnet', line: 7, column: 13 },
      { name: 'calico.vxlanMode', value: 'Never', line: 2, column: 7, origin: 'default' },
      { name: 'calico.ipipMode', value: 'Never', line: 16, column: 13 },
      { name: 'calico.vxlanMode', value: 'Always', line: 17, column: 14 },
      { name: 'calico.ipipMode', value: 'Never', line: 37, column: 17 },
      { name: 'calico.vxlanMode', value: 'CrossSubnet', line: 38, column: 18 },
    ],
    notes: { 1: 'IPPool default-ipv4-ippool does not set vxlanMode: Never' },
  },
]);
