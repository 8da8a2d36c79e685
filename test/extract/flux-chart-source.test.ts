import { fluxChartSource } from '../../src/extract/flux-chart-source.js';
import { testExtractor } from './tester.js';

testExtractor(
  fluxChartSource,
  [
    {
      title:
        'reads the tigera-operator OCIRepository tag and HelmChart version (a wildcard within one minor is that minor, any patch); other charts give nothing',
      fixture: 'flux-chart-source/sources.yaml',
      facts: [
        { name: 'calico.version', value: '3.29.1', line: 9, column: 10 },
        { name: 'calico.version', value: '3.27', line: 17, column: 12 },
      ],
    },
  ],
  { root: 'sources-a' },
);
