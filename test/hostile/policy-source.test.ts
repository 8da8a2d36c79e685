/**
 * Issue 15, trusted policy: a pull request that lowers its own gate (an `ignore` entry added to
 * .netcompat.yaml). With `policy-source: base` the base commit's config applies; in both modes the
 * summary opens with a note that the pull request changes netcompat's policy. Built in a temporary git
 * repository; nothing from it is executed.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { requireActionBundle, runAction } from '../helpers/run-action.js';
import { git } from '../issue5/cli.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const ONE = join(ROOT, 'test/fixtures/action/one');
const INPUTS = { 'kube-proxy-mode': 'iptables', 'node-os': 'ubuntu-22.04' };
const TOKEN = 'ghs_policyTestToken0123456789abcdef';

function repo(): { ws: string; base: string; head: string } {
  const ws = mkdtempSync(join(tmpdir(), 'netcompat-policy-'));
  cpSync(ONE, ws, { recursive: true });
  writeFileSync(join(ws, '.netcompat.yaml'), 'fail-on: high\n');
  git(ws, 'init', '-q');
  git(ws, 'add', '-A');
  git(ws, 'commit', '-q', '-m', 'base');
  const base = git(ws, 'rev-parse', 'HEAD');
  // The pull request silences its own finding.
  writeFileSync(join(ws, '.netcompat.yaml'), 'fail-on: high\nignore:\n  - rule: KP-IPT-PARTIAL-SYNC-RACE\n    reason: trust me, this is fine\n');
  git(ws, 'commit', '-q', '-am', 'lower the gate');
  return { ws, base, head: git(ws, 'rev-parse', 'HEAD') };
}

const pr = (base: string, head: string) => ({
  name: 'pull_request',
  payload: { action: 'synchronize', number: 9, pull_request: { number: 9, head: { sha: head }, base: { sha: base } } },
});

beforeAll(requireActionBundle);

describe('policy-source', () => {
  let gh!: FakeGitHub;
  useFakeGitHub((g) => (gh = g));

  it('head (default): the pull request passes its own gate, and the summary says it changed the policy', async () => {
    const { ws, base, head } = repo();
    gh.pullFiles.set(9, ['.netcompat.yaml']);
    const r = await runAction({
      workspace: ws,
      inputs: { ...INPUTS, 'github-token': TOKEN, 'check-run': 'false' },
      event: pr(base, head),
      env: { GITHUB_API_URL: gh.url },
    });
    expect(r.code).toBe(0);
    expect(r.summary).toMatch(
      /\[!CAUTION\]\n> \*\*This pull request changes netcompat's policy\*\*: <code>\.netcompat\.yaml<\/code>\. The gate ran with the version in this pull request/,
    );
    expect(r.annotations.some((a) => a.command === 'warning' && a.message.includes("changes netcompat's policy files: .netcompat.yaml"))).toBe(true);
  });

  it("base: the base commit's config applies, so the finding still fails the step", async () => {
    const { ws, base, head } = repo();
    gh.pullFiles.set(9, ['.netcompat.yaml']);
    const r = await runAction({
      workspace: ws,
      inputs: { ...INPUTS, 'github-token': TOKEN, 'check-run': 'false', 'policy-source': 'base' },
      event: pr(base, head),
      env: { GITHUB_API_URL: gh.url },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('policy-source base: .netcompat.yaml from the base commit');
    expect(r.summary).toContain('The gate ran with the base branch version of these files (`policy-source: base`)');
  });

  it('base without the base commit in the checkout is a clear error', async () => {
    const { ws, head } = repo();
    const r = await runAction({ workspace: ws, inputs: { ...INPUTS, 'policy-source': 'base' }, event: pr('c'.repeat(40), head) });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::policy-source: base needs the base commit cccccccccccc in the checkout; check out with fetch-depth: 0/);
  });
});
