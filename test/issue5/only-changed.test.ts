import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, copyFixture, FIX, git, requireBundle } from './cli.js';

const FLAGS = ['--node-os', 'ubuntu-22.04'];
const ids = (stdout: string) =>
  (JSON.parse(stdout) as { findings: Array<{ ruleId: string; context: string; filtered?: string }> }).findings.map((f) => [f.context, f.filtered ?? 'counts']);

/** A git repository whose main branch has cluster a (1.27.3) and b (1.28.8); branch "pr" moves b to 1.28.2. */
function prRepository(): string {
  const dir = copyFixture('pr');
  const b = join(dir, 'clusters/b/kubeadm.yaml');
  const prVersion = readFileSync(b, 'utf8');
  writeFileSync(b, prVersion.replace('v1.28.2', 'v1.28.8'));
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  git(dir, 'checkout', '-q', '-b', 'pr');
  writeFileSync(b, prVersion);
  git(dir, 'commit', '-q', '-am', 'move b to 1.28.2');
  return dir;
}

beforeAll(requireBundle);

describe('--only-changed', () => {
  it('--changed-files: only findings with evidence in a listed file count; facts still come from everywhere', () => {
    const dir = copyFixture('pr');
    writeFileSync(join(dir, 'changed.txt'), '# from the CI system\n./clusters/b/kubeadm.yaml\n\nREADME.md\n');
    const all = cli(['scan', dir, ...FLAGS, '--format', 'json']);
    expect(ids(all.stdout)).toEqual([
      ['clusters/a', 'counts'],
      ['clusters/b', 'counts'],
    ]);
    const r = cli(['scan', dir, ...FLAGS, '--only-changed', '--changed-files', join(dir, 'changed.txt'), '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect(ids(r.stdout)).toEqual([
      ['clusters/a', 'unchanged'],
      ['clusters/b', 'counts'],
    ]);
    const text = cli(['scan', '.', ...FLAGS, '--only-changed', '--changed-files', join(dir, 'changed.txt')], { cwd: dir });
    expect(text.stdout).toContain('HIGH (1)\n  clusters/b/kubeadm.yaml:4:20  KP-IPT-PARTIAL-SYNC-RACE  ');
    expect(text.stdout).toContain('\nHIDDEN: 1 with no evidence in the changed files\n');
  });

  it('a list naming no file with evidence passes', () => {
    const dir = copyFixture('pr');
    writeFileSync(join(dir, 'changed.txt'), 'docs/README.md\n');
    const r = cli(['scan', dir, ...FLAGS, '--only-changed', '--changed-files', join(dir, 'changed.txt')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('\nHIDDEN: 2 with no evidence in the changed files\n');
  });

  it('--base REF: the files changed since the merge base, from git', () => {
    const dir = prRepository();
    const r = cli(['scan', dir, ...FLAGS, '--only-changed', '--base', 'main', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect(ids(r.stdout)).toEqual([
      ['clusters/a', 'unchanged'],
      ['clusters/b', 'counts'],
    ]);
  });

  it('--base in a sub-directory: paths are relative to the scanned directory', () => {
    const dir = prRepository();
    const r = cli(['scan', 'clusters', ...FLAGS, '--only-changed', '--base', 'main', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: Array<{ primary: { file: string }; filtered?: string }> };
    expect(out.findings.map((f) => [f.primary.file, f.filtered ?? 'counts'])).toEqual([
      ['a/kubeadm.yaml', 'unchanged'],
      ['b/kubeadm.yaml', 'counts'],
    ]);
  });

  it('a ref git does not know, or a directory that is no git checkout: exit 2 saying why', () => {
    const dir = prRepository();
    const r = cli(['scan', dir, '--only-changed', '--base', 'origin/nope']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^netcompat: --only-changed: cannot list the files changed since "origin\/nope": fatal: .*origin\/nope\.\.\.HEAD.*Or give --changed-files FILE\n$/,
    );
    const plain = copyFixture('pr');
    mkdirSync(join(plain, '.git'));
    const nogit = cli(['scan', plain, '--only-changed', '--base', 'main']);
    expect(nogit.code).toBe(2);
    expect(nogit.stderr).toBe(
      'netcompat: --only-changed: cannot list the files changed since "main": not a git repository. Is DIR a git checkout with that ref fetched? Or give --changed-files FILE\n',
    );
  });

  it('a ref that looks like an option is refused before git runs', () => {
    const r = cli(['scan', join(FIX, 'pr'), '--only-changed', '--base=--output=/tmp/x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('netcompat: base: "--output=/tmp/x" is not a git revision; give a branch, tag or commit such as origin/main\n');
  });

  it('needs exactly one source of changed files, and the sources need --only-changed', () => {
    const dir = join(FIX, 'pr');
    expect(cli(['scan', dir, '--only-changed']).stderr).toBe(
      'netcompat: --only-changed needs --base REF (changed files from git) or --changed-files FILE (one path per line)\n',
    );
    expect(cli(['scan', dir, '--only-changed', '--base', 'main', '--changed-files', 'x']).stderr).toBe(
      'netcompat: --only-changed: give either --base REF or --changed-files FILE, not both\n',
    );
    const r = cli(['scan', dir, '--base', 'main']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('netcompat: --base only applies with --only-changed\n');
    const missing = cli(['scan', dir, '--only-changed', '--changed-files', 'no-such-list.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('netcompat: changed-files: cannot read "no-such-list.txt": no such file\n');
  });
});
