import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { satisfiesVersion } from '../../src/evaluate/versions.js';
import { explicitFacts } from '../../src/inputs/options.js';
import { scan } from '../../src/scan.js';

/**
 * A version without a patch (`3.28` from a chart range `3.28.x`, a manifest URL `…/v3.28/…`, a k3s minor
 * channel) is any patch of that minor: decided only where every patch agrees. A range may name a single patch
 * inside the minor (`… || 3.28.1`) or leave one out (`3.28.0 || >=3.28.2`): those patches count too.
 */
describe('minor-only versions', () => {
  it.each([
    // CAL-VXLAN-CSUM-OFF-PERF's any-kernel branch: 3.28.1 alone is affected within 3.28.
    ['3.28', '>=3.24.6 <3.28.0 || 3.28.1', 'unknown'],
    ['3.27', '>=3.24.6 <3.28.0 || 3.28.1', 'true'],
    ['3.29', '>=3.24.6 <3.28.0 || 3.28.1', 'false'],
    // Its old-kernel branch leaves 3.28.1 out.
    ['3.28', '3.28.0 || >=3.28.2', 'unknown'],
    ['3.29', '3.28.0 || >=3.28.2', 'true'],
    // KP-HYPERKUBE-NFT-ON-LEGACY: one patch per minor.
    ['1.17', '1.16.11 || 1.17.7 || 1.18.4', 'unknown'],
    ['1.19', '1.16.11 || 1.17.7 || 1.18.4', 'false'],
    // Ranges that do not split the minor are decided as before.
    ['1.27', '<1.28.0', 'true'],
    ['1.27', '<1.27.5', 'unknown'],
    ['1.30', '>=1.27.0 <1.27.11 || >=1.28.0 <1.28.7 || >=1.29.0 <1.29.2', 'false'],
    ['v1.28', '>=1.27.0 <1.27.11 || >=1.28.0 <1.28.7 || >=1.29.0 <1.29.2', 'unknown'],
  ])('%s against "%s" is %s', (value, range, expected) => {
    expect(satisfiesVersion(value, range)).toBe(expected);
  });

  it('leaves a full version to the range alone: 3.28.1 and 3.28.2 on both sides of the island', () => {
    expect(satisfiesVersion('3.28.1', '>=3.24.6 <3.28.0 || 3.28.1')).toBe('true');
    expect(satisfiesVersion('3.28.2', '>=3.24.6 <3.28.0 || 3.28.1')).toBe('false');
    expect(satisfiesVersion('3.28.0', '>=3.24.6 <3.28.0 || 3.28.1')).toBe('false');
  });
});

/** A Flux HelmRelease of tigera-operator `3.28.x` with a VXLAN pool, on 5.15 kernels (an explicit input). */
describe('a chart range within one minor, through the rules', () => {
  const dir = fileURLToPath(new URL('../fixtures/evaluate-minor/flux-minor-range/', import.meta.url));

  it('decides only what every 3.28 patch agrees on: never a finding for 3.28.0 or 3.28.1 alone', async () => {
    const result = await scan({ root: dir, explicit: explicitFacts({ 'kernel-version': '5.15.0-105-generic' }), today: '2026-01-01' });
    expect(result.findings.map((f) => f.ruleId)).toEqual([]);
    // 3.28.0 (no SNAT fix) and 3.28.1 (offload off on every kernel) are affected, the later patches are not.
    expect(result.undetermined.map((u) => u.ruleId).sort()).toEqual(expect.arrayContaining(['CAL-VXLAN-CSUM-OFF-PERF', 'CAL-VXLAN-CSUM-SNAT-CORRUPT']));
    // Every 3.28 patch has the backend detection fix (3.25.2) and the kube-controllers fix (3.26.0).
    const decided = new Set([...result.findings, ...result.undetermined].map((r) => r.ruleId));
    expect(decided.has('CAL-IPT-BACKEND-DETECT')).toBe(false);
    expect(decided.has('CAL-KC-POD-CACHE-LEAK')).toBe(false);
    expect(decided.has('CAL-IPT-DEFAULT-LEGACY')).toBe(false);
  });
});
