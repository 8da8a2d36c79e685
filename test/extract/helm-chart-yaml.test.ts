import { describe, expect, it } from 'vitest';
import { helmChartYaml } from '../../src/extract/helm-chart-yaml.js';
import { extractA, pin } from './sources-a-fixture.js';

describe('helm-chart-yaml', () => {
  it('does not take the source tree placeholder v0.0 for a version', () => {
    expect(extractA(helmChartYaml, 'helm-chart-yaml/upstream/Chart.yaml')).toEqual([]);
  });

  it('reads a packaged tigera-operator chart: its version is the Calico version', () => {
    const facts = extractA(helmChartYaml, 'helm-chart-yaml/packaged/Chart.yaml');
    expect(facts.map(pin)).toEqual([{ name: 'calico.version', value: '3.27.3', at: '4:10' }]);
    expect(facts[0]?.raw).toBe('v3.27.3');
  });

  it('reads dependencies on tigera-operator; a range is unresolved; other charts are ignored', () => {
    const facts = extractA(helmChartYaml, 'helm-chart-yaml/umbrella/Chart.yaml');
    expect(facts.map(pin)).toEqual([
      { name: 'calico.version', value: '3.28.2', at: '6:14' },
      { name: 'calico.version', value: '~3.29.0', at: '13:14', unresolved: true },
    ]);
  });

  it("reads a third-party chart's appVersion as the operator version, not its own version as Calico", () => {
    const facts = extractA(helmChartYaml, 'helm-chart-yaml/third-party/Chart.yaml');
    expect(facts.map(pin)).toEqual([{ name: 'calico.operatorVersion', value: '1.30.9', at: '5:13' }]);
  });
});
