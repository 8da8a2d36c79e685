import { helmCattleChart } from '../../src/extract/helm-cattle-chart.js';
import { testExtractor } from './tester.js';

testExtractor(
  helmCattleChart,
  [
    {
      title: "reads HelmChartConfig valuesContent in place and a HelmChart's tigera-operator version",
      fixture: 'helm-cattle-chart/rke2-calico-config.yaml',
      facts: [
        { name: 'calico.ipipMode', value: 'Never', line: 13, column: 26 },
        { name: 'calico.vxlanMode', value: 'Always', line: 13, column: 26 },
        { name: 'calico.dataplane', value: 'BPF', line: 10, column: 25 },
        // HelmChartConfig rke2-calico names RKE2 and its CNI (the RKE2 profile's rke2-calico defaults then apply).
        { name: 'installer.name', value: 'rke2', line: 4, column: 9 },
        { name: 'cluster.cni', value: 'calico', line: 4, column: 9 },
        { name: 'calico.version', value: '3.27.3', line: 23, column: 12 },
      ],
      textAt: { 0: 'VXLAN', 2: 'BPF' },
    },
  ],
  { root: 'sources-a' },
);
