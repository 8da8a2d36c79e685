import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { extractB, pin, textAt } from './sources-b-fixture.js';

describe('capi-embedded-docs (YAML carried in ConfigMaps and kubeadm files)', () => {
  const facts = extractB(EXTRACTORS, 'capi-embedded-docs/crs-addons.yaml');
  const pick = (name: string) => facts.filter((f) => f.name === name && f.origin !== 'default').map(pin);

  it('reads a ClusterResourceSet addon like any manifest, placed in the outer file', () => {
    expect(pick('calico.version')).toEqual([{ name: 'calico.version', value: '3.26.1', at: '29:22' }]);
    expect(pick('calico.vxlanMode')).toEqual([{ name: 'calico.vxlanMode', value: 'Always', at: '32:26' }]);
    expect(textAt(facts.find((f) => f.name === 'calico.version')?.place)).toBe('docker.io/calico/node:v3.26.1');
  });

  it('reads a ConfigMap inside a ConfigMap, and a KubeProxyConfiguration in kubeadm files, once each', () => {
    expect(pick('kubeProxy.mode')).toEqual([
      { name: 'kubeProxy.mode', value: 'ipvs', at: '43:15' },
      { name: 'kubeProxy.mode', value: 'ipvs', at: '59:17' },
    ]);
    expect(textAt(facts.find((f) => f.name === 'kubeProxy.mode' && f.place?.line === 59)?.place)).toBe('ipvs');
  });

  it('still reads the outer documents', () => {
    expect(pick('kubernetes.version')).toEqual([{ name: 'kubernetes.version', value: '1.28.3', at: '50:12' }]);
  });
});
