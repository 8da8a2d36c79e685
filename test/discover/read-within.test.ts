import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileReader } from '../../src/discover/file-reader.js';
import { readWithin } from '../../src/discover/read-within.js';

// Symbolic links cannot live in fixtures portably: the tree is made here.
const base = mkdtempSync(join(tmpdir(), 'netcompat-read-within-'));
const root = join(base, 'repo');
mkdirSync(join(root, 'mod', 'values'), { recursive: true });
writeFileSync(join(root, 'mod', 'values', 'calico.yaml'), 'installation: {}\n');
writeFileSync(join(base, 'secret.yaml'), 'token: x\n');
symlinkSync(join(base, 'secret.yaml'), join(root, 'mod', 'link.yaml'));
symlinkSync(base, join(root, 'up'));
writeFileSync(join(root, 'big.yaml'), 'a: 1\n'.repeat(100));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('readWithin', () => {
  const read = (p: string, max?: number) => readWithin(root, p, new FileReader(max));
  it('reads a file inside the root', () => {
    expect(read('mod/values/calico.yaml')).toEqual({ text: 'installation: {}\n' });
    expect(read('mod/./values/../values/calico.yaml')).toEqual({ text: 'installation: {}\n' });
  });
  it('never opens what lies outside the root or behind a symbolic link', () => {
    expect(read('../secret.yaml')).toEqual({ reason: '../secret.yaml is outside the scanned directory' });
    expect(read('mod/../../secret.yaml')).toEqual({ reason: 'mod/../../secret.yaml is outside the scanned directory' });
    expect(read(join(base, 'secret.yaml'))).toMatchObject({ reason: expect.stringContaining('is outside the scanned directory') });
    expect(read('mod/link.yaml')).toEqual({ reason: 'mod/link.yaml goes through a symbolic link' });
    expect(read('up/secret.yaml')).toEqual({ reason: 'up/secret.yaml goes through a symbolic link' });
  });
  it('says why a missing file, a folder or an oversized file is not read', () => {
    expect(read('mod/none.yaml')).toEqual({ reason: 'mod/none.yaml does not exist' });
    expect(read('mod/values')).toEqual({ reason: 'mod/values is not a regular file' });
    expect(read('.')).toEqual({ reason: '. is outside the scanned directory' });
    expect(read('big.yaml', 100)).toEqual({ reason: 'big.yaml: 500 bytes is over the 100-byte limit' });
  });
});
