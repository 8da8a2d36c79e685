import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover, type Discovered } from '../../src/discover/discover.js';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'netcompat-discover-'));
  root = join(base, 'repo');
  mkdirSync(join(root, 'b', 'deep'), { recursive: true });
  mkdirSync(join(root, 'node_modules', 'x'), { recursive: true });
  mkdirSync(join(root, '.hidden'), { recursive: true });
  mkdirSync(join(base, 'outside'), { recursive: true });
  writeFileSync(join(base, 'outside', 'secret.yaml'), 'kind: Secret\n');
  writeFileSync(join(root, 'a.yaml'), 'kind: A\n');
  writeFileSync(join(root, 'b', 'deep', 'c.yml'), 'kind: C\n');
  writeFileSync(join(root, 'b', 'd.json'), '{}\n');
  writeFileSync(join(root, 'b', 'readme.md'), '# not config\n');
  writeFileSync(join(root, 'big.yaml'), `kind: Big\n${'#'.repeat(2000)}\n`);
  writeFileSync(join(root, 'node_modules', 'x', 'dep.yaml'), 'kind: Dep\n');
  writeFileSync(join(root, '.hidden', 'h.yaml'), 'kind: H\n');
  symlinkSync(join(base, 'outside', 'secret.yaml'), join(root, 'escape.yaml'));
  symlinkSync(join(root, 'a.yaml'), join(root, 'alias.yaml'));
  symlinkSync(join(base, 'outside'), join(root, 'linked-dir'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

async function list(opts: Partial<Parameters<typeof discover>[0]> = {}): Promise<Discovered[]> {
  const out: Discovered[] = [];
  for await (const item of discover({ root, maxBytes: 1000, ...opts })) out.push(item);
  return out;
}

function summary(items: Discovered[]): string[] {
  return items.map((i) => ('file' in i ? `file ${i.file.path}` : `skip ${i.skipped.path} ${i.skipped.reason}${i.skipped.quiet ? ' quiet' : ''}`));
}

describe('discover', () => {
  it('lists YAML and JSON files in sorted order, dot folders included; never follows symbolic links; caps the size', async () => {
    expect(summary(await list())).toEqual([
      'file .hidden/h.yaml',
      'file a.yaml',
      'skip alias.yaml symlink quiet',
      'file b/d.json',
      'file b/deep/c.yml',
      'skip big.yaml too-large',
      'skip escape.yaml symlink-outside',
    ]);
  });

  it('says why a file is too large, and honours include and exclude globs', async () => {
    const items = await list({ include: ['**/*.yaml'], exclude: ['a.yaml'] });
    expect(summary(items)).toEqual(['file .hidden/h.yaml', 'skip alias.yaml symlink quiet', 'skip big.yaml too-large', 'skip escape.yaml symlink-outside']);
    const big = items.find((i) => 'skipped' in i && i.skipped.path === 'big.yaml');
    expect(big && 'skipped' in big ? big.skipped.detail : '').toBe('2011 bytes is over the 1000-byte limit');
  });
});
