import { describe, expect, it } from 'vitest';
import { evalLeaf } from '../../src/evaluate/leaf.js';
import { groupFactValues } from '../../src/evaluate/fact-values.js';
import type { Fact } from '../../src/model/fact.js';

const kernel = (value: string, candidates?: string[]): Fact => ({
  name: 'node.kernel',
  value,
  ...(candidates ? { candidates } : {}),
  origin: 'derived',
  source: 'test',
});

function bound(f: Fact) {
  return groupFactValues([f]).get('node.kernel')![0]!;
}

describe('a fact that is one of several candidates', () => {
  const range = kernel('5.4–5.15', ['5.4', '5.8', '5.11', '5.13', '5.15']);

  it('is true only when the condition holds for every candidate', () => {
    expect(evalLeaf({ fact: 'node.kernel', kernel: '<6.0.0' }, bound(range), 'unknown')).toBe('true');
  });

  it('is false only when the condition holds for none', () => {
    expect(evalLeaf({ fact: 'node.kernel', kernel: '<5.0.0' }, bound(range), 'unknown')).toBe('false');
  });

  it('is unknown when the candidates disagree, at both ends of the range', () => {
    expect(evalLeaf({ fact: 'node.kernel', kernel: '<5.7.0' }, bound(range), 'unknown')).toBe('unknown');
    expect(evalLeaf({ fact: 'node.kernel', kernel: '>=5.15.0' }, bound(range), 'unknown')).toBe('unknown');
  });

  it('groups apart from a pinned value of the same display text', () => {
    const values = groupFactValues([range, kernel('5.4–5.15')]).get('node.kernel')!;
    expect(values.map((v) => v.candidates?.length ?? 0).sort()).toEqual([0, 5]);
  });
});
