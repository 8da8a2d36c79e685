import { describe, expect, it } from 'vitest';
import { satisfiesVersion, versionCandidates } from '../../src/evaluate/versions.js';
import { normalizeVersion } from '../../src/extract/values.js';
import { plainValue } from '../../src/evaluate/render.js';

/** Installer release strings are Kubernetes versions with a build suffix: the rules see the Kubernetes part. */
describe('installer version strings', () => {
  it.each([
    ['v1.23.5+k0s.0', '1.23.5'],
    ['v1.28.3+k3s1', '1.28.3'],
    ['v1.28.8+rke2r1', '1.28.8'],
    ['v1.24.9-rancher1-1', '1.24.9'],
    ['v1.29.4-eks-036c24b', '1.29.4'],
  ])('%s is Kubernetes %s for every rule, and is kept as written', (written, k8s) => {
    const value = normalizeVersion(written)!;
    expect(value).toBe(written.slice(1));
    expect(versionCandidates(value)).toEqual([k8s]);
    expect(plainValue({ name: 'kubernetes.version', value })).toBe(written);
  });

  it('decides ranges on both sides of the boundary', () => {
    expect(satisfiesVersion('1.28.6+rke2r1', '<1.28.7')).toBe('true');
    expect(satisfiesVersion('1.28.7+rke2r1', '<1.28.7')).toBe('false');
    expect(satisfiesVersion('1.23.5+k0s.0', '>=1.23.5')).toBe('true');
    expect(satisfiesVersion('1.23.4+k0s.1', '>=1.23.5')).toBe('false');
    expect(satisfiesVersion('1.27.2+k3s1', '>=1.27.0 <1.30.0')).toBe('true');
  });
});
