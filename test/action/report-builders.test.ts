import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGitHead } from '../../src/action/git-head.js';
import { withPlaceBase } from '../../src/model/place-base.js';
import { checkTarget, readRunnerEnv } from '../../src/action/runner-env.js';
import { explicitFacts } from '../../src/inputs/options.js';
import type { ScanResult } from '../../src/model/finding.js';
import { annotationsOf, selectWorkflowAnnotations, workflowProps, type Annotation } from '../../src/report/annotations.js';
import { batches, checkAnnotation, checkRunRequests, type CheckRunPlan } from '../../src/action/check-run-requests.js';
import { assemble } from '../../src/report/budget.js';
import { checkText } from '../../src/report/check-run.js';
import { allClearBody, commentBody, commentMarker } from '../../src/report/comment.js';
import { code, escapeMarkdown, truncateBytes } from '../../src/report/markdown.js';
import { summaryMarkdown } from '../../src/report/summary-markdown.js';
import { conclusionOf, verdictTitle } from '../../src/policy/verdict.js';
import { scan } from '../../src/scan.js';
import { builtInRules } from '../../src/knowledge/rules.js';

const FIX = new URL('../fixtures/action/', import.meta.url).pathname;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

let many: ScanResult;
let one: ScanResult;
let inject: ScanResult;
beforeAll(async () => {
  // The 120 Services set externalIPs: one CVE-2020-8554 finding each, raised to high as the fixture's
  // .netcompat.yaml does for the Action.
  many = await scan({
    root: join(FIX, 'many'),
    rules: builtInRules().map((r) => (r.id === 'KP-CVE-2020-8554' ? { ...r, severity: 'high' as const } : r)),
    explicit: explicitFacts({ 'kube-proxy-mode': 'ipvs', 'node-os': 'ubuntu-22.04' }),
  });
  one = await scan({ root: join(FIX, 'one'), explicit: explicitFacts({ 'kube-proxy-mode': 'iptables', 'node-os': 'ubuntu-22.04' }) });
  inject = await scan({ root: join(FIX, 'inject'), explicit: explicitFacts({ 'kube-proxy-mode': 'ipvs', 'node-os': 'ubuntu-22.04' }) });
});

function plan(anns: Annotation[]): CheckRunPlan {
  return {
    name: 'netcompat',
    headSha: 'b'.repeat(40),
    conclusion: 'failure',
    output: { title: 't', summary: 's', text: 'x' },
    annotations: anns.map((a) => checkAnnotation(a)!),
    startedAt: '2026-01-01T00:00:00.000Z',
    completedAt: '2026-01-01T00:00:01.000Z',
  };
}

describe('verdict', () => {
  it('titles and conclusions follow fail-on; undetermined never fails', () => {
    expect(verdictTitle(many, 'high')).toBe('120 high: fails on high');
    expect(conclusionOf(many, 'high')).toBe('failure');
    expect(verdictTitle(many, 'none')).toBe('120 high: fail-on none');
    expect(conclusionOf(many, 'none')).toBe('neutral');
    const onlyUndetermined = { ...one, findings: [], undetermined: [{ ...many.findings[0]!, missing: [] }] } as unknown as ScanResult;
    expect(verdictTitle(onlyUndetermined, 'low')).toBe('No findings, 1 undetermined');
    expect(conclusionOf(onlyUndetermined, 'low')).toBe('success');
  });

  it('suppressed and filtered findings do not count', () => {
    const r = { ...one, findings: one.findings.map((f) => ({ ...f, suppressed: { reason: 'accepted risk', by: '.netcompat.yaml:3' } })) };
    expect(conclusionOf(r, 'high')).toBe('success');
    expect(annotationsOf(r)).toEqual([]);
    expect(summaryMarkdown(r, { failOn: 'high', limit: 1e6 })).toContain('### Suppressed (1), not counted');
  });
});

describe('check-run requests', () => {
  it('120 annotations: 50 on create, then 50 and 20 by update; none lost or repeated', () => {
    const anns = annotationsOf(many);
    expect(anns).toHaveLength(120);
    const req = checkRunRequests(plan(anns));
    // Created completed with its conclusion: a failing update can never leave it in progress.
    expect(req.create).toMatchObject({
      name: 'netcompat',
      head_sha: 'b'.repeat(40),
      status: 'completed',
      conclusion: 'failure',
      completed_at: '2026-01-01T00:00:01.000Z',
    });
    expect(req.updates.map((u) => u.status)).toEqual([undefined, undefined]);
    expect(req.carried.map((c) => c.length)).toEqual([50, 50, 20]);
    expect(new Set(req.carried.flat()).size).toBe(120);
  });

  it('one batch: created completed in a single request', () => {
    const req = checkRunRequests(plan([]));
    expect(req.updates).toEqual([]);
    expect(req.create).toMatchObject({ status: 'completed', conclusion: 'failure', output: { annotations: [] } });
  });

  it('columns only when the range is on one line', () => {
    const [a] = annotationsOf(one);
    expect(checkAnnotation(a!)).toMatchObject({
      path: 'kubeadm.yaml',
      start_line: 4,
      end_line: 4,
      start_column: 20,
      end_column: 27,
      annotation_level: 'failure',
    });
    const multi = { ...a!, place: { file: 'x.yaml', line: 2, column: 3, endLine: 5, endColumn: 1 } };
    expect(checkAnnotation(multi)).not.toHaveProperty('start_column');
    expect(workflowProps(multi)).toEqual({ title: a!.title, file: 'x.yaml', startLine: 2, endLine: 5 });
    expect(checkAnnotation({ ...a!, place: undefined })).toBeUndefined();
    expect(checkAnnotation({ ...a!, place: undefined }, '.github/workflows/ci.yml')).toMatchObject({ path: '.github/workflows/ci.yml', start_line: 1 });
  });

  it('title is the rule id and title; raw_details the evidence chain', () => {
    const [a] = annotationsOf(one);
    expect(a!.title).toBe('KP-IPT-PARTIAL-SYNC-RACE kube-proxy iptables partial-sync race leaves new endpoints unserved');
    expect(a!.rawDetails.split('\n').slice(0, 3)).toEqual([
      'kubeProxy.mode = iptables  given by input kube-proxy-mode',
      'kubeProxy.version = v1.27.3  derived: cluster version',
      '  from kubernetes.version = v1.27.3  at kubeadm.yaml:4:20',
    ]);
  });

  it('output.text holds every finding within 65,535 bytes, cut between findings', () => {
    const text = checkText(many);
    expect(bytes(text)).toBeLessThanOrEqual(65_535);
    const shown = (text.match(/^### KP-CVE-2020-8554/gm) ?? []).length;
    expect(shown).toBeGreaterThan(0);
    if (shown < 120) expect(text).toContain(`${120 - shown} more findings not shown`);
  });
});

describe('workflow-command fallback', () => {
  it('at most 10 per level, most severe first, minus used slots, with room for the "more" notice', () => {
    const anns = annotationsOf(many);
    const sel = selectWorkflowAnnotations(anns, { error: 1 });
    expect(sel.emit).toHaveLength(9);
    expect(sel.omitted).toHaveLength(111);
    expect(sel.emit).toEqual(anns.slice(0, 9));
  });

  it('notices: the "more" notice takes one slot only when something is left out', () => {
    const base = annotationsOf(one)[0]!;
    const notices = Array.from({ length: 10 }, (_, i) => ({ ...base, key: `n${i}`, level: 'notice' as const }));
    expect(selectWorkflowAnnotations(notices).emit).toHaveLength(10);
    expect(selectWorkflowAnnotations([...notices, { ...base, key: 'n10', level: 'notice' }]).emit).toHaveLength(9);
    expect(selectWorkflowAnnotations([{ ...base, key: 'e' }, ...notices], { error: 10 }).emit).toHaveLength(9);
  });

  it('batches keep order and size', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 50)).toEqual([]);
  });
});

describe('byte budget', () => {
  it('cuts between rows, never over the limit, and says how many rows are missing', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `| row ${i} | ${'é'.repeat(20)} |\n`);
    const note = (n: number) => `\n> cut: ${n} more\n`;
    const full = assemble([{ head: '# T\n', rows }], 10_000, note);
    expect(full).not.toContain('cut:');
    const limit = bytes('# T\n') + bytes(rows[0]!) * 3 + bytes(note(Number.MAX_SAFE_INTEGER));
    const cut = assemble(
      [
        { head: '# T\n', rows },
        { head: 'after\n', rows: [] },
      ],
      limit,
      note,
    );
    expect(bytes(cut)).toBeLessThanOrEqual(limit);
    expect(cut).toBe(`# T\n${rows.slice(0, 3).join('')}\n> cut: 8 more\n`);
  });

  it('closes what a block opened even when its rows are cut', () => {
    const block = { head: '<details>\n', rows: ['a\n', 'b\n'], tail: '</details>\n' };
    const note = (n: number) => `[${n}]`;
    // 25 bytes of content plus room for the longest note (18 bytes) are needed for everything.
    expect(assemble([block], 43, note)).toBe('<details>\na\nb\n</details>\n');
    expect(assemble([block], 42, note)).toBe('<details>\na\n</details>\n[1]');
    expect(assemble([block], 40, note)).toBe('[2]');
  });

  it('truncates UTF-8 at a code point', () => {
    expect(truncateBytes('ééé', 5)).toBe('é…');
    expect(bytes(truncateBytes('🙂'.repeat(100), 50))).toBeLessThanOrEqual(50);
  });
});

describe('markdown escaping', () => {
  it('repository strings cannot open HTML, tables, links or mentions', () => {
    expect(escapeMarkdown('<script>|[x](y) @octocat\n## h')).toBe('&lt;script&gt;&#124;\\[x\\]\\(y\\) @\u200boctocat \\#\\# h');
    // Markdown is still read inside <code>: it is escaped there too.
    expect(code('a`b|c')).toBe('<code>a\\`b&#124;c</code>');
    expect(code('[Fix here](https://x.example)')).toBe('<code>\\[Fix here\\]\\(https://x.example\\)</code>');
  });

  it('the summary of a hostile repository stays inert', () => {
    const md = summaryMarkdown(inject, { failOn: 'high', limit: 1e6 });
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/^::/m);
    expect(md).not.toContain('@octocat');
    expect(md).not.toContain('&\\#');
    // Every table row has as many cells as its header: no value added a `|`.
    const tables = md.split(/\n(?!\|)/).map((t) => t.split('\n').filter((l) => l.startsWith('|')));
    expect(tables.filter((t) => t.length > 2).length).toBeGreaterThanOrEqual(2);
    for (const rows of tables.filter((t) => t.length > 2)) {
      const pipes = (l: string) => l.split('|').length;
      expect(rows.map(pipes)).toEqual(rows.map(() => pipes(rows[0]!)));
    }
    expect(md).toContain('ingress/&lt;script&gt;alert\\(1\\)&lt;/script&gt; @\u200boctocat \\#\\#\\[error\\]pwned');
  });

  it('the summary budget holds for the check run and notes the cut', () => {
    const md = summaryMarkdown(many, { failOn: 'high', limit: 20_000 });
    expect(bytes(md)).toBeLessThanOrEqual(20_000);
    expect(md).toMatch(
      /✂️ Cut to fit GitHub's limit of 20,000 characters: \d+ findings, the facts of 1 cluster not shown here\. The counts above cover everything; all results are in the SARIF file and the JSON report \(`json-file`\)\.\n$/,
    );
  });
});

describe('PR comment', () => {
  it('carries the marker, one row per finding and the details link', () => {
    const body = commentBody(one, { checkName: 'netcompat', failOn: 'high', sha: 'c'.repeat(40), detailsUrl: 'https://github.test/o/r/runs/1' });
    expect(body.startsWith(`${commentMarker('netcompat')}\n## ❌ netcompat: 1 high: fails on high\n`)).toBe(true);
    expect(body).toContain('| 🔴&nbsp;high | <code>KP\u2011IPT\u2011PARTIAL\u2011SYNC\u2011RACE</code> | 1 | kube-proxy');
    expect(body).toContain('<details><summary>🔴 <b>high</b> <code>KP\u2011IPT\u2011PARTIAL\u2011SYNC\u2011RACE</code>');
    expect(body).toContain('[full report](https://github.test/o/r/runs/1)');
    expect(commentMarker('a -->b')).toBe('<!-- netcompat:comment:a%20--%3Eb -->');
  });

  it('all clear keeps the marker so the next run finds it again', () => {
    expect(allClearBody({ checkName: 'netcompat', sha: 'c'.repeat(40) })).toBe(
      `${commentMarker('netcompat')}\n### ✅ netcompat: all clear\n\nNo findings any more as of <code>cccccccccccc</code>.\n`,
    );
  });
});

describe('runner environment', () => {
  it('places become repository-relative when path is a subdirectory', () => {
    const r = withPlaceBase(one, 'clusters/one');
    expect(r.findings[0]?.primary?.file).toBe('clusters/one/kubeadm.yaml');
    expect(r.findings[0]?.evidence[1]?.derivedFrom?.[0]?.place?.file).toBe('clusters/one/kubeadm.yaml');
    expect(one.findings[0]?.primary?.file).toBe('kubeadm.yaml');
  });

  it('reads the PR head from the payload and compares it with the checked-out commit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netcompat-event-'));
    writeFileSync(join(dir, 'e.json'), JSON.stringify({ pull_request: { number: 3, head: { sha: 'b'.repeat(40) } } }));
    const env = {
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: join(dir, 'e.json'),
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/ci.yml@refs/pull/3/merge',
    };
    const runner = readRunnerEnv(env);
    expect(runner).toMatchObject({ pull: { number: 3, headSha: 'b'.repeat(40) }, workflowPath: '.github/workflows/ci.yml' });
    expect(checkTarget(runner, undefined)).toEqual({ headSha: 'b'.repeat(40), checkedOut: 'a'.repeat(40), mismatch: true });
    expect(checkTarget(runner, 'b'.repeat(40)).mismatch).toBe(false);
    expect(readRunnerEnv({ ...env, GITHUB_EVENT_NAME: 'push' }).pull).toBeUndefined();
    expect(readRunnerEnv({ ...env, GITHUB_EVENT_PATH: join(dir, 'missing.json') }).pull).toBeUndefined();
  });

  it('reads the checked-out commit from .git without running git', () => {
    const ws = mkdtempSync(join(tmpdir(), 'netcompat-git-'));
    mkdirSync(join(ws, '.git/refs/heads'), { recursive: true });
    writeFileSync(join(ws, '.git/HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(ws, '.git/packed-refs'), `# pack-refs\n${'d'.repeat(40)} refs/heads/main\n`);
    expect(readGitHead(ws)).toBe('d'.repeat(40));
    writeFileSync(join(ws, '.git/refs/heads/main'), `${'e'.repeat(40)}\n`);
    expect(readGitHead(ws)).toBe('e'.repeat(40));
    writeFileSync(join(ws, '.git/HEAD'), `${'f'.repeat(40)}\n`);
    expect(readGitHead(ws)).toBe('f'.repeat(40));
    expect(readGitHead(join(ws, 'nowhere'))).toBeUndefined();
  });
});
