import { describe, expect, it } from 'vitest';
import { fluxChartSource } from '../../src/extract/flux-chart-source.js';
import { extractA, pin } from './sources-a-fixture.js';

describe('flux-chart-source', () => {
  it('reads the tigera-operator OCIRepository tag and HelmChart version (a wildcard is unresolved); other charts give nothing', () => {
    const facts = extractA(fluxChartSource, 'flux-chart-source/sources.yaml');
    expect(facts.map(pin)).toEqual([
      { name: 'calico.version', value: '3.29.1', at: '9:10' },
      { name: 'calico.version', value: '3.27.x', at: '17:12', unresolved: true },
    ]);
  });
});
