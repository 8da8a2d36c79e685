import { describe, expect, it } from 'vitest';
import { fluxHelmRelease } from '../../src/extract/flux-helm-release.js';
import { extractA, pin, textAt } from './sources-a-fixture.js';

describe('flux-helm-release', () => {
  const facts = extractA(fluxHelmRelease, 'flux-helm-release/helmrelease.yaml');

  it('reads chart version and values; a postBuild default is used and labelled; chartRef releases give values only', () => {
    expect(facts.map(pin)).toEqual([
      { name: 'calico.version', value: '3.28.2', at: '11:16' },
      { name: 'calico.ipipMode', value: 'Never', at: '21:28' },
      { name: 'calico.vxlanMode', value: 'CrossSubnet', at: '21:28' },
      { name: 'calico.dataplane', value: 'BPF', at: '18:25' },
      { name: 'calico.ipipMode', value: 'Always', at: '37:28' },
      { name: 'calico.vxlanMode', value: 'Never', at: '37:28' },
      { name: 'calico.version', value: '*', at: '47:14', unresolved: true },
    ]);
    expect(facts[1]?.note).toBe('default of ${CALICO_ENCAPSULATION:=VXLANCrossSubnet}');
    expect(facts[6]?.note).toBe('no chart version: Flux installs the newest release');
    expect(textAt(facts[6]?.place)).toBe('tigera-operator');
  });

  it('ignores releases of other charts', () => {
    expect(facts.filter((f) => (f.place?.line ?? 0) > 49)).toEqual([]);
  });
});
