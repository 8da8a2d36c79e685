import { describe, expect, it } from 'vitest';
import { aksEngineApiModel } from '../../src/extract/aks-engine-api-model.js';
import { brief, extractFixture } from './helpers.js';

describe('aks-engine-api-model', () => {
  it('reads the release, kube-proxy mode, Calico policy-only and each pool distro, with places', () => {
    const facts = extractFixture(aksEngineApiModel, 'calico-policy.json');
    expect(facts.map(brief)).toEqual([
      { name: 'cluster.definition', value: '', line: 4, column: 28 },
      { name: 'kubernetes.version', value: '1.18', line: 5, column: 30 },
      { name: 'kubeProxy.mode', value: 'ipvs', line: 7, column: 26 },
      { name: 'calico.ipipMode', value: 'Never', line: 8, column: 26 },
      { name: 'calico.vxlanMode', value: 'Never', line: 8, column: 26 },
      { name: 'node.os', value: 'ubuntu-18.04', line: 12, column: 46 },
      { name: 'node.os', value: 'ubuntu', line: 14, column: 36, unresolved: true },
    ]);
    expect(facts[3]?.note).toMatch(/policy only, no IPIP or VXLAN/);
  });

  it('ignores JSON that is not an API model', () => {
    expect(extractFixture(aksEngineApiModel, 'not-aks.json')).toEqual([]);
  });
});
