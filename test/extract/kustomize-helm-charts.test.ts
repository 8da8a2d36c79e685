import { kustomizeHelmCharts } from '../../src/extract/kustomize-helm-charts.js';
import { testExtractor } from './tester.js';

testExtractor(
  kustomizeHelmCharts,
  [
    {
      title: 'reads the tigera-operator chart version and its valuesInline; other charts give nothing',
      fixture: 'kustomize-helm-charts/kustomization.yaml',
      facts: [
        { name: 'calico.version', value: '3.28.2', line: 6, column: 14 },
        { name: 'calico.operatorVersion', value: '1.34.5', line: 17, column: 18 },
        { name: 'calico.ipipMode', value: 'Never', line: 14, column: 30 },
        { name: 'calico.vxlanMode', value: 'CrossSubnet', line: 14, column: 30 },
        { name: 'calico.dataplane', value: 'Iptables', line: 11, column: 27 },
        { name: 'calico.version', value: '${CALICO_VERSION}', line: 27, column: 14, unresolved: true },
      ],
    },
  ],
  { root: 'sources-a' },
);
