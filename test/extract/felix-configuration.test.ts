import { felixConfiguration } from '../../src/extract/felix-configuration.js';
import { testExtractor } from './tester.js';

testExtractor(felixConfiguration, [
  {
    title: 'reads both API groups; per-node resources say so; templated values are unresolved',
    fixture: 'felix.yaml',
    facts: [
      { name: 'calico.iptablesBackend', value: 'Legacy', line: 6, column: 20 },
      { name: 'calico.featureDetectOverride', value: 'ChecksumOffloadBroken=true', line: 7, column: 26 },
      { name: 'calico.dataplane', value: 'BPF', line: 8, column: 15 },
      { name: 'calico.iptablesBackend', value: 'NFT', line: 15, column: 20 },
      { name: 'calico.iptablesBackend', value: '${IPTABLES_BACKEND}', line: 23, column: 20, unresolved: true },
    ],
    notes: { 0: undefined, 3: 'FelixConfiguration node.worker-1 (one node only)' },
  },
  { title: 'a CRD schema that mentions the fields is not a setting', fixture: 'crd.yaml', facts: [] },
  {
    title: 'nftablesMode, and the nftables dataplane it selects (rule pack 2)',
    fixture: 'nftables.yaml',
    facts: [
      { name: 'calico.nftablesMode', value: 'Enabled', line: 6, column: 17 },
      { name: 'calico.dataplane', value: 'Nftables', line: 6, column: 17 },
    ],
  },
]);
