import { argocdApplication } from '../../src/extract/argocd-application.js';
import { testExtractor } from './tester.js';

testExtractor(
  argocdApplication,
  [
    {
      title: 'reads targetRevision, helm.values (placed line by line in the outer file), valuesObject and parameters',
      fixture: 'argocd-application/calico.yaml',
      facts: [
        { name: 'calico.version', value: '3.28.0', line: 11, column: 21 },
        { name: 'calico.ipipMode', value: 'CrossSubnet', line: 19, column: 32 },
        { name: 'calico.vxlanMode', value: 'Never', line: 19, column: 32 },
        { name: 'calico.dataplane', value: 'BPF', line: 16, column: 29 },
        { name: 'calico.operatorVersion', value: '1.34.1', line: 22, column: 18 },
        // sources[]: the parameter replaces the valuesObject encapsulation (VXLAN), as helm --set does.
        { name: 'calico.version', value: '3.29.2', line: 35, column: 23 },
        { name: 'calico.ipipMode', value: 'Never', line: 45, column: 20 },
        { name: 'calico.vxlanMode', value: 'Never', line: 45, column: 20 },
        // ApplicationSet: a templated revision is unresolved; a quoted values string places its facts at the string.
        { name: 'calico.version', value: '{{ .calicoVersion }}', line: 59, column: 25, unresolved: true },
        { name: 'calico.dataplane', value: 'Nftables', line: 61, column: 19 },
      ],
      textAt: { 1: 'IPIPCrossSubnet', 3: 'BPF', 6: 'None' },
    },
  ],
  { root: 'sources-a' },
);
