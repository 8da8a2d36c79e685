import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readText } from '../../src/discover/read-text.js';

let dir: string;

function file(name: string, bytes: Buffer | string): { path: string; abs: string } {
  const abs = join(dir, name);
  writeFileSync(abs, bytes);
  return { path: name, abs };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'netcompat-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readText', () => {
  it('gives the text of UTF-8 files, without a byte-order mark', async () => {
    expect(await readText(file('ok.yaml', 'kind: ConfigMap # 配置\n'))).toEqual({ text: 'kind: ConfigMap # 配置\n' });
    expect(await readText(file('bom.yaml', Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x3a, 0x20, 0x31])))).toEqual({ text: 'a: 1' });
  });

  it('skips binary, non-UTF-8, empty and missing files, each with its reason', async () => {
    expect(await readText(file('image.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])))).toEqual({
      skipped: { path: 'image.yaml', reason: 'binary', detail: 'contains NUL bytes' },
    });
    expect(await readText(file('latin1.yaml', Buffer.from('name: caf\xe9\n', 'latin1')))).toEqual({
      skipped: { path: 'latin1.yaml', reason: 'not-utf8', detail: 'not valid UTF-8 text' },
    });
    expect(await readText(file('empty.yaml', ''))).toEqual({ skipped: { path: 'empty.yaml', reason: 'empty', detail: 'empty file', quiet: true } });
    const gone = await readText({ path: 'gone.yaml', abs: join(dir, 'gone.yaml') });
    expect('skipped' in gone && gone.skipped.reason).toBe('unreadable');
  });
});
