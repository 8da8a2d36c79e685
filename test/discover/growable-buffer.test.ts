import { describe, expect, it } from 'vitest';
import { GrowableBuffer } from '../../src/discover/growable-buffer.js';

/** Both ways a GrowableBuffer holds its bytes: WebAssembly memory (the default here) and a Buffer. */
const WAYS = [
  ['WebAssembly memory', undefined],
  ['a Buffer (WebAssembly turned off)', null],
] as const;

describe.each(WAYS)('GrowableBuffer in %s', (_name, way) => {
  const make = (initial: number) => (way === null ? new GrowableBuffer(initial, null) : new GrowableBuffer(initial));

  it('keeps what it holds when it grows, and never shrinks', () => {
    const b = make(100_000);
    const first = b.bytes.length;
    expect(first).toBe(way === null ? 100_000 : 131_072);
    b.bytes.fill(7, 0, first);
    b.bytes[first - 1] = 9;
    b.grow(first + 1);
    expect(b.bytes.length).toBe(way === null ? first + 1 : 196_608);
    expect(b.bytes[0]).toBe(7);
    expect(b.bytes[first - 2]).toBe(7);
    expect(b.bytes[first - 1]).toBe(9);
    const grown = b.bytes.length;
    b.grow(10);
    expect(b.bytes.length).toBe(grown);
    b.grow(3_000_000);
    expect(b.bytes.length).toBeGreaterThanOrEqual(3_000_000);
    expect(b.bytes[first - 1]).toBe(9);
  });
});

describe('GrowableBuffer by default', () => {
  it('uses WebAssembly memory where the runtime has it (64 KiB pages)', () => {
    expect(typeof (globalThis as { WebAssembly?: unknown }).WebAssembly).toBe('object');
    expect(new GrowableBuffer(1).bytes.length).toBe(65_536);
  });
});
