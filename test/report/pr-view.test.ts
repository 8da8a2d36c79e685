import { join } from 'node:path';
import { marked } from 'marked';
import { beforeAll, describe, expect, it } from 'vitest';
import { explicitFacts } from '../../src/inputs/options.js';
import type { ScanResult } from '../../src/model/finding.js';
import { commentBody, COMMENT_MAX_BYTES } from '../../src/report/comment.js';
import { checkText } from '../../src/report/check-run.js';
import { CHECK_OUTPUT_MAX_BYTES, JOB_SUMMARY_MAX_BYTES, summaryMarkdown } from '../../src/report/summary-markdown.js';
import { scan } from '../../src/scan.js';
import { generateClusters } from './gen-clusters.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const THREE = join(ROOT, 'test/fixtures/prview/three');
const OS = explicitFacts({ 'node-os': 'centos-7.9' });
const link = (p: { file: string; line: number }) => `https://github.test/octo/clusters/blob/${'a'.repeat(40)}/${p.file}#L${p.line}`;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
/** The Service name in the fixture written to break markdown and HTML; shown as written, @ kept from mentioning. */
const HOSTILE = 'edge|`x`@\u200boctocat<script>\\*';

interface Views {
  summary: string;
  check: string;
  text: string;
  comment: string;
}

function views(result: ScanResult): Views {
  const common = { failOn: 'high' as const, link };
  return {
    summary: summaryMarkdown(result, { ...common, limit: JOB_SUMMARY_MAX_BYTES }),
    check: summaryMarkdown(result, {
      ...common,
      limit: CHECK_OUTPUT_MAX_BYTES,
      kind: 'check-run',
      elsewhere: "the workflow run's job summary and the SARIF file",
    }),
    text: checkText(result, link),
    comment: commentBody(result, { checkName: 'netcompat', failOn: 'high', sha: 'b'.repeat(40), detailsUrl: 'https://github.test/octo/clusters/runs/1', link }),
  };
}

/** What a reader sees: the markdown rendered as GitHub does (GFM), tags stripped, entities decoded. */
function visible(md: string): string {
  const html = marked.parse(md, { gfm: true, async: false }) as string;
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#124;/g, '|')
    .replace(/&amp;/g, '&');
}

/** Severity of each finding line in order of appearance (summary lines of the findings section). */
function severities(md: string): string[] {
  const findings = md.split('### Findings')[1]?.split('\n### ')[0] ?? '';
  return [...findings.matchAll(/^(?:<details><summary>|- )(🔴|🟠|🟡) <b>(high|medium|low)<\/b>/gm)].map((m) => m[2]!);
}

const RANK = { high: 0, medium: 1, low: 2 } as Record<string, number>;
const sorted = (list: string[]) => list.every((s, i) => i === 0 || RANK[list[i - 1]!]! <= RANK[s]!);

describe('the reviewer view on a three-cluster repository (issue 12)', () => {
  let result: ScanResult;
  let v: Views;
  beforeAll(async () => {
    result = await scan({ root: THREE, explicit: OS });
    v = views(result);
  });

  it('opens with the verdict, then counts by rule and by cluster, before any finding', () => {
    for (const md of [v.summary, v.check]) {
      expect(md.startsWith('## ❌ netcompat: ')).toBe(true);
      const rules = md.indexOf('| Severity | Rule | Findings | Clusters | Title |');
      const clusters = md.indexOf('| Cluster | 🔴&nbsp;high | 🟠&nbsp;medium | 🟡&nbsp;low | ❔&nbsp;undetermined |');
      const findings = md.indexOf('### Findings');
      expect(rules).toBeGreaterThan(0);
      expect(clusters).toBeGreaterThan(rules);
      expect(findings).toBeGreaterThan(clusters);
      // Clusters in natural order, each with its counts.
      expect([...md.matchAll(/^\| <code>(clusters\/[a-z]+)<\/code> \|/gm)].map((m) => m[1])).toEqual(['clusters/lab', 'clusters/prod', 'clusters/staging']);
    }
    expect(v.comment).toContain('| Severity | Rule | Findings | Clusters | Title |');
  });

  it('the counts table adds up to every finding, rule ids never wrap', () => {
    const total = v.summary.match(/^\| \| \*\*Total\*\* \| \*\*(\d+)\*\* \| \*\*(\d+)\*\* \|/m);
    expect(Number(total?.[1])).toBe(result.findings.length);
    expect(Number(total?.[2])).toBe(3);
    expect(v.summary).toContain(
      `❔ **${result.undetermined.length} undetermined** (never failing): <code>CAL\u2011IPIP\u2011CSUM\u2011OFFLOAD</code> ×1 (high if it applies).`,
    );
    expect(v.summary).toContain('| 🔴&nbsp;high | <code>KP\u2011IPVS\u2011EXTIP\u2011ETP\u2011LOCAL</code> | 1 | 1 | kube-proxy IPVS drops');
    // Ids in tables and summary lines use non-breaking hyphens; the plain id is in the details for search.
    expect(v.summary).not.toMatch(/<summary>[^\n]*<code>KP-/);
    expect(v.summary).toContain('Rule <code>KP-IPVS-EXTIP-ETP-LOCAL</code>.');
  });

  it('lists every finding once, most severe first, one line each with evidence, fix and references collapsed', () => {
    for (const md of [v.summary, v.check, v.comment]) {
      const sev = severities(md);
      expect(sev).toHaveLength(result.findings.length);
      expect(sorted(sev)).toBe(true);
      const opened = (md.match(/<details>/g) ?? []).length;
      expect((md.match(/<\/details>/g) ?? []).length).toBe(opened);
    }
    const block = v.summary.split('<details><summary>🔴 <b>high</b> <code>KP\u2011IPT\u2011PARTIAL\u2011SYNC\u2011RACE</code>')[1]!.split('</details>')[0]!;
    expect(block).toMatch(
      /^ kube-proxy iptables partial-sync race leaves new endpoints unserved · <i>clusters\/staging<\/i> · kube-proxy mode iptables · kube-proxy v1\.28\.2 · <a href="https:\/\/github\.test\/octo\/clusters\/blob\/a{40}\/clusters\/staging\/kubeadm\.yaml#L4">clusters\/staging\/kubeadm\.yaml:4:20<\/a><\/summary>/,
    );
    expect(block).toContain('**Fix:** Upgrade kube-proxy to 1.27.11, 1.28.7, 1.29.2, or 1.30.0 or later.');
    expect(block).toContain('**Evidence**');
    expect(block).toContain('**References:** [kubernetes\\#');
    // The check run's details text follows the same order.
    const textOrder = [...v.text.matchAll(/^### \S+: .* \((high|medium|low)\)$/gm)].map((m) => m[1]!);
    expect(textOrder).toHaveLength(result.findings.length);
    expect(sorted(textOrder)).toBe(true);
  });

  it('puts the facts per cluster last, collapsed, and keeps them out of the comment', () => {
    const facts = v.summary.indexOf('### Facts per cluster');
    expect(facts).toBeGreaterThan(v.summary.indexOf('### Undetermined'));
    expect(v.summary.slice(facts + 4)).not.toContain('### ');
    expect(v.summary.slice(facts)).toContain('<details><summary>clusters/prod: directory clusters/prod/: kubeadm ClusterConfiguration (');
    expect(v.comment).not.toContain('Facts per cluster\n');
  });

  it('escapes repository text: no stray backslash, no tag, no mention once rendered', () => {
    for (const md of [v.summary, v.check, v.comment]) {
      const html = marked.parse(md, { gfm: true, async: false }) as string;
      expect(html).not.toContain('<script');
      const seen = visible(md);
      expect(seen).toContain(HOSTILE);
      expect(seen).not.toMatch(/@octocat/);
      expect(seen.split(HOSTILE).join('')).not.toContain('\\');
    }
  });
});

describe('the reviewer view on a generated 67-cluster repository (issue 12)', () => {
  let result: ScanResult;
  let v: Views;
  beforeAll(async () => {
    result = await scan({ root: generateClusters(67, 46), explicit: OS });
    v = views(result);
  }, 60_000);

  it('has thousands of findings', () => {
    expect(result.contexts).toHaveLength(67);
    // Shared platform files give one finding naming the clusters they apply to (issue 9), not a copy each.
    expect(result.findings.length).toBeGreaterThan(2500);
  });

  it('stays within GitHub limits and keeps the counts for all findings', () => {
    expect(bytes(v.summary)).toBeLessThanOrEqual(JOB_SUMMARY_MAX_BYTES);
    expect(bytes(v.check)).toBeLessThanOrEqual(CHECK_OUTPUT_MAX_BYTES);
    expect(bytes(v.text)).toBeLessThanOrEqual(CHECK_OUTPUT_MAX_BYTES);
    expect(bytes(v.comment)).toBeLessThanOrEqual(COMMENT_MAX_BYTES);
    for (const md of [v.summary, v.check, v.comment]) {
      const total = md.match(/^\| \| \*\*Total\*\* \| \*\*(\d+)\*\* \|/m);
      expect(Number(total?.[1])).toBe(result.findings.length);
    }
  });

  it('shows as many findings as fit, most severe first, and says how many more and where', () => {
    for (const [md, where] of [
      [v.check, "the workflow run's job summary and the SARIF file"],
      [v.summary, 'the SARIF file and the JSON report'],
      [v.comment, 'full report'],
    ] as const) {
      const sev = severities(md);
      expect(sorted(sev)).toBe(true);
      expect(sev.length).toBeGreaterThan(50);
      const more = Number(md.match(/✂️ Cut to fit GitHub's limit of [\d,]+ characters: ([\d,]+) findings/)?.[1]?.replace(/,/g, ''));
      expect(sev.length + more).toBe(result.findings.length);
      expect(md).toContain(where);
    }
    // The job summary (1 MiB) holds the most, details for the first ones and one line for the rest.
    const inSummary = severities(v.summary).length;
    expect(inSummary).toBeGreaterThan(severities(v.check).length);
    const more = Number(v.summary.match(/✂️ Cut to fit GitHub's limit of [\d,]+ characters: ([\d,]+) findings/)?.[1]?.replace(/,/g, '') ?? 0);
    expect(inSummary + more).toBe(result.findings.length);
  });

  it('collapses the 67-row cluster table, in natural order', () => {
    expect(v.check).toContain('<details><summary>Counts by cluster: 67 of 67 clusters have findings</summary>');
    const names = [...v.check.matchAll(/^\| <code>clusters\/dev-(\d+)<\/code> \|/gm)].map((m) => Number(m[1]));
    expect(names).toEqual(Array.from({ length: 67 }, (_, i) => i));
  });
});
