/**
 * Issue 15 items 5, 6, 7 and 10, against the built Action (`node dist/index.js`) and a fake GitHub API:
 * a hijacked comment marker, rate-limit waits past the deadline, a token echoed in an error, fail-open
 * inputs, a check run that must never stay in progress, and a scan that runs out of time.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { requireActionBundle, runAction, type ActionRun } from '../helpers/run-action.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const FIX = join(ROOT, 'test/fixtures/action');
const TOKEN = 'ghs_hostileTestToken0123456789abcdefXY';
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
const ONE = { workspace: join(FIX, 'one'), inputs: { 'kube-proxy-mode': 'iptables', 'node-os': 'ubuntu-22.04' } };
// 120 Services with externalIPs: 120 findings, raised to high by the fixture's .netcompat.yaml.
const MANY = { workspace: join(FIX, 'many'), inputs: { 'kube-proxy-mode': 'ipvs', 'node-os': 'ubuntu-22.04' } };
const MARKER = '<!-- netcompat:comment:netcompat -->';
const pr = () => ({ name: 'pull_request', payload: { action: 'synchronize', number: 7, pull_request: { number: 7, head: { sha: 'b'.repeat(40) } } } });

/** Everything a reader sees, the runner's own `::add-mask::` lines aside. */
function shown(r: ActionRun): string {
  return [
    r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
    r.stderr,
    r.summary,
  ].join('\n');
}

beforeAll(requireActionBundle);

describe('Action against a hostile pull request', () => {
  let gh!: FakeGitHub;
  useFakeGitHub((g) => (gh = g));
  const api = (extra: Record<string, string> = {}) => ({ ...ONE.inputs, 'github-token': TOKEN, ...extra });
  const env = (extra: Record<string, string> = {}) => ({ GITHUB_API_URL: gh.url, ...extra });

  it("item 5: a marker in someone else's comment is never edited", async () => {
    const planted = gh.addComment(7, `${MARKER}\nPlease merge. [Fix here](https://evil.example)`, 'mallory');
    const r = await runAction({ ...ONE, inputs: api({ comment: 'true' }), env: env(), event: pr() });
    expect(r.code).toBe(1);
    expect(gh.comments.get(planted.id)?.body).toContain('Please merge.');
    expect(gh.of('issues/update-comment')).toEqual([]);
    expect(gh.of('issues/create-comment')).toHaveLength(1);
    // The token cannot say who it is (GITHUB_TOKEN): only the Actions bot counts as us.
    expect(gh.of('users/get-authenticated').map((q) => q.status)).toEqual([403]);
  });

  it("item 5: a comment by the token's own user is updated in place", async () => {
    gh.tokenUser = 'release-bot';
    const ours = gh.addComment(7, `${MARKER}\nold`, 'release-bot');
    gh.addComment(7, `${MARKER}\nplanted`, 'mallory');
    await runAction({ ...ONE, inputs: api({ comment: 'true' }), env: env(), event: pr() });
    expect(gh.of('issues/update-comment').map((q) => q.path)).toEqual([`/repos/octo/clusters/issues/comments/${ours.id}`]);
    expect(gh.of('issues/create-comment')).toEqual([]);
  });

  it('item 6: a retry-after longer than the API deadline is not waited for', async () => {
    gh.fail('checks/create', { status: 429, message: 'Too Many Requests', headers: { 'retry-after': '130' } });
    const started = Date.now();
    const r = await runAction({ ...ONE, inputs: api(), env: env({ NETCOMPAT_RETRY_BASE_MS: '1000', NETCOMPAT_API_DEADLINE_MS: '20000' }) });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.code).toBe(1);
    expect(gh.of('checks/create').map((q) => q.status)).toEqual([429]);
    expect(r.annotations.find((a) => a.command === 'warning')?.message).toMatch(/^could not create the check run \(HTTP 429/);
  });

  it('item 6: a primary rate limit until a far reset is not waited for', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    gh.fail('checks/create', { status: 403, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } });
    const r = await runAction({ ...ONE, inputs: api(), env: env({ NETCOMPAT_RETRY_BASE_MS: '1000', NETCOMPAT_API_DEADLINE_MS: '20000' }) });
    expect(r.code).toBe(1);
    expect(gh.of('checks/create')).toHaveLength(1);
  });

  it('item 6: an aborted request (deadline passed) is not retried', async () => {
    const r = await runAction({ ...ONE, inputs: api(), env: env({ NETCOMPAT_API_DEADLINE_MS: '0' }) });
    expect(r.code).toBe(1);
    expect(gh.requests).toEqual([]);
    expect(r.annotations.find((a) => a.command === 'warning')?.message).toMatch(/could not create the check run/);
  });

  it('item 7: an API error that echoes the token never shows it, plain, escaped or Basic-encoded', async () => {
    gh.fail('checks/create', { status: 422, message: `Bad credentials ${TOKEN} / Basic ${BASIC} / ${TOKEN.replace(/_/g, '\\_')}` });
    const r = await runAction({ ...ONE, inputs: api(), env: env() });
    expect(r.code).toBe(1);
    const masks = r.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
    expect(masks).toContain(TOKEN);
    expect(masks).toContain(BASIC);
    const text = shown(r);
    expect(text).toContain('Bad credentials ***');
    for (const s of [TOKEN, BASIC, TOKEN.replace(/_/g, '\\_'), 'hostileTestToken']) expect(text).not.toContain(s);
  });

  it('item 10: every annotation batch failing leaves a completed run and no "posted" line', async () => {
    gh.fail(
      'checks/update',
      { status: 500, message: 'boom' },
      { status: 500, message: 'boom' },
      { status: 500, message: 'boom' },
      { status: 500, message: 'boom' },
      { status: 500, message: 'boom' },
    );
    const r = await runAction({ ...MANY, inputs: { ...MANY.inputs, 'github-token': TOKEN, 'max-annotations': '1000' }, env: env() });
    expect(r.code).toBe(1);
    const run = [...gh.checkRuns.values()][0]!;
    expect(run.status).toBe('completed');
    expect(run.conclusion).toBe('failure');
    expect(r.stdout).not.toMatch(/check run "netcompat" posted/);
    expect(r.stdout).toMatch(/check run "netcompat" created on .* with 50 of 120 annotations/);
  });

  it('item 10: a scan past its deadline fails with "scan aborted" and a neutral check run', async () => {
    const r = await runAction({ ...ONE, inputs: api(), env: env({ NETCOMPAT_SCAN_DEADLINE_MS: '0' }) });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::netcompat: scan aborted: the scan did not finish within 0 s/);
    expect(r.summary).toContain('scan aborted');
    const run = [...gh.checkRuns.values()][0]!;
    expect(run).toMatchObject({ status: 'completed', conclusion: 'neutral' });
  });
});

describe('Action: fail closed on nothing scanned', () => {
  const ws = () => {
    const dir = mkdtempSync(join(tmpdir(), 'netcompat-hostile-ws-'));
    cpSync(ONE.workspace, dir, { recursive: true });
    return dir;
  };

  it('path naming a file, a missing path, a path through a link out: a clear error, never a pass', async () => {
    const dir = ws();
    const file = await runAction({ workspace: dir, inputs: { ...ONE.inputs, path: 'kubeadm.yaml' } });
    expect(file.code).toBe(1);
    expect(file.stdout).toMatch(/::error::path: "kubeadm\.yaml" is not accepted; expected a directory inside the workspace/);
    const missing = await runAction({ workspace: dir, inputs: { ...ONE.inputs, path: 'nope' } });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/::error::path: "nope" does not exist in the workspace/);
    expect(missing.stderr).not.toMatch(/at .*\.js:\d+/);
    const outside = mkdtempSync(join(tmpdir(), 'netcompat-hostile-out-'));
    const { symlinkSync } = await import('node:fs');
    symlinkSync(outside, join(dir, 'link'));
    const link = await runAction({ workspace: dir, inputs: { ...ONE.inputs, path: 'link' } });
    expect(link.stdout).toMatch(/::error::path: "link" is not accepted; expected a path inside the workspace \(it resolves outside/);
  });

  it('an include that matches nothing fails unless allow-empty is set', async () => {
    const dir = ws();
    const r = await runAction({ workspace: dir, inputs: { ...ONE.inputs, include: 'nothing/**/*.yaml' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::netcompat: no file to scan under "\." matching include/);
    const ok = await runAction({ workspace: dir, inputs: { ...ONE.inputs, include: 'nothing/**/*.yaml', 'allow-empty': 'true' } });
    expect(ok.code).toBe(0);
    const bad = await runAction({ workspace: dir, inputs: { ...ONE.inputs, include: '../../etc/*' } });
    expect(bad.stdout).toMatch(/::error::include: "\.\.\/\.\.\/etc\/\*" is not accepted/);
  });

  it('a config whose aliases expand past the limit is a usage error with the line', async () => {
    const dir = ws();
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      levels.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(', ')}]`,
      );
    writeFileSync(join(dir, '.netcompat.yaml'), `${levels.join('\n')}\n`);
    const r = await runAction({ workspace: dir, inputs: ONE.inputs });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::\.netcompat\.yaml:2: aliases would expand past 20000 nodes/);
  });

  it('sarif-file through a committed symlink or with .. is refused', async () => {
    const dir = ws();
    const outside = mkdtempSync(join(tmpdir(), 'netcompat-hostile-out-'));
    writeFileSync(join(outside, 'victim'), 'keep');
    const { readFileSync, symlinkSync } = await import('node:fs');
    symlinkSync(join(outside, 'victim'), join(dir, 'netcompat.sarif'));
    const r = await runAction({ workspace: dir, inputs: { ...ONE.inputs, 'sarif-file': 'netcompat.sarif' } });
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('keep');
    expect(r.code).toBe(1);
    expect(r.outputs['sarif-file'] ?? '').toBe('');
    expect(r.stdout).toMatch(
      /::error::sarif-file: "netcompat\.sarif" is not accepted; expected a path inside the workspace \(it resolves outside through a symbolic link\)/,
    );
    const up = await runAction({ workspace: dir, inputs: { ...ONE.inputs, 'sarif-file': '../../x.sarif' } });
    expect(up.stdout).toMatch(/::error::sarif-file: "\.\.\/\.\.\/x\.sarif" is not accepted; expected a path inside the workspace/);
  });
});
