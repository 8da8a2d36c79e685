import { describe, expect, it } from 'vitest';
import { rkeChartVersions } from '../../src/extract/rke-chart-versions.js';
import { extractB, pin } from './sources-b-fixture.js';

describe('rke-chart-versions', () => {
  it('decodes the bundled rke2-calico chart (v3.27.300 = Calico 3.27.3) as a default; canal and CRD charts give nothing', () => {
    const facts = extractB(rkeChartVersions, 'rke-chart-versions/chart_versions.yaml');
    expect(facts.map(pin)).toEqual([{ name: 'calico.version', value: '3.27.3', at: '5:14', origin: 'default' }]);
    expect(facts[0]?.raw).toBe('v3.27.300');
  });
});
