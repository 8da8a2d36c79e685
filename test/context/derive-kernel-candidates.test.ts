import { describe, expect, it } from 'vitest';
import { applyDerivations } from '../../src/context/derive.js';
import type { Fact } from '../../src/model/fact.js';

const os = (candidates: string[]): Fact => ({
  name: 'node.os',
  value: `one of ${candidates.join(', ')}`,
  candidates,
  origin: 'default',
  source: 'test',
});
const kernel = (facts: Fact[]) => applyDerivations(facts).find((f) => f.name === 'node.kernel');

describe('kernel from an OS that is one of several', () => {
  it('is one of the series those releases run, in version order', () => {
    expect(kernel([os(['talos-1.12', 'talos-1.4', 'talos-1.9'])])).toMatchObject({ value: '6.1–6.18', candidates: ['6.1', '6.12', '6.18'], origin: 'derived' });
  });

  it('is exact when every candidate runs the same series', () => {
    const k = kernel([os(['talos-1.7', 'talos-1.8'])]);
    expect(k?.value).toBe('6.6');
    expect(k?.candidates).toBeUndefined();
  });

  it('is unknown when one candidate is not in the OS table', () => {
    expect(kernel([os(['talos-1.7', 'talos-9.9'])])).toBeUndefined();
  });

  it('a running kernel in the repository wins', () => {
    const running: Fact = { name: 'node.kernel', value: '5.10.0', origin: 'repository', source: 'test' };
    expect(kernel([os(['talos-1.7']), running])).toBe(running);
  });
});
