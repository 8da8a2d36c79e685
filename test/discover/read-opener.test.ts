import { closeSync, constants, mkdtempSync, openSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileReader } from '../../src/discover/file-reader.js';
import { O_NOATIME, ReadOpener } from '../../src/discover/read-opener.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'netcompat-opener-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function errno(code: string): Error {
  return Object.assign(new Error(`${code}: stand-in`), { code });
}

describe('ReadOpener', () => {
  it('asks for O_NOATIME, and after one EPERM opens that file and every later one without it', () => {
    const calls: number[] = [];
    const NOATIME = 0o1000000;
    const opener = new ReadOpener((_path, flags) => {
      calls.push(flags);
      if (flags & NOATIME) throw errno('EPERM');
      return 7;
    }, NOATIME);
    expect(opener.fd('/a')).toBe(7);
    expect(opener.fd('/b')).toBe(7);
    expect(calls).toEqual([constants.O_RDONLY | NOATIME, constants.O_RDONLY, constants.O_RDONLY]);
  });

  it('passes on any other error and keeps asking for O_NOATIME', () => {
    const calls: number[] = [];
    const NOATIME = 0o1000000;
    let fail = true;
    const opener = new ReadOpener((_path, flags) => {
      calls.push(flags);
      if (fail) throw errno('ENOENT');
      return 3;
    }, NOATIME);
    expect(() => opener.fd('/gone')).toThrow('ENOENT: stand-in');
    fail = false;
    expect(opener.fd('/here')).toBe(3);
    expect(calls).toEqual([constants.O_RDONLY | NOATIME, constants.O_RDONLY | NOATIME]);
  });

  it('without the flag (a platform that has none) opens read-only at once', () => {
    const calls: number[] = [];
    const opener = new ReadOpener((_path, flags) => (calls.push(flags), 5), 0);
    expect(opener.fd('/a')).toBe(5);
    expect(calls).toEqual([constants.O_RDONLY]);
  });

  it('opens a real file for reading (its descriptor reads it)', () => {
    const abs = join(dir, 'real.yaml');
    writeFileSync(abs, 'a: 1\n');
    const fd = new ReadOpener().fd(abs);
    try {
      expect(statSync(abs).size).toBe(5);
      expect(fd).toBeGreaterThanOrEqual(0);
    } finally {
      closeSync(fd);
    }
  });

  // Only Linux has the flag. A file whose access time is older than its change time has it updated by a
  // plain read under `relatime` (and `strictatime`); with O_NOATIME the reader leaves it as it was.
  it.runIf(O_NOATIME !== 0)("leaves a file's access time as it was when the reader reads it (Linux)", () => {
    const abs = join(dir, 'old-atime.yaml');
    writeFileSync(abs, 'kind: KubeProxyConfiguration\n');
    const old = new Date('2001-02-03T04:05:06Z');
    utimesSync(abs, old, statSync(abs).mtime);
    const read = new FileReader().read({ path: 'old-atime.yaml', abs });
    expect('bytes' in read && read.bytes.toString('utf8')).toBe('kind: KubeProxyConfiguration\n');
    expect(statSync(abs).atime.toISOString()).toBe('2001-02-03T04:05:06.000Z');
  });

  it.runIf(O_NOATIME !== 0)('the same file read without O_NOATIME does get a new access time here (the test above can fail)', () => {
    const abs = join(dir, 'old-atime-plain.yaml');
    writeFileSync(abs, 'a: 1\n');
    const old = new Date('2001-02-03T04:05:06Z');
    utimesSync(abs, old, statSync(abs).mtime);
    const read = new FileReader(undefined, new ReadOpener(openSync, 0)).read({ path: 'old-atime-plain.yaml', abs });
    expect('bytes' in read).toBe(true);
    const mount = statSync(abs).atime.toISOString();
    // A `noatime` mount never updates it; then this file system cannot show the difference.
    if (mount === '2001-02-03T04:05:06.000Z') return;
    expect(statSync(abs).atime.getTime()).toBeGreaterThan(old.getTime());
  });
});
