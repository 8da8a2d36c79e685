import { describe, expect, it } from 'vitest';
import { helmCattleChart } from '../../src/extract/helm-cattle-chart.js';
import { extractA, pin, textAt } from './sources-a-fixture.js';

describe('helm-cattle-chart', () => {
  it("reads HelmChartConfig valuesContent in place and a HelmChart's tigera-operator version", () => {
    const facts = extractA(helmCattleChart, 'helm-cattle-chart/rke2-calico-config.yaml');
    expect(facts.map(pin)).toEqual([
      { name: 'calico.ipipMode', value: 'Never', at: '13:26' },
      { name: 'calico.vxlanMode', value: 'Always', at: '13:26' },
      { name: 'calico.dataplane', value: 'BPF', at: '10:25' },
      // HelmChartConfig rke2-calico names RKE2 and its CNI (the RKE2 profile's rke2-calico defaults then apply).
      { name: 'installer.name', value: 'rke2', at: '4:9' },
      { name: 'cluster.cni', value: 'calico', at: '4:9' },
      { name: 'calico.version', value: '3.27.3', at: '23:12' },
    ]);
    expect([textAt(facts[0]?.place), textAt(facts[2]?.place)]).toEqual(['VXLAN', 'BPF']);
  });
});
