import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Fingerprints } from '../../src/model/fingerprints.js';

// A result shared by hundreds of clusters and Services holds one fingerprint per cluster and Service:
// held as bytes, read back as the same texts in the same order.
const hex = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);

describe('the fingerprints of a result', () => {
  const prints = Array.from({ length: 37 }, (_, i) => hex(`p${i}`));

  it('give back every fingerprint in order, as text, past the room first kept', () => {
    const list = new Fingerprints(prints.slice(0, 3));
    for (const p of prints.slice(3)) list.push(p);
    expect(list.length).toBe(37);
    expect([...list]).toEqual(prints);
    expect(list.at(0)).toBe(prints[0]);
    expect(list.at(36)).toBe(prints[36]);
    expect(list.at(37)).toBeUndefined();
    list.trim();
    expect(list.toJSON()).toEqual(prints);
    expect(JSON.stringify({ f: list })).toBe(JSON.stringify({ f: prints }));
  });

  it('take another list whole, in order, as bytes or as texts', () => {
    const list = new Fingerprints(prints.slice(0, 5));
    list.pushAll(new Fingerprints(prints.slice(5, 30)));
    expect([...list]).toEqual(prints.slice(0, 30));
    list.pushAll(new Fingerprints(['fp-x', prints[30]!]));
    expect([...list]).toEqual([...prints.slice(0, 30), 'fp-x', prints[30]]);
    const texts = new Fingerprints(['fp-y']);
    texts.pushAll(new Fingerprints(prints.slice(0, 2)));
    expect([...texts]).toEqual(['fp-y', ...prints.slice(0, 2)]);
  });

  it('know which they hold', () => {
    const list = new Fingerprints(prints.slice(0, 10));
    expect(list.includes(prints[9]!)).toBe(true);
    expect(list.includes(prints[10]!)).toBe(false);
    expect(list.includes('not-a-fingerprint')).toBe(false);
  });

  it('keep any other text as it is, in order', () => {
    const list = new Fingerprints([prints[0]!, 'fp-b']);
    list.push(prints[1]!);
    expect([...list]).toEqual([prints[0], 'fp-b', prints[1]]);
    expect(list.includes('fp-b')).toBe(true);
    expect(list.length).toBe(3);
    // Upper-case hex is not what fingerprint() makes: kept as written, not lower-cased.
    expect([...new Fingerprints(['ABCDEF00000000000000000000000000'])]).toEqual(['ABCDEF00000000000000000000000000']);
    // Not hex only at its end: the fingerprints before it are read back unchanged.
    const odd = `${prints[2]!.slice(0, 31)}z`;
    expect([...new Fingerprints([prints[0]!, odd, prints[1]!])]).toEqual([prints[0], odd, prints[1]]);
  });
});
