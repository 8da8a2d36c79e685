import type { Fact } from '../model/fact.js';
import type { Finding, ScanResult, Undetermined } from '../model/finding.js';
import { formatPlace, type Place } from '../model/place.js';
import type { Severity } from '../model/rule.js';
import { activeFindings, filteredCounts, suppressedFindings } from '../policy/verdict.js';
import { showValue } from '../evaluate/render.js';
import { assemble, type Block } from './budget.js';
import { factsBrief, formationLine, hasClusters } from './clusters.js';
import { factOrigin } from './evidence.js';
import { code, escapeMarkdown, truncateBytes } from './markdown.js';
import { plural } from './plural.js';
import { conclusionOf, countResults, verdictTitle } from './verdict.js';
import { type FailOn, severityRank } from '../model/gate.js';

/** Checks API `output.summary` / `output.text`: at most 65,535 characters; counted here in bytes, which is stricter. */
export const CHECK_OUTPUT_MAX_BYTES = 65_535;
/** The job summary of one step is at most 1 MiB; a bigger one is rejected ("upload aborted"). */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024;

export interface SummaryOptions {
  failOn: FailOn;
  /** Byte budget of the whole text. */
  limit: number;
  /** Markdown written by netcompat itself (never repository text): PR-head warning, where annotations went. */
  notes?: readonly string[];
  /** Link for a place (a blob URL at the scanned commit); plain text when absent. */
  link?: (p: Place) => string | undefined;
  /** Where the rows cut for size can be read, for the cut note. */
  elsewhere?: string;
}

export const SEVERITY_ICON: Record<Severity, string> = { high: '🔴', medium: '🟠', low: '🟡' };
const VERDICT_ICON = { failure: '❌', neutral: '⚠️', success: '✅' } as const;
/** Long repository strings are shortened inside table cells so one value cannot eat the budget. */
const CELL_BYTES = 2_000;

function cell(s: string): string {
  return escapeMarkdown(truncateBytes(s, CELL_BYTES));
}

export function placeLink(p: Place | undefined, link?: (p: Place) => string | undefined): string {
  if (!p) return 'inputs';
  const text = escapeMarkdown(truncateBytes(formatPlace(p), CELL_BYTES));
  const url = link?.(p);
  return url ? `[${text}](${url})` : text;
}

function where(facts: readonly Fact[], primary: Place | undefined, link?: (p: Place) => string | undefined): string {
  if (primary) return placeLink(primary, link);
  const inputs = new Set<string>();
  const visit = (f: Fact): void => {
    if (f.source.startsWith('input:')) inputs.add(f.source.slice('input:'.length));
    if (f.source.startsWith('config:')) inputs.add(`config file ${f.source.slice('config:'.length)}`);
    f.derivedFrom?.forEach(visit);
  };
  facts.forEach(visit);
  return inputs.size ? `inputs: ${[...inputs].sort().map(code).join(', ')}` : '—';
}

function findingRow(f: Finding, link?: (p: Place) => string | undefined): string {
  return `| ${SEVERITY_ICON[f.severity]} ${f.severity} | ${code(f.ruleId)} ${cell(f.title)} | ${cell(f.message)} | ${where(f.evidence, f.primary, link)} | ${cell(f.fix)} |\n`;
}

function undeterminedRow(u: Undetermined, link?: (p: Place) => string | undefined): string {
  const deciders = u.missing
    .map((m) => {
      const at = (m.unresolvedAt ?? []).map((p) => placeLink(p, link));
      return `${code(m.fact)}: ${cell(m.hint)}${at.length ? ` (templated at ${at.join(', ')})` : ''}`;
    })
    .join('<br>');
  const known = u.evidence.map((f) => `${code(f.name)} ${cell(showValue(f))}`).join(', ');
  return `| ${code(u.ruleId)} ${cell(u.title)} | ${u.severity} | ${deciders || '—'} | ${known || '—'} |\n`;
}

function factRow(f: Fact, link?: (p: Place) => string | undefined): string {
  const from = f.place ? placeLink(f.place, link) : cell(factOrigin(f));
  const via = f.derivedFrom?.length ? ` ← ${f.derivedFrom.map((d) => `${code(d.name)} ${d.place ? placeLink(d.place, link) : cell(factOrigin(d))}`).join(', ')}` : '';
  return `| ${code(f.name)} | ${cell(showValue(f))} | ${f.origin} | ${from}${via} |\n`;
}

/**
 * The markdown report shared by the job summary and the check run's `output.summary`: verdict, findings
 * by severity, undetermined rules with what would decide them, facts per cluster, skipped files. Cut
 * between table rows to fit `limit` bytes, with a visible note.
 */
export function summaryMarkdown(result: ScanResult, opts: SummaryOptions): string {
  const c = countResults(result);
  const conclusion = conclusionOf(result, opts.failOn);
  const blocks: Block[] = [];
  blocks.push({ head: `## ${VERDICT_ICON[conclusion]} netcompat: ${escapeMarkdown(verdictTitle(result, opts.failOn))}\n\n`, rows: [] });
  const s = result.stats;
  blocks.push({
    head: `Scanned ${plural(s.filesSeen, 'file')} (${s.filesParsed} parsed), found ${plural(s.facts, 'fact')}, checked ${plural(result.rules.length, 'rule')}; fail-on: ${code(opts.failOn)}.\n\n`,
    rows: [],
  });
  for (const n of opts.notes ?? []) blocks.push({ head: `${n}\n\n`, rows: [] });
  if (hasClusters(result.contexts)) {
    blocks.push({
      head: `**Clusters**: ${escapeMarkdown(formationLine(result.contexts))}.\n\n`,
      rows: result.contexts.map((ctx) => `- ${code(ctx.name)} (${cell(ctx.formedBy)}): ${cell(factsBrief(ctx.facts))}\n`),
      tail: '\n',
    });
  }

  // Settings problems first: an expired ignore entry is why a finding is back.
  const diagnostics = result.diagnostics ?? [];
  if (diagnostics.length > 0) {
    blocks.push({
      head: `### ⚠️ Settings problems (${diagnostics.length})\n\nIgnore entries and directives that do not work as written; fix them in the repository.\n\n| Level | Problem | Where |\n|---|---|---|\n`,
      rows: diagnostics.map((d) => `| ${d.level} | ${cell(d.message)} | ${d.place ? placeLink(d.place, opts.link) : '—'} |\n`),
      tail: '\n',
    });
  }
  if (c.findings > 0) {
    blocks.push({
      head: `### Findings (${c.findings})\n\n| Severity | Rule | Values | Where | Fix |\n|---|---|---|---|---|\n`,
      rows: activeFindings(result).sort(bySeverity).map((f) => findingRow(f, opts.link)),
      tail: '\n',
    });
  }
  if (c.undetermined > 0) {
    blocks.push({
      head: `### Undetermined (${c.undetermined})\n\nThese rules may apply; they never fail the build. Give the missing facts to decide them.\n\n| Rule | Severity if it applies | Would be decided by | Known |\n|---|---|---|---|\n`,
      rows: result.undetermined.slice().sort(bySeverity).map((u) => undeterminedRow(u, opts.link)),
      tail: '\n',
    });
  }
  const suppressed = suppressedFindings(result);
  if (suppressed.length > 0) {
    blocks.push({
      head: `### Suppressed (${suppressed.length}), not counted\n\n| Rule | Where | Reason | By |\n|---|---|---|---|\n`,
      rows: suppressed.map((f) => `| ${code(f.ruleId)} | ${placeLink(f.primary, opts.link)} | ${cell(f.suppressed?.reason ?? '')} | ${cell(f.suppressed?.by ?? '')} |\n`),
      tail: '\n',
    });
  }
  const { baseline, unchanged } = filteredCounts(result);
  if (baseline + unchanged > 0) {
    const parts = [baseline ? `${baseline} in the baseline` : '', unchanged ? `${unchanged} with no evidence in the changed files` : ''].filter(Boolean);
    blocks.push({ head: `Not shown and not counted: ${parts.join(', ')}.\n\n`, rows: [] });
  }
  if (result.contexts.length > 0) {
    blocks.push({ head: `### Facts per cluster\n\n${escapeMarkdown(formationLine(result.contexts))}.\n\n`, rows: [] });
    for (const ctx of result.contexts) {
      blocks.push({
        head: `<details><summary>${escapeMarkdown(ctx.name)}: ${escapeMarkdown(ctx.formedBy)} (${ctx.facts.length} facts)</summary>\n\n| Fact | Value | Origin | From |\n|---|---|---|---|\n`,
        rows: ctx.facts.map((f) => factRow(f, opts.link)),
        tail: '\n</details>\n\n',
      });
    }
  }
  const listed = result.skipped.filter((k) => !k.quiet);
  const quiet = result.skipped.length - listed.length;
  if (listed.length > 0) {
    blocks.push({
      head: `### Skipped files (${listed.length})\n\n| File | Reason | Detail |\n|---|---|---|\n`,
      rows: listed.map((k) => `| ${cell(k.path)} | ${k.reason} | ${cell(k.detail)} |\n`),
      tail: '\n',
    });
  }
  if (quiet > 0) blocks.push({ head: `${plural(quiet, 'Helm chart template file')} skipped (the chart values are read instead).\n\n`, rows: [] });
  const elsewhere = opts.elsewhere ?? 'the SARIF file and the CLI output';
  return assemble(blocks, opts.limit, (n) => `\n> [!NOTE]\n> ✂️ Cut to fit GitHub's limit of ${opts.limit.toLocaleString('en-US')} bytes: ${plural(n, 'more row')} not shown. See ${elsewhere}.\n`);
}

function bySeverity(a: { severity: Severity; ruleId: string }, b: { severity: Severity; ruleId: string }): number {
  return severityRank(a.severity) - severityRank(b.severity) || a.ruleId.localeCompare(b.ruleId);
}
