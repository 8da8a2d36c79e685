import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/parse/hcl/hcl-text.js';

/** Line and column found the plain way: count the line ends before the offset. */
function counted(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

describe('LineIndex', () => {
  const text = 'a = 1\n\nresource "x" "y" {\n  b = "c"\n}\n\n\nlast';

  it('gives 1-based lines and columns, the first and last offsets included', () => {
    const lines = new LineIndex(text);
    expect(lines.at(0)).toEqual({ line: 1, column: 1 });
    expect(lines.at(6)).toEqual({ line: 2, column: 1 });
    expect(lines.at(7)).toEqual({ line: 3, column: 1 });
    expect(lines.at(text.length)).toEqual({ line: 8, column: 5 });
    expect(lines.lineStart(3)).toBe(7);
  });

  // It remembers the line of its last answer (readers ask in text order): asked in any order, forwards,
  // backwards, twice the same, or skipping lines, it answers as counting does.
  it('answers as counting line ends does, whatever order it is asked in', () => {
    const offsets = [...Array(text.length + 1).keys()];
    const orders = [offsets, [...offsets].reverse(), offsets.flatMap((o) => [o, o]), offsets.filter((o) => o % 7 === 0), [40, 0, 41, 5, 6, 30, 12, 45, 45, 1]];
    for (const order of orders) {
      const lines = new LineIndex(text);
      expect(order.map((o) => lines.at(o))).toEqual(order.map((o) => counted(text, o)));
    }
  });

  it('reads a text without a line end and an empty one', () => {
    expect(new LineIndex('abc').at(2)).toEqual({ line: 1, column: 3 });
    expect(new LineIndex('').at(0)).toEqual({ line: 1, column: 1 });
    const ends = new LineIndex('\n\n\n');
    expect([3, 0, 1, 2].map((o) => ends.at(o))).toEqual([
      { line: 4, column: 1 },
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
    ]);
  });
});
