import { describe, expect, it } from 'vitest';
import { kustomizeHelmCharts } from '../../src/extract/kustomize-helm-charts.js';
import { extractA, pin } from './sources-a-fixture.js';

describe('kustomize-helm-charts', () => {
  it('reads the tigera-operator chart version and its valuesInline; other charts give nothing', () => {
    const facts = extractA(kustomizeHelmCharts, 'kustomize-helm-charts/kustomization.yaml');
    expect(facts.map(pin)).toEqual([
      { name: 'calico.version', value: '3.28.2', at: '6:14' },
      { name: 'calico.operatorVersion', value: '1.34.5', at: '17:18' },
      { name: 'calico.ipipMode', value: 'Never', at: '14:30' },
      { name: 'calico.vxlanMode', value: 'CrossSubnet', at: '14:30' },
      { name: 'calico.dataplane', value: 'Iptables', at: '11:27' },
      { name: 'calico.version', value: '${CALICO_VERSION}', at: '27:14', unresolved: true },
    ]);
  });
});
