import { helmChartYaml } from '../../src/extract/helm-chart-yaml.js';
import { testExtractor } from './tester.js';

testExtractor(
  helmChartYaml,
  [
    { title: 'does not take the source tree placeholder v0.0 for a version', fixture: 'helm-chart-yaml/upstream/Chart.yaml', facts: [] },
    {
      title: 'reads a packaged tigera-operator chart: its version is the Calico version',
      fixture: 'helm-chart-yaml/packaged/Chart.yaml',
      facts: [{ name: 'calico.version', value: '3.27.3', line: 4, column: 10 }],
      raws: { 0: 'v3.27.3' },
    },
    {
      title: 'reads dependencies on tigera-operator; a range within one minor (~3.29.0) is that minor, any patch; other charts are ignored',
      fixture: 'helm-chart-yaml/umbrella/Chart.yaml',
      facts: [
        { name: 'calico.version', value: '3.28.2', line: 6, column: 14 },
        { name: 'calico.version', value: '3.29', line: 13, column: 14 },
      ],
    },
    {
      title: "reads a third-party chart's appVersion as the operator version, not its own version as Calico",
      fixture: 'helm-chart-yaml/third-party/Chart.yaml',
      facts: [{ name: 'calico.operatorVersion', value: '1.30.9', line: 5, column: 13 }],
    },
  ],
  { root: 'sources-a' },
);
