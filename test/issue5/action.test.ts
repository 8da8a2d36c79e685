import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub, useFakeGitHub } from '../helpers/fake-github.js';
import { requireActionBundle, runAction } from '../helpers/run-action.js';
import { copyFixture, FIX, git } from './cli.js';

const TOKEN = 'ghs_netcompatIssue5Token0123456789abcdef';
const HEAD = 'b'.repeat(40);
const BASE = 'c'.repeat(40);
const OS = { 'node-os': 'ubuntu-22.04' };
const pr = (base = BASE, head = HEAD) => ({
  name: 'pull_request',
  payload: { action: 'synchronize', number: 7, pull_request: { number: 7, head: { sha: head }, base: { sha: base } } },
});
const push = { name: 'push', payload: {} };

beforeAll(requireActionBundle);

describe('Action only-changed with the pull request files API', () => {
  let gh!: FakeGitHub;
  useFakeGitHub((started) => (gh = started));
  const env = () => ({ GITHUB_API_URL: gh.url });

  it('reads every page of the PR files and counts only findings with evidence in them', async () => {
    // 150 documentation files first, so the cluster file is on the second page.
    gh.pullFiles.set(7, [...Array.from({ length: 150 }, (_, i) => `docs/page-${i}.md`), 'clusters/b/kubeadm.yaml']);
    const r = await runAction({ workspace: join(FIX, 'pr'), inputs: { ...OS, 'github-token': TOKEN, 'only-changed': 'true' }, event: pr(), env: env() });
    expect(r.code, r.stderr).toBe(1);
    const lists = gh.of('pulls/list-files');
    expect(lists.map((q) => [q.method, q.path, q.query, q.status])).toEqual([
      ['GET', '/repos/octo/clusters/pulls/7/files', 'per_page=100', 200],
      ['GET', '/repos/octo/clusters/pulls/7/files', 'per_page=100&page=2', 200],
    ]);
    expect(lists[0]?.authorization).toBe(`token ${TOKEN}`);
    expect(r.outputs).toMatchObject({ findings: '1', high: '1' });
    const run = [...gh.checkRuns.values()][0]!;
    expect(run.annotations.map((a) => [a.path, a.start_line, a.annotation_level])).toEqual([['clusters/b/kubeadm.yaml', 4, 'failure']]);
    expect(r.summary).toContain('Only findings with evidence in the 151 files this pull request changes count (`only-changed`).');
    expect(r.summary).toContain('Not shown and not counted: 1 with no evidence in the changed files.');
    expect(run.output?.summary).toContain('Only findings with evidence in the 151 files this pull request changes count');
  });

  it('maps the workspace paths of the API onto the scanned directory (`path`)', async () => {
    gh.pullFiles.set(7, ['pr/clusters/b/kubeadm.yaml', 'README.md']);
    const hit = await runAction({
      workspace: FIX,
      inputs: { ...OS, path: 'pr', 'github-token': TOKEN, 'only-changed': 'true', 'check-run': 'false' },
      event: pr(),
      env: env(),
    });
    expect(hit.code, hit.stderr).toBe(1);
    expect(hit.annotations.filter((a) => a.command === 'error').map((a) => a.props.file ?? '')).toEqual(['pr/clusters/b/kubeadm.yaml', '']);
    gh.pullFiles.set(7, ['clusters/a/kubeadm.yaml', 'README.md']);
    const r = await runAction({
      workspace: FIX,
      inputs: { ...OS, path: 'pr', 'github-token': TOKEN, 'only-changed': 'true', 'check-run': 'false' },
      event: pr(),
      env: env(),
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs.findings).toBe('0');
    // a/ is not pr/clusters/a/: nothing in the scanned tree changed.
    expect(r.summary).toContain('Not shown and not counted: 2 with no evidence in the changed files.');
  });

  it('an API failure falls back to git diff against the base commit of the event', async () => {
    const ws = copyFixture('pr');
    git(ws, 'init', '-q');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-q', '-m', 'base');
    const base = git(ws, 'rev-parse', 'HEAD');
    await import('node:fs').then((fs) => fs.appendFileSync(join(ws, 'clusters/a/kubeadm.yaml'), '# touched\n'));
    git(ws, 'commit', '-q', '-am', 'touch a');
    const head = git(ws, 'rev-parse', 'HEAD');
    gh.fail('pulls/list-files', { status: 403, message: 'Resource not accessible by integration' });
    const r = await runAction({
      workspace: ws,
      inputs: { ...OS, 'github-token': TOKEN, 'only-changed': 'true', 'check-run': 'false' },
      event: pr(base, head),
      env: env(),
    });
    expect(r.code, r.stderr).toBe(1);
    expect(gh.of('pulls/list-files').map((q) => q.status)).toEqual([403]);
    expect(r.outputs.findings).toBe('1');
    expect(r.annotations.filter((a) => a.command === 'error').map((a) => a.props.file ?? '')).toEqual(['clusters/a/kubeadm.yaml', '']);
    expect(r.stdout).toContain('only-changed: 1 file(s) changed since ');
    expect(r.stdout).toContain('(git diff; the pull request files API failed (HTTP 403: Resource not accessible by integration');
    expect(r.summary).toContain('changed since the base commit count (`only-changed`, from `git diff`).');
  });
});

describe('Action only-changed without the API', () => {
  it('no token: git diff against the base commit', async () => {
    const ws = copyFixture('pr');
    git(ws, 'init', '-q');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-q', '-m', 'base');
    const base = git(ws, 'rev-parse', 'HEAD');
    git(ws, 'rm', '-q', 'clusters/a/kubeadm.yaml');
    git(ws, 'commit', '-q', '-m', 'drop a');
    const r = await runAction({ workspace: ws, inputs: { ...OS, 'only-changed': 'true' }, event: pr(base, git(ws, 'rev-parse', 'HEAD')) });
    // b is untouched and a is gone: nothing counts.
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs.findings).toBe('0');
    expect(r.stdout).toContain('(git diff; no github-token for the pull request files API)');
  });

  it('no token and no history: a notice, and every finding counts', async () => {
    const r = await runAction({ workspace: join(FIX, 'pr'), inputs: { ...OS, 'only-changed': 'true' }, event: pr() });
    expect(r.code).toBe(1);
    expect(r.outputs.findings).toBe('2');
    const notice = r.annotations.find((a) => a.command === 'notice');
    expect(notice?.props.title).toBe('netcompat: only-changed not applied');
    expect(notice?.message).toMatch(
      /^only-changed could not be applied: no github-token for the pull request files API; git diff against the base commit failed \(.+\); check out with fetch-depth: 0 for it\. All findings count\.$/,
    );
    expect(r.summary).toContain('> `only-changed` could not be applied: no github-token for the pull request files API;');
  });

  it('on a push: a notice, and every finding counts', async () => {
    const r = await runAction({ workspace: join(FIX, 'pr'), inputs: { ...OS, 'only-changed': 'true' }, event: push });
    expect(r.code).toBe(1);
    expect(r.outputs.findings).toBe('2');
    expect(r.annotations.find((a) => a.command === 'notice')?.message).toBe(
      'only-changed could not be applied: this is a push event, not a pull request. All findings count.',
    );
  });

  it('only-changed must be true or false', async () => {
    const r = await runAction({ workspace: join(FIX, 'pr'), inputs: { 'only-changed': 'yes' } });
    expect(r.code).not.toBe(0);
    expect(r.annotations[0]?.message).toMatch(/^only-changed: "yes" is not accepted\b.*true, false \(bad input: nothing was scanned\)$/);
  });
});

describe('Action with a config file', () => {
  it('a bad config file fails the step at once, naming the line and the accepted values', async () => {
    const r = await runAction({ workspace: join(FIX, 'bad-config'), inputs: OS });
    expect(r.code).not.toBe(0);
    expect(r.annotations.map((a) => [a.command, a.message])).toEqual([
      [
        'error',
        '.netcompat.yaml:6: /clusters/0/kube-proxy-mode must be equal to one of the allowed values (iptables, ipvs, nftables) (bad input: nothing was scanned)',
      ],
    ]);
    expect(r.outputs).toEqual({ verdict: 'error' });
  });

  it('an expired ignore entry is a warning annotation on its line; the finding is back', async () => {
    const r = await runAction({ workspace: FIX, inputs: { ...OS, path: 'expired', 'kube-proxy-mode': 'iptables' }, env: { NETCOMPAT_TODAY: '2025-03-01' } });
    expect(r.code).toBe(1);
    const warning = r.annotations.find((a) => a.command === 'warning');
    expect(warning?.props).toEqual({ title: 'netcompat settings', file: 'expired/.netcompat.yaml', line: '3', endLine: '3', col: '1', endColumn: '1' });
    expect(warning?.message).toBe(
      'ignore entry for KP-IPT-PARTIAL-SYNC-RACE expired on 2025-01-31 and no longer suppresses (reason was: accepted until the 1.28 upgrade)',
    );
    expect(r.outputs.findings).toBe('1');
    expect(r.summary).toContain('### ⚠️ Settings problems (1)');
    expect(r.summary).toContain('- warning: ignore entry for KP-IPT-PARTIAL-SYNC-RACE expired on 2025-01-31');
  });

  it('before it expires the entry suppresses: a summary line with its reason, a passing step', async () => {
    const r = await runAction({ workspace: FIX, inputs: { ...OS, path: 'expired', 'kube-proxy-mode': 'iptables' }, env: { NETCOMPAT_TODAY: '2025-01-01' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.annotations).toEqual([]);
    expect(r.outputs.findings).toBe('0');
    expect(r.summary).toContain('### Suppressed (1), not counted');
    expect(r.summary).toMatch(
      /^- <code>KP\u2011IPT\u2011PARTIAL\u2011SYNC\u2011RACE<\/code> <a href="[^"]+">expired\/kubeadm\.yaml:3:20<\/a>: accepted until the 1\.28 upgrade \(expired\/\.netcompat\.yaml:3\)$/m,
    );
  });

  it('an inline directive without a reason: a warning on the check run, next to the finding', async () => {
    const gh = await new FakeGitHub().start();
    try {
      const r = await runAction({
        workspace: join(FIX, 'no-reason'),
        inputs: { ...OS, 'kube-proxy-mode': 'iptables', 'github-token': TOKEN },
        env: { GITHUB_API_URL: gh.url },
      });
      expect(r.code).toBe(1);
      const run = [...gh.checkRuns.values()][0]!;
      expect(run.annotations.map((a) => [a.annotation_level, a.path, a.start_line, a.title])).toEqual([
        ['failure', 'kubeadm.yaml', 4, 'KP-IPT-PARTIAL-SYNC-RACE kube-proxy iptables partial-sync race leaves new endpoints unserved'],
        ['warning', 'kubeadm.yaml', 4, 'netcompat settings'],
      ]);
      expect(run.output?.summary).toContain('### ⚠️ Settings problems (1)');
      // Delivered on the check run, so not repeated in the log.
      expect(r.annotations.filter((a) => a.command === 'warning')).toEqual([]);
      expect(gh.invalid).toEqual([]);
    } finally {
      await gh.stop();
    }
  });

  it("the config file's clusters and fail-on; the input wins over fail-on", async () => {
    const inputs = { config: 'configs/new-on-centos7.yaml', path: 'two-clusters', 'kube-proxy-mode': 'ipvs' };
    const r = await runAction({ workspace: FIX, inputs });
    expect(r.code).toBe(1);
    // The ipvs delay on CentOS 7 and, since rule pack 2, the new cluster's externalIPs exposure (KP-CVE-2020-8554).
    expect(r.outputs).toMatchObject({ findings: '2', medium: '2' });
    expect(r.summary).toContain('## ❌ netcompat: 2 medium: fails on medium');
    expect(r.summary).toContain('Clusters: 2 clusters from the config file; files in no cluster&#39;s paths apply to every cluster.');
    expect(r.summary).toContain('| <code>new</code> | 0 | 2 | 0 | 0 |');
    expect(r.summary).toContain('<details><summary>new: config file: paths clusters/new/** (');
    const high = await runAction({ workspace: FIX, inputs: { ...inputs, 'fail-on': 'high' } });
    expect(high.code, high.stderr).toBe(0);
    expect(high.summary).toContain('## ⚠️ netcompat: 2 medium: passes \\(fail-on high\\)');
  });

  it('config and baseline must stay inside the workspace', async () => {
    const r = await runAction({ workspace: join(FIX, 'pr'), inputs: { config: '../bad-config/.netcompat.yaml' } });
    expect(r.code).not.toBe(0);
    expect(r.annotations[0]?.message).toMatch(
      /^config: "\.\.\/bad-config\/\.netcompat\.yaml" is not accepted\b.*inside the workspace \(bad input: nothing was scanned\)$/,
    );
  });
});
