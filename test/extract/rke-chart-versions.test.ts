import { rkeChartVersions } from '../../src/extract/rke-chart-versions.js';
import { SETTINGS, testExtractor } from './tester.js';

testExtractor(
  rkeChartVersions,
  [
    {
      title: 'decodes the bundled rke2-calico chart (v3.27.300 = Calico 3.27.3) as a default; canal and CRD charts give nothing',
      fixture: 'rke-chart-versions/chart_versions.yaml',
      facts: [{ name: 'calico.version', value: '3.27.3', line: 5, column: 14, origin: 'default' }],
      raws: { 0: 'v3.27.300' },
    },
  ],
  { root: 'sources-b', pipeline: true, only: SETTINGS },
);
