import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText, FileReader } from '../../src/discover/file-reader.js';

let dir: string;

function file(name: string, bytes: Buffer | string): { path: string; abs: string } {
  const abs = join(dir, name);
  writeFileSync(abs, bytes);
  return { path: name, abs };
}

function bytesOf(read: ReturnType<FileReader['read']>): Buffer {
  if ('skipped' in read) throw new Error(`skipped: ${read.skipped.reason}`);
  return Buffer.from(read.bytes);
}

/** `n` bytes of YAML-ish lines in which the line number makes every stretch of the file different. */
function distinct(n: number): Buffer {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < n; i++) {
    const line = `key${i}: value-${i}\n`;
    lines.push(line);
    size += line.length;
  }
  return Buffer.from(lines.join('')).subarray(0, n);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'netcompat-reader-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('FileReader', () => {
  it('reads a file larger than its first 1 MiB buffer whole, then a small file as only its own bytes', () => {
    const reader = new FileReader();
    const big = distinct(2_500_000);
    expect(bytesOf(reader.read(file('big.yaml', big))).equals(big)).toBe(true);
    // The buffer has grown and is reused: the next read gives exactly the small file's bytes.
    expect(bytesOf(reader.read(file('small.yaml', 'a: 1\n'))).toString('utf8')).toBe('a: 1\n');
    const bigger = distinct(3_300_001);
    expect(bytesOf(reader.read(file('bigger.yaml', bigger))).equals(bigger)).toBe(true);
    expect(bytesOf(reader.read(file('big.yaml', big))).equals(big)).toBe(true);
  });

  it('keeps the size cap on both sides of it, also past the first buffer', () => {
    const reader = new FileReader(1_200_000);
    expect(bytesOf(reader.read(file('at-cap.yaml', distinct(1_200_000)))).length).toBe(1_200_000);
    expect(reader.read(file('over-cap.yaml', distinct(1_200_001)))).toEqual({
      skipped: { path: 'over-cap.yaml', reason: 'too-large', detail: '1200001 bytes is over the 1200000-byte limit' },
    });
    // The reader still works after a file it refused.
    expect(bytesOf(reader.read(file('small.yaml', 'b: 2\n'))).toString('utf8')).toBe('b: 2\n');
  });
});

describe('decodeText', () => {
  const reference = new TextDecoder('utf-8');

  /** About `n` bytes of two-, three- and four-byte characters, in a stride that does not divide 256 KiB, ASCII-padded to exactly `n`. */
  function mixed(n: number): string {
    const unit = 'ab \u00e9 \u914d \u{1f600} x\n';
    let s = unit.repeat(Math.floor(n / Buffer.byteLength(unit)));
    while (Buffer.byteLength(s) > n - 16) s = s.slice(0, -unit.length);
    return s + 'x'.repeat(n - Buffer.byteLength(s));
  }

  it('gives what one TextDecoder call gives for texts decoded in pieces: a U+FEFF at a piece start kept, a leading one dropped', () => {
    // The first piece ends at byte 262,144 (256 KiB): a U+FEFF there is text, not a byte-order mark.
    const body = `${mixed(262_144)}\ufeff${mixed(500_000)}`;
    expect(decodeText(Buffer.from(body))).toBe(body);
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${mixed(262_141)}\ufeff${mixed(500_000)}`)]);
    const text = decodeText(withBom);
    expect(text).toBe(reference.decode(withBom));
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.split('\ufeff').length).toBe(2);
  });

  it('never cuts a character that straddles where a piece would end', () => {
    for (const lead of [262_143, 262_142, 262_141]) {
      const straddling = Buffer.from(mixed(lead) + '\u914d\u{1f600}'.repeat(60_000));
      expect(decodeText(straddling)).toBe(reference.decode(straddling));
    }
  });

  it('splits nothing at or below one piece', () => {
    const piece = Buffer.from('\u00e9'.repeat(131_072));
    expect(piece.length).toBe(262_144);
    expect(decodeText(piece)).toBe('\u00e9'.repeat(131_072));
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
  });
});
