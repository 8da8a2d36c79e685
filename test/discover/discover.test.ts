import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover, type Discovered } from '../../src/discover/discover.js';
import { FileReader } from '../../src/discover/file-reader.js';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'netcompat-discover-'));
  root = join(base, 'repo');
  mkdirSync(join(root, 'b', 'deep'), { recursive: true });
  mkdirSync(join(root, 'b.d'), { recursive: true });
  mkdirSync(join(root, 'node_modules', 'x'), { recursive: true });
  mkdirSync(join(root, 'vendor', 'y'), { recursive: true });
  mkdirSync(join(root, '.hidden'), { recursive: true });
  mkdirSync(join(base, 'outside'), { recursive: true });
  writeFileSync(join(base, 'outside', 'secret.yaml'), 'kind: Secret\n');
  writeFileSync(join(base, 'top.yaml'), 'kind: Top\n');
  writeFileSync(join(root, 'a.yaml'), 'kind: A\n');
  writeFileSync(join(root, 'b', 'deep', 'c.yml'), 'kind: C\n');
  writeFileSync(join(root, 'b', 'd.json'), '{}\n');
  writeFileSync(join(root, 'b', 'cp.yaml.j2'), 'kind: KubeProxyConfig\n');
  writeFileSync(join(root, 'b', 'cp.yml.j2'), 'kind: KubeProxyConfig\n');
  writeFileSync(join(root, 'b', 'motd.txt.j2'), 'hello {{ name }}\n');
  writeFileSync(join(root, 'b', 'kubeadm-config.j2'), 'kind: ClusterConfiguration\n');
  writeFileSync(join(root, 'b', 'kubeadm.conf.j2'), 'kind: ClusterConfiguration\n');
  writeFileSync(join(root, 'b', 'http_proxy.conf.j2'), '[Service]\n');
  writeFileSync(join(root, 'b', 'readme.md'), '# not config\n');
  writeFileSync(join(root, 'b.d', 'e.yaml'), 'kind: E\n');
  writeFileSync(join(root, 'b.yaml'), 'kind: B\n');
  writeFileSync(join(root, 'hosts'), '[all]\n');
  writeFileSync(join(root, 'big.yaml'), `kind: Big\n${'#'.repeat(2000)}\n`);
  writeFileSync(join(root, 'node_modules', 'x', 'dep.yaml'), 'kind: Dep\n');
  writeFileSync(join(root, 'vendor', 'y', 'v.yaml'), 'kind: V\n');
  writeFileSync(join(root, '.hidden', 'h.yaml'), 'kind: H\n');
  symlinkSync(join(base, 'outside', 'secret.yaml'), join(root, 'escape.yaml'));
  symlinkSync(join(root, 'a.yaml'), join(root, 'alias.yaml'));
  symlinkSync(join(base, 'outside'), join(root, 'linked-dir'));
  symlinkSync(join(base, 'outside'), join(root, 'linked-dir.yaml'));
  symlinkSync(join(root, 'b'), join(root, 'b', 'deep', 'loop'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Discovery and the reader together, as the scan runs them. */
function list(opts: Partial<Parameters<typeof discover>[0]> = {}): Discovered[] {
  const reader = new FileReader(1000);
  const out: Discovered[] = [];
  for (const item of discover({ root, ...opts })) {
    if ('skipped' in item) {
      out.push(item);
      continue;
    }
    const read = reader.read(item.file);
    out.push('skipped' in read ? read : item);
  }
  return out;
}

function summary(items: Discovered[]): string[] {
  return items.map((i) => ('file' in i ? `file ${i.file.path}` : `skip ${i.skipped.path} ${i.skipped.reason}${i.skipped.quiet ? ' quiet' : ''}`));
}

describe('discover', () => {
  it('lists YAML, JSON and inventories in sorted path order, dot folders included; never follows symbolic links to files or folders; caps the size', () => {
    expect(summary(list())).toEqual([
      'file .hidden/h.yaml',
      'file a.yaml',
      'skip alias.yaml symlink quiet',
      'file b.d/e.yaml',
      'file b.yaml',
      'file b/cp.yaml.j2',
      'file b/cp.yml.j2',
      'file b/d.json',
      'file b/deep/c.yml',
      'file b/kubeadm-config.j2',
      'file b/kubeadm.conf.j2',
      'skip big.yaml too-large',
      'skip escape.yaml symlink-outside',
      'file hosts',
      'skip linked-dir.yaml symlink-outside',
      'file vendor/y/v.yaml',
    ]);
  });

  it('says why a file is too large, and honours include and exclude globs', () => {
    const items = list({ include: ['**/*.yaml'], exclude: ['a.yaml', 'vendor/**'] });
    expect(summary(items)).toEqual([
      'file .hidden/h.yaml',
      'skip alias.yaml symlink quiet',
      'file b.d/e.yaml',
      'file b.yaml',
      'skip big.yaml too-large',
      'skip escape.yaml symlink-outside',
      'skip linked-dir.yaml symlink-outside',
    ]);
    const big = items.find((i) => 'skipped' in i && i.skipped.path === 'big.yaml');
    expect(big && 'skipped' in big ? big.skipped.detail : '').toBe('2011 bytes is over the 1000-byte limit');
  });

  it('never looks outside the root, whatever the include patterns say', () => {
    const items = list({ include: ['../*.yaml', '../outside/**', `${base}/top.yaml`, '/etc/**', 'b/**/*.yml', `${root}/b.yaml`] });
    expect(summary(items)).toEqual(['file b.yaml', 'file b/deep/c.yml']);
  });
});

describe('discover: plain-path excludes and backup copies', () => {
  let tree: string;
  beforeAll(() => {
    tree = mkdtempSync(join(tmpdir(), 'netcompat-discover-bak-'));
    for (const f of [
      'keep.yaml',
      'sub/keep.yaml',
      'b/d.json',
      'b/keep.json',
      'b.d/e.yaml',
      'old.bak/sub/deep/k.yaml',
      'prod-backup/x.yaml',
      'prod/x.yaml',
      'apps/etcd-backup/cronjob.yaml',
      'live/hosts.orig',
      'live/c.yaml',
    ]) {
      mkdirSync(join(tree, f, '..'), { recursive: true });
      writeFileSync(join(tree, f), 'kind: X\n');
    }
  });
  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  it('drops exactly the file a plain path names, never a folder or a namesake elsewhere', () => {
    const items = [...discover({ root: tree, exclude: ['b/d.json', './keep.yaml', 'b.d', 'live'] })];
    expect(summary(items).filter((s) => s.startsWith('file'))).toEqual([
      'file apps/etcd-backup/cronjob.yaml',
      'file b.d/e.yaml',
      'file b/keep.json',
      'file live/c.yaml',
      'file prod/x.yaml',
      'file sub/keep.yaml',
    ]);
  });

  it('skips every file below a backup folder, however deep, and names the segment; a -backup folder without its original beside it (an etcd-backup app) is read', () => {
    const skipped = [...discover({ root: tree })].flatMap((i) => ('skipped' in i ? [`${i.skipped.path}: ${i.skipped.detail.split(' ')[0]}`] : []));
    expect(skipped).toEqual(['live/hosts.orig: hosts.orig', 'old.bak/sub/deep/k.yaml: old.bak', 'prod-backup/x.yaml: prod-backup']);
  });
});
