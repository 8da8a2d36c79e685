import { capEvidence } from './evidence-cap.js';
import { securityMark } from './security.js';
import { clusterFacts } from '../model/cluster-facts.js';
import type { Fact } from '../model/fact.js';
import type { Finding, ScanResult, Undetermined } from '../model/finding.js';
import { formatPlace, type Place } from '../model/place.js';
import { SEVERITIES } from '../model/rule.js';
import { activeFindings, filteredCounts, suppressedFindings, verdictTitle } from '../policy/verdict.js';
import { clusterList, CLUSTERS_NAMED } from './cluster-name.js';
import { factsBrief, formationLine, hasClusters } from './clusters.js';
import { colours, type Colours } from './colour.js';
import { factLines, type FactTextOptions } from './fact-text.js';
import type { Sink } from './json-writer.js';
import { plural } from './plural.js';
import { neutraliseCommands, oneLine } from './safe-text.js';
import { byCode, sortFindings } from './sort.js';
import type { FailOn } from '../model/gate.js';
import { uncheckedClusters } from '../policy/nothing-checked.js';

export interface TextOptions extends FactTextOptions {
  failOn: FailOn;
  /** ANSI colour; the CLI turns it on only for a terminal without NO_COLOR. */
  color?: boolean;
}

/** `file:line:col`, which terminals and editors open as a link. */
const where = (p: Place | undefined): string => (p ? oneLine(formatPlace(p)) : '(explicit inputs)');

/**
 * The report for people: findings by severity with their evidence, then what could not be decided,
 * what does not apply, what was skipped, and a one-line verdict. Pure; safe to print in a CI log.
 */
export function renderText(result: ScanResult, opts: TextOptions): string {
  const parts: string[] = [];
  writeTextReport(result, opts, (chunk) => parts.push(chunk));
  return parts.join('');
}

/**
 * renderText's text written to `sink` in pieces as it is made: at 100,000 files the whole text, its lines
 * and the inert copy of it were held at once (18 MiB over the JSON report's peak).
 */
export function writeTextReport(result: ScanResult, opts: TextOptions, sink: Sink): void {
  const c = colours(!!opts.color);
  const many = result.contexts.length > 1;
  const out = new TextLines(sink);
  out.push(header(result));
  const active = activeFindings(result);

  for (const sev of SEVERITIES) {
    const list = sortFindings(active.filter((f) => f.severity === sev));
    if (list.length === 0) continue;
    out.push('', c.severity(sev, `${sev.toUpperCase()} (${list.length})`));
    for (const f of list) out.push(...findingLines(f, many, opts, c));
  }
  if (result.undetermined.length > 0) {
    out.push('', c.bold(`UNDETERMINED (${result.undetermined.length}): not enough facts to decide; these never fail the build`));
    for (const u of sortFindings(result.undetermined)) out.push(...undeterminedLines(u, result, many, opts, c));
  }
  out.push(
    ...notApplicableLines(result),
    ...uncheckedLines(result),
    ...hiddenLines(result),
    ...excludedLines(result),
    ...skippedLines(result),
    ...diagnosticLines(result),
  );
  out.push('', c.bold(`Verdict: ${verdictTitle(result, opts.failOn)}`));
  out.end();
}

/** About this many characters are gathered before the sink sees them. */
const CHUNK = 64 * 1024;

/**
 * Lines joined by newlines, with a final one, handed on in pieces; each line made inert as it comes
 * (neutraliseCommands works line by line, so this equals making the whole text inert).
 */
class TextLines {
  private lines: string[] = [];
  private size = 0;
  private first = true;

  constructor(private readonly sink: Sink) {}

  push(...lines: string[]): void {
    for (const line of lines) {
      const safe = neutraliseCommands(line);
      this.lines.push(safe);
      this.size += safe.length + 1;
    }
    if (this.size >= CHUNK) this.flush();
  }

  end(): void {
    this.flush();
    this.sink('\n');
  }

  private flush(): void {
    if (this.lines.length === 0) return;
    this.sink(`${this.first ? '' : '\n'}${this.lines.join('\n')}`);
    this.first = false;
    this.lines = [];
    this.size = 0;
  }
}

function header(r: ScanResult): string {
  const s = r.stats;
  const head = `netcompat ${r.tool.version}: scanned ${oneLine(r.root)}: ${plural(s.filesSeen, 'file')} seen, ${s.filesParsed} parsed, ${plural(s.facts, 'fact')}, ${plural(r.rules.length, 'rule')}`;
  if (!hasClusters(r.contexts)) {
    const only = r.contexts[0];
    return only ? `${head}\ncluster: ${oneLine(only.formedBy)}; facts: ${oneLine(factsBrief(clusterFacts(only)))}` : head;
  }
  return [
    head,
    // Each cluster has a line of its own below: the first line names a few, so it stays one screen line.
    `clusters: ${r.contexts
      .slice(0, CLUSTERS_NAMED)
      .map((x) => `${oneLine(x.name)} (${oneLine(x.formedBy)})`)
      .join(', ')}${r.contexts.length > CLUSTERS_NAMED ? ` (+${r.contexts.length - CLUSTERS_NAMED} more, each below)` : ''}`,
    `  formed: ${oneLine(formationLine(r.contexts))}`,
    ...clusterBriefs(r),
  ].join('\n');
}

/** A line of facts per cluster; facts every cluster takes from files no cluster owns are one line before them. */
function clusterBriefs(r: ScanResult): string[] {
  const shared = new Set(r.sharedFacts);
  const lines = r.contexts.map((x) => `  ${oneLine(x.name)}: ${factsBrief(shared.size ? x.facts.filter((f) => !shared.has(f)) : x.facts)}`);
  return shared.size ? [`  shared by all ${r.contexts.length} clusters (files no cluster owns): ${factsBrief([...shared])}`, ...lines] : lines;
}

function evidenceText(evidence: readonly Fact[], opts: TextOptions): string[] {
  const { shown, more } = capEvidence(evidence);
  return [...shown.flatMap((e) => factLines(e, '      ', opts)), ...more.map((m) => `      … ${oneLine(m)} (all in --format json)`)];
}

function findingLines(f: Finding, many: boolean, opts: TextOptions, c: Colours): string[] {
  const lines = [
    `  ${where(f.primary)}  ${c.bold(f.ruleId)}  ${oneLine(f.title)}${securityMark(f) ? `  [${securityMark(f)}]` : ''}`,
    `    ${oneLine(f.message)}`,
    `    fix: ${oneLine(f.fix)}`,
    '    evidence:',
    ...evidenceText(f.evidence, opts),
  ];
  if (many) lines.push(`    cluster: ${oneLine(clusterList(f))}`);
  return lines;
}

/** The unresolved facts of this name in the context, so the reader sees the template text and its place. */
function unresolvedFacts(result: ScanResult, context: string, name: string): Fact[] {
  const ctx = result.contexts.find((x) => x.name === context);
  return (ctx ? clusterFacts(ctx) : []).filter((f) => f.name === name && f.unresolved);
}

function undeterminedLines(u: Undetermined, result: ScanResult, many: boolean, opts: TextOptions, c: Colours): string[] {
  const place = u.primary ? where(u.primary) : '(no file)';
  const lines = [`  ${place}  ${c.bold(u.ruleId)}  ${oneLine(u.title)}  ${c.dim(`[${u.severity} if it applies]`)}`];
  for (const m of u.missing) {
    lines.push(`    needs ${m.fact}: ${oneLine(m.hint)}`);
    const found = unresolvedFacts(result, u.context, m.fact);
    if (found.length > 0) lines.push(...found.flatMap((f) => factLines(f, '      ', opts)));
    else for (const p of m.unresolvedAt ?? []) lines.push(`      unresolved at ${oneLine(formatPlace(p))}`);
  }
  if (u.evidence.length > 0) lines.push('    known:', ...evidenceText(u.evidence, opts));
  if (many) lines.push(`    cluster: ${oneLine(clusterList(u))}`);
  return lines;
}

function notApplicableLines(r: ScanResult): string[] {
  if (r.notApplicable.length === 0) return [];
  const byReason = new Map<string, number>();
  for (const n of r.notApplicable) byReason.set(n.reason, (byReason.get(n.reason) ?? 0) + 1);
  const parts = [...byReason].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0])).map(([reason, n]) => `${oneLine(reason)}: ${n}`);
  return ['', `NOT APPLICABLE: ${plural(r.notApplicable.length, 'rule check')} (${parts.join('; ')})`];
}

function hiddenLines(r: ScanResult): string[] {
  const suppressed = sortFindings(suppressedFindings(r));
  const { baseline, unchanged } = filteredCounts(r);
  const out: string[] = [];
  if (suppressed.length > 0) {
    out.push('', `SUPPRESSED (${suppressed.length}): not counted`);
    for (const f of suppressed) out.push(`  ${where(f.primary)}  ${f.ruleId}  ${oneLine(f.suppressed!.reason)} (${oneLine(f.suppressed!.by)})`);
  }
  const hidden = [baseline && `${baseline} already in the baseline`, unchanged && `${unchanged} with no evidence in the changed files`].filter(Boolean);
  if (hidden.length > 0) out.push('', `HIDDEN: ${hidden.join(', ')}`);
  return out;
}

/**
 * Nothing checked is never a quiet pass: which clusters yielded nothing to check, and the version-looking
 * values in unrecognised files that may be what was meant.
 */
function uncheckedLines(r: ScanResult): string[] {
  // One cluster: its verdict says it all. Several: name those that yielded nothing to check.
  const clusters = r.nothingChecked?.clusters ?? (r.contexts.length > 1 ? uncheckedClusters(r) : []);
  const candidates = r.candidates ?? [];
  const out: string[] = [];
  if (r.nothingChecked) out.push('', `NOTHING CHECKED: ${oneLine(r.nothingChecked.reason)}`);
  else if (clusters.length > 0) out.push('', `NOTHING CHECKED in ${plural(clusters.length, 'cluster')}:`);
  if (!r.nothingChecked || r.contexts.length > 1) for (const c of clusters) out.push(`  ${oneLine(c.name)}: ${oneLine(c.reason)}`);
  if (r.nothingChecked && candidates.length > 0) {
    out.push('  candidates (never used for a finding; pin the ones that are right):', ...candidates.map((c) => `    ${oneLine(c.message)}`));
  }
  return out;
}

/** Installer templates and fixtures that were not made clusters, and how to include them. */
function excludedLines(r: ScanResult): string[] {
  const list = r.excluded ?? [];
  if (list.length === 0) return [];
  return [
    '',
    `LEFT OUT (${list.length}): installer templates, test fixtures and other files read but not taken as clusters`,
    ...list.flatMap((e) => [`  ${oneLine(e.path)}  ${oneLine(e.reason)}: ${plural(e.facts, 'fact')} not used`, `    ${oneLine(e.include)}`]),
  ];
}

function skippedLines(r: ScanResult): string[] {
  if (r.skipped.length === 0) return [];
  const loud = r.skipped.filter((s) => !s.quiet);
  const quiet = r.skipped.filter((s) => s.quiet);
  const counts = new Map<string, number>();
  for (const s of quiet) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  const quietText = quiet.length
    ? `${quiet.length} skipped quietly (${[...counts]
        .sort((a, b) => byCode(a[0], b[0]))
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')})`
    : '';
  const head = loud.length ? `SKIPPED: ${plural(loud.length, 'file')}${quietText ? `, and ${quietText}` : ''}` : `SKIPPED: ${quietText}`;
  return ['', head, ...loud.map((s) => `  ${oneLine(s.path)}  ${s.reason}: ${oneLine(s.detail)}`)];
}

function diagnosticLines(r: ScanResult): string[] {
  const list = r.diagnostics ?? [];
  if (list.length === 0) return [];
  const more = list.some((d) => !/netcompat-ignore|ignore entry/.test(d.message)) ? ', conflicting values and engine limits' : '';
  return [
    '',
    `SETTINGS (${list.length}): problems with ignore entries and directives${more}`,
    ...list.map((d) => `  ${d.level}  ${d.place ? `${oneLine(`${d.place.file}:${d.place.line}`)}  ` : ''}${oneLine(d.message)}`),
  ];
}
