import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { expandedSize } from '../../src/parse/alias-budget.js';

describe('expandedSize', () => {
  it('counts nodes as if aliases were expanded', () => {
    // map + (key a, seq, 2 items) + (key b, alias → seq of 3 nodes)
    expect(expandedSize(parseDocument('a: &x [1, 2]\nb: *x\n'))).toBe(1 + 1 + 3 + 1 + 3);
  });

  it('stops at the limit, also for nine levels of nine aliases', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    expect(expandedSize(parseDocument(levels.join('\n')), 1000)).toBe(1001);
  });

  it('treats a self-referencing alias as unbounded instead of looping', () => {
    const doc = parseDocument('a: &a [1, *a]\n');
    expect(expandedSize(doc, 50)).toBe(51);
  });
});
