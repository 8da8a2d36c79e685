import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { sarifValidator } from '../report/sarif-schema.js';
import { useFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { requireActionBundle, runAction, type ActionRun } from '../helpers/run-action.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const FIX = join(ROOT, 'test/fixtures/action');
const TOKEN = 'ghs_netcompatTestToken0123456789abcdef';
const HEAD = 'b'.repeat(40);
const MERGE = 'a'.repeat(40);

/** The 120-finding repository: 120 Services with externalIPs + Local on kube-proxy 1.27.3 in ipvs mode. */
// The 120 Services also set externalIPs; their CVE-2020-8554 exposure (rule pack 2) is not what these tests count.
const DENY = { facts: 'apiserver.admissionPlugins=NodeRestriction,DenyServiceExternalIPs' };
const MANY = { workspace: join(FIX, 'many'), inputs: { 'kube-proxy-mode': 'ipvs', 'node-os': 'ubuntu-22.04', 'max-annotations': '1000' } };
/** One high finding (KP-IPT-PARTIAL-SYNC-RACE at kubeadm.yaml:4:20) and nothing undetermined. */
const ONE = { workspace: join(FIX, 'one'), inputs: { 'kube-proxy-mode': 'iptables', 'node-os': 'ubuntu-22.04' } };
const CLEAN = { workspace: join(FIX, 'clean'), inputs: { 'kube-proxy-mode': 'iptables', 'node-os': 'ubuntu-22.04' } };

const pr = (head = HEAD) => ({ name: 'pull_request', payload: { action: 'synchronize', number: 7, pull_request: { number: 7, head: { sha: head } } } });

function noSecrets(r: ActionRun): void {
  // `::add-mask::` lines are how the runner learns the secret (core.setSecret); it never prints them.
  const masks = r.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
  if (masks.length > 0) expect(masks).toContain(TOKEN);
  const shown = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  expect(shown).not.toContain(TOKEN);
  expect(r.stderr).not.toContain(TOKEN);
  expect(r.summary).not.toContain(TOKEN);
}

interface SarifResultLike {
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }>;
  relatedLocations?: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }>;
}

const bytes = (s: string | undefined) => Buffer.byteLength(s ?? '', 'utf8');

beforeAll(requireActionBundle);

describe('Action without a token (workflow annotations)', () => {
  it('annotates the finding, writes the summary and outputs, and fails the step', async () => {
    const r = await runAction({ ...ONE });
    expect(r.code).toBe(1);
    const errors = r.annotations.filter((a) => a.command === 'error');
    expect(errors).toHaveLength(2);
    expect(errors[0]?.props).toEqual({
      title: 'KP-IPT-PARTIAL-SYNC-RACE kube-proxy iptables partial-sync race leaves new endpoints unserved',
      file: 'kubeadm.yaml',
      line: '4',
      endLine: '4',
      col: '20',
      endColumn: '27',
    });
    expect(errors[0]?.message).toMatch(/^kube-proxy v1\.27\.3 \(cluster version\) in iptables mode has the partial-sync race/);
    expect(errors[1]?.message).toBe('1 finding at or above fail-on high: 1 high: fails on high');
    expect(r.outputs).toEqual({
      verdict: 'fail',
      findings: '1',
      high: '1',
      medium: '0',
      low: '0',
      undetermined: '0',
      'sarif-file': '',
      'json-file': '',
      'check-run-url': '',
      'comment-url': '',
    });
    expect(r.summary).toContain('## ❌ netcompat: 1 high: fails on high');
    expect(r.summary).toContain('| 🔴&nbsp;high | <code>KP\u2011IPT\u2011PARTIAL\u2011SYNC\u2011RACE</code> | 1 | kube-proxy iptables partial-sync race');
    expect(r.summary).toContain('<details><summary>🔴 <b>high</b> <code>KP\u2011IPT\u2011PARTIAL\u2011SYNC\u2011RACE</code>');
    expect(r.summary).toContain('<a href="https://github.test/octo/clusters/blob/' + MERGE + '/kubeadm.yaml#L4">kubeadm.yaml:4:20</a></summary>');
    expect(r.summary).toContain('<code>kubeProxy.mode</code> | iptables | explicit | given by input kube-proxy-mode |');
  });

  it('passes with fail-on none and still reports the finding', async () => {
    const r = await runAction({ ...ONE, inputs: { ...ONE.inputs, 'fail-on': 'none' } });
    expect(r.code).toBe(0);
    expect(r.annotations.map((a) => a.command)).toEqual(['error']);
    expect(r.outputs.high).toBe('1');
    expect(r.summary).toContain('1 high: fail-on none');
  });

  it('shows at most 10 per level: the failure message takes one error slot, a notice counts the rest', async () => {
    const r = await runAction({ ...MANY });
    expect(r.code).toBe(1);
    const errors = r.annotations.filter((a) => a.command === 'error');
    const notices = r.annotations.filter((a) => a.command === 'notice');
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 9).every((e) => e.props.title?.startsWith('KP-CVE-2020-8554'))).toBe(true);
    expect(errors[9]?.message).toBe('120 findings at or above fail-on high: 120 high: fails on high');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toBe('111 more results are listed in the job summary (GitHub shows at most 10 annotations per level per step).');
    expect(r.summary).toContain('Workflow annotations: 9 shown; 111 more only in this summary');
    // The job summary (1 MiB budget) lists every finding.
    expect(r.summary.match(/^<details><summary>🔴 <b>high<\/b> 🔒 <b>security<\/b> <code>KP\u2011CVE\u20112020\u20118554<\/code>/gm)).toHaveLength(120);
  });

  it('with path set, annotation paths stay repository-relative', async () => {
    const r = await runAction({ workspace: FIX, inputs: { ...ONE.inputs, path: 'one' } });
    expect(r.annotations[0]?.props).toMatchObject({ file: 'one/kubeadm.yaml', line: '4', col: '20' });
    expect(r.summary).toContain('/blob/' + MERGE + '/one/kubeadm.yaml#L4">one/kubeadm.yaml:4:20</a>');
  });

  it('a finding whose facts all come from inputs is annotated without a file', async () => {
    const r = await runAction({ ...CLEAN, inputs: { ...CLEAN.inputs, 'kubernetes-version': '1.27.3' } });
    expect(r.code).toBe(1);
    expect(r.annotations[0]?.props).toEqual({ title: 'KP-IPT-PARTIAL-SYNC-RACE kube-proxy iptables partial-sync race leaves new endpoints unserved' });
    expect(r.summary).toContain(' · inputs: <code>kube-proxy-mode</code>, <code>kubernetes-version</code></summary>');
  });

  it('writes the SARIF file and names it in the outputs', async () => {
    // The SARIF file must be inside the workspace: a copy of the fixture in a temporary folder.
    const dir = mkdtempSync(join(tmpdir(), 'netcompat-sarif-'));
    cpSync(ONE.workspace, dir, { recursive: true });
    const file = join(dir, 'out/netcompat.sarif');
    const r = await runAction({ ...ONE, workspace: dir, inputs: { ...ONE.inputs, 'sarif-file': 'out/netcompat.sarif' } });
    expect(r.code).toBe(1);
    expect(r.outputs['sarif-file']).toBe(file);
    const sarif = JSON.parse(readFileSync(file, 'utf8')) as { version: string; runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.map((x) => x.ruleId)).toEqual(['KP-IPT-PARTIAL-SYNC-RACE']);
  });

  it('SARIF and JSON files (issue 12): valid SARIF 2.1.0 whose URIs resolve against the repository root to real files', async () => {
    // Output files must be inside the workspace (issue 15): a copy of the fixtures in a temporary folder.
    const ws = mkdtempSync(join(tmpdir(), 'netcompat-sarif-'));
    cpSync(FIX, ws, { recursive: true });
    const sarifFile = join(ws, 'netcompat.sarif');
    const jsonFile = join(ws, 'report/netcompat.json');
    const r = await runAction({ workspace: ws, inputs: { ...ONE.inputs, path: 'one', 'sarif-file': 'netcompat.sarif', 'json-file': 'report/netcompat.json' } });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'fail', 'sarif-file': sarifFile, 'json-file': jsonFile });
    const log = JSON.parse(readFileSync(sarifFile, 'utf8'));
    const validate = sarifValidator();
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const run = log.runs[0];
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${ws}/`);
    const uris = run.results.flatMap((x: SarifResultLike) => [...x.locations, ...(x.relatedLocations ?? [])].map((l) => l.physicalLocation.artifactLocation));
    expect(uris[0]).toEqual({ uri: 'one/kubeadm.yaml', uriBaseId: '%SRCROOT%' });
    for (const u of uris) expect(existsSync(fileURLToPath(new URL(u.uri, run.originalUriBaseIds[u.uriBaseId].uri))), u.uri).toBe(true);
    const json = JSON.parse(readFileSync(jsonFile, 'utf8'));
    expect(json.verdict.fails).toBe(true);
  });

  it('fails the step on a bad input, naming the value and the accepted ones', async () => {
    const r = await runAction({ ...ONE, inputs: { ...ONE.inputs, 'fail-on': 'hgih' } });
    expect(r.code).not.toBe(0);
    expect(r.annotations).toHaveLength(1);
    expect(r.annotations[0]?.command).toBe('error');
    expect(r.annotations[0]?.message).toMatch(/^fail-on: "hgih" is not accepted\b.*\bhigh, medium, low, none \(bad input: nothing was scanned\)$/);
    expect(r.outputs).toEqual({ verdict: 'error' });
  });

  it('rejects a boolean input that is not true or false', async () => {
    const r = await runAction({ ...ONE, inputs: { ...ONE.inputs, comment: 'yes' } });
    expect(r.code).not.toBe(0);
    expect(r.annotations[0]?.message).toMatch(/^comment: "yes" is not accepted\b.*\btrue, false \(bad input: nothing was scanned\)$/);
  });
});

describe('workflow-command injection', () => {
  it('a repository value with newlines and ::error:: never becomes a command', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'netcompat-inject-'));
    cpSync(join(FIX, 'inject'), ws, { recursive: true });
    // A file name with the command syntax in it, made here: it has no place in a committed tree.
    writeFileSync(join(ws, 'evil::error::x,y.yaml'), readFileSync(join(FIX, 'inject/kubeadm.yaml')));
    const r = await runAction({ workspace: ws, inputs: { 'kube-proxy-mode': 'ipvs', 'node-os': 'ubuntu-22.04', ...DENY } });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/^\s*::error::injected/m);
    // Exactly our two commands start a line: one finding naming both Services, and the verdict.
    expect(r.stdout.split('\n').filter((l) => /^\s*::/.test(l))).toHaveLength(2);
    expect(r.commands.filter((c) => /injected|pwned/.test(c.message) && !c.props.title?.startsWith('KP-'))).toEqual([]);
    // Every command is one we emit: findings, the verdict, nothing else.
    expect(new Set(r.commands.map((c) => c.command))).toEqual(new Set(['error']));
    const finding = r.annotations.find((a) => a.message.includes('injected'));
    expect(finding?.message).toContain('ingress/edge\n::error::injected');
    expect(r.summary).not.toMatch(/^::error::/m);
    expect(r.summary).toContain('evil::error::x,y.yaml');
    expect(r.summary).not.toContain('<script>');
    expect(r.summary).not.toContain('@octocat');
    expect(r.stdout).not.toContain('##[');
  });
});

describe('Action with the Checks API', () => {
  let gh!: FakeGitHub;
  useFakeGitHub((started) => (gh = started));
  const withApi = (extra: Record<string, string> = {}) => ({ 'github-token': TOKEN, ...extra });
  const env = () => ({ GITHUB_API_URL: gh.url });

  it('clean repository: a successful check run, no annotations anywhere', async () => {
    const r = await runAction({ ...CLEAN, inputs: { ...CLEAN.inputs, ...withApi() }, env: env() });
    expect(r.code).toBe(0);
    expect(r.annotations).toEqual([]);
    expect(gh.requests.map((q) => q.operationId)).toEqual(['checks/create']);
    const run = [...gh.checkRuns.values()][0];
    expect(run).toMatchObject({ name: 'netcompat', head_sha: MERGE, status: 'completed', conclusion: 'success', annotations: [] });
    expect(run?.output?.title).toBe('No findings');
    expect(gh.requests[0]?.authorization).toBe(`token ${TOKEN}`);
    expect(r.outputs.findings).toBe('0');
    noSecrets(r);
  });

  it('max-annotations (default 50): one request with the 50 most severe, the summary counts the rest', async () => {
    const r = await runAction({ ...MANY, inputs: { 'kube-proxy-mode': 'ipvs', 'node-os': 'ubuntu-22.04', ...withApi() }, env: env() });
    expect(r.code).toBe(1);
    const calls = gh.requests.filter((q) => q.operationId.startsWith('checks/'));
    expect(calls.map((q) => q.operationId)).toEqual(['checks/create']);
    expect([...gh.checkRuns.values()][0]!.annotations).toHaveLength(50);
    expect(r.summary).toContain('Annotations: the 50 most severe of 120 posted; 70 more left out by `max-annotations: 50` (all are in this summary).');
    const off = await runAction({ ...MANY, inputs: { 'kube-proxy-mode': 'ipvs', 'node-os': 'ubuntu-22.04', 'max-annotations': '0' } });
    expect(off.annotations.map((a) => a.message)).toEqual(['120 findings at or above fail-on high: 120 high: fails on high']);
    expect(off.summary).toContain('Annotations: off (`max-annotations: 0`); all 120 results are in this summary.');
  });

  it('120 findings: create + 2 updates, 50/50/20 annotations, each delivered exactly once', async () => {
    const r = await runAction({ ...MANY, inputs: { ...MANY.inputs, ...withApi() }, env: env() });
    expect(r.code).toBe(1);
    const calls = gh.requests.filter((q) => q.operationId.startsWith('checks/'));
    expect(calls.map((q) => q.operationId)).toEqual(['checks/create', 'checks/update', 'checks/update']);
    const sizes = calls.map((q) => ((q.body as { output: { annotations: unknown[] } }).output.annotations ?? []).length);
    expect(sizes).toEqual([50, 50, 20]);
    expect(calls.map((q) => (q.body as { status?: string }).status)).toEqual(['completed', undefined, undefined]);
    expect((calls[0]?.body as { conclusion?: string }).conclusion).toBe('failure');
    const run = [...gh.checkRuns.values()][0]!;
    expect(run.annotations).toHaveLength(120);
    const services = run.annotations.map((a) => String(a.message).match(/Service (ingress\/edge-\d{3})/)?.[1]);
    expect(new Set(services).size).toBe(120);
    // Each on its own Service's externalIPs line.
    expect(run.annotations[0]).toMatchObject({
      path: 'services.yaml',
      start_line: 10,
      end_line: 10,
      start_column: 3,
      end_column: 14,
      annotation_level: 'failure',
    });
    expect(new Set(run.annotations.map((a) => a.start_line)).size).toBe(120);
    expect(run.output?.title).toBe('120 high: fails on high');
    // Never both channels: only the verdict goes to the log.
    expect(r.annotations.map((a) => a.message)).toEqual(['120 findings at or above fail-on high: 120 high: fails on high']);
    noSecrets(r);
  });

  it('output.summary fits 65,535 bytes: details first, then one line each, the rest counted; the job summary has every detail', async () => {
    const r = await runAction({ ...MANY, inputs: { ...MANY.inputs, ...withApi() }, env: env() });
    const run = [...gh.checkRuns.values()][0]!;
    const summary = run.output?.summary ?? '';
    expect(bytes(r.summary)).toBeGreaterThan(65_535);
    expect(bytes(summary)).toBeLessThanOrEqual(65_535);
    expect(summary).toContain('| | **Total** | **120** | |');
    const details = (summary.match(/^<details><summary>🔴/gm) ?? []).length;
    const lines = (summary.match(/^- 🔴 <b>high<\/b>/gm) ?? []).length;
    expect(details).toBeGreaterThan(0);
    const cut = Number(summary.match(/✂️ Cut to fit GitHub's limit of 65,535 characters: (\d+) findings/)?.[1] ?? 0);
    expect(details + lines + cut).toBe(120);
    expect(lines).toBeGreaterThan(details);
    expect(bytes(run.output?.text)).toBeLessThanOrEqual(65_535);
    expect(r.summary).not.toContain('Cut to fit');
  });

  it('403 on create: falls back to workflow annotations, the verdict is unchanged', async () => {
    gh.fail('checks/create', { status: 403, message: 'Resource not accessible by integration' });
    const r = await runAction({ ...ONE, inputs: { ...ONE.inputs, ...withApi() }, env: env() });
    expect(r.code).toBe(1);
    expect(gh.of('checks/create')).toHaveLength(1);
    expect(gh.checkRuns.size).toBe(0);
    const warning = r.annotations.find((a) => a.command === 'warning');
    expect(warning?.message).toMatch(/^could not create the check run \(HTTP 403: Resource not accessible by integration/);
    expect(warning?.message).toContain('pull requests from forks get a read-only token');
    const errors = r.annotations.filter((a) => a.command === 'error');
    expect(errors.map((e) => e.props.file ?? '')).toEqual(['kubeadm.yaml', '']);
    expect(r.summary).toContain('No check run: HTTP 403');
    noSecrets(r);
  });

  it('check-run: false: no API call for checks, workflow annotations instead', async () => {
    const r = await runAction({ ...ONE, inputs: { ...ONE.inputs, ...withApi({ 'check-run': 'false' }) }, env: env() });
    expect(r.code).toBe(1);
    expect(gh.requests).toEqual([]);
    expect(r.annotations.filter((a) => a.command === 'error')).toHaveLength(2);
  });

  it('502 then success: the create is retried', async () => {
    gh.fail('checks/create', { status: 502, message: 'Bad Gateway' });
    const r = await runAction({ ...ONE, inputs: { ...ONE.inputs, ...withApi() }, env: env() });
    expect(r.code).toBe(1);
    expect(gh.of('checks/create').map((q) => q.status)).toEqual([502, 201]);
    expect(gh.checkRuns.size).toBe(1);
    expect([...gh.checkRuns.values()][0]?.annotations).toHaveLength(1);
    expect(r.annotations.filter((a) => a.command === 'warning')).toEqual([]);
  });

  it('429 then success: retried too', async () => {
    gh.fail('checks/create', { status: 429, message: 'Too Many Requests', headers: { 'retry-after': '1' } });
    const r = await runAction({ ...ONE, inputs: { ...ONE.inputs, ...withApi() }, env: env() });
    expect(r.code).toBe(1);
    expect(gh.of('checks/create').map((q) => q.status)).toEqual([429, 201]);
  });

  it('a secondary rate limit (403 with retry-after) is waited out, not taken for a read-only token', async () => {
    gh.fail('checks/create', { status: 403, message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '1' } });
    const r = await runAction({ ...ONE, inputs: { ...ONE.inputs, ...withApi() }, env: env() });
    expect(r.code).toBe(1);
    expect(gh.of('checks/create').map((q) => q.status)).toEqual([403, 201]);
    expect(r.annotations.filter((a) => a.command === 'warning')).toEqual([]);
  });

  it('a failed update: the rest go to workflow annotations, never to both channels', async () => {
    gh.fail('checks/update', { status: 422, message: 'Unprocessable' });
    const r = await runAction({ ...MANY, inputs: { ...MANY.inputs, ...withApi() }, env: env() });
    expect(r.code).toBe(1);
    const run = [...gh.checkRuns.values()][0]!;
    expect(run.annotations).toHaveLength(50);
    expect(run.conclusion).toBe('failure');
    const onCheck = new Set(run.annotations.map((a) => a.message));
    const inLog = r.annotations.filter((a) => a.props.title?.startsWith('KP-'));
    expect(inLog.length).toBeGreaterThan(0);
    expect(inLog.filter((a) => onCheck.has(a.message))).toEqual([]);
    expect(r.annotations.find((a) => a.command === 'warning')?.message).toMatch(/^could not add 70 annotations to the check run \(HTTP 422/);
  });

  it('pull_request: the check goes on the head SHA and the summary warns that lines may be off', async () => {
    const r = await runAction({ ...ONE, inputs: { ...ONE.inputs, ...withApi() }, env: env(), event: pr() });
    const run = [...gh.checkRuns.values()][0]!;
    expect(run.head_sha).toBe(HEAD);
    expect(run.output?.summary).toContain('not the pull request head <code>bbbbbbbbbbbb</code>: line numbers may be off');
    expect(r.summary).toContain('The scan read commit <code>aaaaaaaaaaaa</code>, not the pull request head');
  });

  it('a finding from inputs only is attached to the workflow file on the check run', async () => {
    const r = await runAction({
      ...CLEAN,
      inputs: { ...CLEAN.inputs, 'kubernetes-version': '1.27.3', ...withApi() },
      env: { ...env(), GITHUB_WORKFLOW_REF: 'octo/clusters/.github/workflows/netcompat.yml@refs/heads/main' },
    });
    expect(r.code).toBe(1);
    const run = [...gh.checkRuns.values()][0]!;
    expect(run.annotations).toHaveLength(1);
    expect(run.annotations[0]).toMatchObject({ path: '.github/workflows/netcompat.yml', start_line: 1, end_line: 1, annotation_level: 'failure' });
    expect(r.annotations.filter((a) => a.props.title?.startsWith('KP-'))).toEqual([]);
  });

  it('push: the check goes on GITHUB_SHA without a warning', async () => {
    const r = await runAction({ ...ONE, inputs: { ...ONE.inputs, ...withApi() }, env: env() });
    expect([...gh.checkRuns.values()][0]?.head_sha).toBe(MERGE);
    expect(r.summary).not.toContain('line numbers may be off');
  });

  it('PR comment: created, updated in place on the next run, then all clear', async () => {
    const inputs = { ...ONE.inputs, ...withApi({ comment: 'true' }) };
    gh.addComment(7, 'Someone else said something.');
    const first = await runAction({ ...ONE, inputs, env: env(), event: pr() });
    expect(first.code).toBe(1);
    expect(gh.of('issues/create-comment')).toHaveLength(1);
    const mine = [...gh.comments.values()].filter((c) => c.body.includes('<!-- netcompat:comment:netcompat -->'));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.body).toContain('<details><summary>🔴 <b>high</b> <code>KP\u2011IPT\u2011PARTIAL\u2011SYNC\u2011RACE</code>');
    // Outputs a workflow can branch on (issue 12): both web addresses, and the log names them.
    expect(first.outputs['comment-url']).toBe(`https://github.test/octo/clusters/pull/7#issuecomment-${mine[0]?.id}`);
    expect(first.outputs['check-run-url']).toMatch(/^https:\/\/github\.test\/octo\/clusters\/runs\/\d+$/);
    expect(first.stdout).toContain(`PR comment created: https://github.test/octo/clusters/pull/7#issuecomment-${mine[0]?.id}`);
    expect(first.stdout).toContain(`with 1 annotations: ${first.outputs['check-run-url']}`);

    const second = await runAction({ ...ONE, inputs, env: env(), event: pr() });
    expect(second.code).toBe(1);
    expect(gh.of('issues/create-comment')).toHaveLength(1);
    expect(gh.of('issues/update-comment').map((q) => q.path)).toEqual([`/repos/octo/clusters/issues/comments/${mine[0]?.id}`]);
    expect(gh.comments.size).toBe(2);

    const third = await runAction({ ...CLEAN, inputs: { ...CLEAN.inputs, ...withApi({ comment: 'true' }) }, env: env(), event: pr() });
    expect(third.code).toBe(0);
    expect(gh.comments.get(mine[0]!.id)?.body).toContain('all clear');
    expect(gh.comments.size).toBe(2);
    noSecrets(first);
  });

  it('PR comment: a clean repository without an earlier comment posts nothing', async () => {
    const r = await runAction({ ...CLEAN, inputs: { ...CLEAN.inputs, ...withApi({ comment: 'true' }) }, env: env(), event: pr() });
    expect(gh.of('issues/create-comment')).toEqual([]);
    expect(r.stdout).toContain('PR comment: not posted (no findings, and no earlier comment of ours to clear)');
    expect(r.stdout).not.toContain('PR comment none');
    expect(r.outputs['comment-url']).toBe('');
  });

  it('PR comment: 403 skips it with a notice; the check run and the verdict stand', async () => {
    gh.fail('issues/list-comments', { status: 403, message: 'Resource not accessible by integration' });
    const r = await runAction({ ...ONE, inputs: { ...ONE.inputs, ...withApi({ comment: 'true' }) }, env: env(), event: pr() });
    expect(r.code).toBe(1);
    expect(gh.checkRuns.size).toBe(1);
    const notice = r.annotations.find((a) => a.command === 'notice');
    expect(notice?.message).toMatch(/^PR comment skipped: the token cannot write comments \(HTTP 403/);
    expect(gh.of('issues/create-comment')).toEqual([]);
  });
});

describe('fixtures', () => {
  it('exist', () => {
    for (const d of ['many', 'one', 'clean', 'inject']) expect(existsSync(join(FIX, d))).toBe(true);
  });
});
