import { showValue } from '../evaluate/render.js';
import type { FailOn } from '../model/gate.js';
import { factTree, type Fact } from '../model/fact.js';
import type { ContextSummary, Finding, ScanResult, Undetermined } from '../model/finding.js';
import { naturalCompare } from '../model/natural-order.js';
import type { Place } from '../model/place.js';
import { SEVERITIES, type Severity } from '../model/rule.js';
import { activeFindings, conclusionOf, countBySeverity, filteredCounts, suppressedFindings, verdictTitle } from '../policy/verdict.js';
import { forChannel } from './channel.js';
import { formationLine, hasClusters } from './clusters.js';
import { ACTION_WORDS, evidenceLines } from './evidence.js';
import { factOrigin } from './fact-text.js';
import { fitSections, type Item, type Section } from './fit.js';
import { code, encodePath, escapeMarkdown, truncateBytes } from './markdown.js';
import { groupDigits, plural } from './plural.js';
import { clustersOf, clusterWords, fewWords, placeHtml, referenceLabel, ruleIdCode, SEVERITY_ICON, text, UNDETERMINED_ICON, whereHtml } from './pr-lines.js';
import { comparePlacesOrNone } from './pr-order.js';
import { severityRank } from '../model/gate.js';

/** Which report: they share the layout and differ in what they carry. */
export type ViewKind = 'summary' | 'check-run' | 'comment';

export interface ViewOptions {
  kind: ViewKind;
  failOn: FailOn;
  /** Byte budget of the whole text. */
  limit: number;
  /** Shown in the heading: the check name. */
  name?: string;
  /** Written first, verbatim (the comment's hidden marker). */
  prefix?: string;
  /** Markdown written by netcompat itself (never repository text). */
  notes?: readonly string[];
  link?: (p: Place) => string | undefined;
  /** Where everything is when something was cut: "the job summary, the SARIF file". */
  elsewhere: string;
  /** The comment's link to the full report. */
  detailsUrl?: string;
  /** The scanned commit, for the comment. */
  sha?: string;
}

const VERDICT_ICON = { failure: '❌', neutral: '⚠️', success: '✅' } as const;
/** Clusters listed in the open counts table; more go into a collapsed one. */
const OPEN_CLUSTER_ROWS = 12;
/** Facts listed per cluster; the rest are counted (all in `netcompat facts`). */
const FACTS_PER_CLUSTER = 200;
/** Long repository strings inside details are shortened so one value cannot eat the budget. */
const CELL_BYTES = 2_000;

const md = (s: string): string => escapeMarkdown(truncateBytes(s, CELL_BYTES));

/** Most severe first, then rule, then cluster (natural order), then place: the same order in every view. */
export function viewOrder<T extends Finding | Undetermined>(list: readonly T[]): T[] {
  return [...list].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      naturalCompare(a.context, b.context) ||
      comparePlacesOrNone(a.primary, b.primary),
  );
}

function refsLine(refs: readonly string[]): string {
  if (refs.length === 0) return '';
  const links = refs.map((r) =>
    /^https?:\/\//.test(r) ? `[${escapeMarkdown(referenceLabel(r))}](${encodeURI(r).replace(/[()]/g, (c) => encodePath(c))})` : escapeMarkdown(r),
  );
  return `**References:** ${links.join(', ')}\n\n`;
}

function evidenceList(facts: readonly Fact[]): string {
  const lines = evidenceLines(facts).map((l) => {
    const depth = l.length - l.trimStart().length;
    return `${' '.repeat(depth)}- ${md(l.trimStart())}`;
  });
  return lines.length ? `**Evidence**\n\n${lines.join('\n')}\n\n` : '';
}

/** The one line a reviewer reads: severity, rule id and title, cluster, values, linked place. */
function findingLine(f: Finding, many: boolean, link?: (p: Place) => string | undefined, security = false): string {
  const cluster = many ? ` · <i>${text(clusterWords(clustersOf(f)))}</i>` : '';
  return `${SEVERITY_ICON[f.severity]} <b>${f.severity}</b>${security ? ' 🔒 <b>security</b>' : ''} ${ruleIdCode(f.ruleId)} ${text(f.title)}${cluster} · ${text(fewWords(f.evidence))} · ${whereHtml(f, link)}`;
}

function findingItem(f: Finding, many: boolean, link?: (p: Place) => string | undefined, security = false): Item {
  const line = findingLine(f, many, link, security);
  const clusters = clustersOf(f);
  const body =
    `${md(f.message)}.\n\n` +
    (many ? `**${clusters.length > 1 ? 'Clusters' : 'Cluster'}:** ${clusters.map(code).join(', ')}\n\n` : '') +
    `**Fix:** ${md(f.fix)}\n\n` +
    evidenceList(f.evidence) +
    refsLine(f.references) +
    `Rule ${code(f.ruleId)}.\n\n`;
  return { full: `<details><summary>${line}</summary>\n\n${body}</details>\n\n`, brief: `- ${line}\n` };
}

function undeterminedItem(u: Undetermined, many: boolean, link?: (p: Place) => string | undefined): Item {
  const needs = u.missing.map((m) => m.fact).join(', ');
  const cluster = many ? ` · <i>${text(clusterWords(clustersOf(u)))}</i>` : '';
  const line = `${UNDETERMINED_ICON} ${u.severity} if it applies ${ruleIdCode(u.ruleId)} ${text(u.title)}${cluster} · needs ${text(needs)} · ${placeHtml(u.primary, link)}`;
  const deciders = u.missing
    .map((m) => {
      const at = (m.unresolvedAt ?? []).slice(0, 5).map((p) => (link?.(p) ? `[${md(`${p.file}:${p.line}`)}](${link(p)})` : md(`${p.file}:${p.line}`)));
      return `- ${code(m.fact)}: ${md(forChannel(m.hint, 'action'))}${at.length ? ` (templated at ${at.join(', ')})` : ''}`;
    })
    .join('\n');
  const known = u.evidence.length ? `**Known:** ${u.evidence.map((f) => `${code(f.name)} ${md(showValue(f))}`).join(', ')}\n\n` : '';
  const body = `**Would be decided by**\n\n${deciders}\n\n${known}`;
  return { full: `<details><summary>${line}</summary>\n\n${body}</details>\n\n`, brief: `- ${line}\n` };
}

interface RuleCount {
  id: string;
  title: string;
  severity: Severity;
  findings: number;
  undetermined: number;
  clusters: Set<string>;
}

/** Counts per rule, most severe and most frequent first: the table a reviewer reads first. */
function ruleCounts(findings: readonly Finding[], undetermined: readonly Undetermined[]): RuleCount[] {
  const by = new Map<string, RuleCount>();
  const get = (x: Finding | Undetermined) => {
    const c = by.get(x.ruleId) ?? { id: x.ruleId, title: x.title, severity: x.severity, findings: 0, undetermined: 0, clusters: new Set<string>() };
    by.set(x.ruleId, c);
    return c;
  };
  for (const f of findings) {
    const c = get(f);
    c.findings++;
    for (const n of clustersOf(f)) c.clusters.add(n);
  }
  for (const u of undetermined) get(u).undetermined++;
  return [...by.values()].sort(
    (a, b) =>
      Number(b.findings > 0) - Number(a.findings > 0) ||
      severityRank(a.severity) - severityRank(b.severity) ||
      b.findings - a.findings ||
      b.undetermined - a.undetermined ||
      (a.id < b.id ? -1 : 1),
  );
}

/**
 * Counts by rule: one row per rule with findings (severity, id, count, clusters, title), a total, and the
 * undetermined rules on one line under it, so the table stays short and narrow.
 */
function ruleTable(findings: readonly Finding[], undetermined: readonly Undetermined[], many: boolean): string {
  const rows = ruleCounts(findings, undetermined);
  const found = rows.filter((r) => r.findings > 0);
  const open = rows.filter((r) => r.undetermined > 0);
  let out = '';
  if (found.length > 0) {
    const lines = found.map(
      (r) =>
        `| ${SEVERITY_ICON[r.severity]}&nbsp;${r.severity} | ${ruleIdCode(r.id)} | ${r.findings} |${many ? ` ${r.clusters.size} |` : ''} ${text(r.title)} |`,
    );
    const allClusters = new Set(findings.flatMap(clustersOf));
    const total = `| | **Total** | **${findings.length}** |${many ? ` **${allClusters.size}** |` : ''} |`;
    out += `| Severity | Rule | Findings |${many ? ' Clusters |' : ''} Title |\n|---|---|---:|${many ? '---:|' : ''}---|\n${lines.join('\n')}\n${total}\n\n`;
  }
  if (open.length > 0) {
    const list = open.map((r) => `${ruleIdCode(r.id)} ×${r.undetermined} (${r.severity} if it applies)`).join(', ');
    out += `${UNDETERMINED_ICON} **${undetermined.length} undetermined** (never failing): ${list}.\n\n`;
  }
  return out;
}

function clusterTable(contexts: readonly ContextSummary[], findings: readonly Finding[], undetermined: readonly Undetermined[]): string {
  const names = contexts.map((c) => c.name).sort(naturalCompare);
  const counts = new Map(names.map((n) => [n, { ...countBySeverity([]), undetermined: 0 }]));
  for (const f of findings) {
    for (const n of clustersOf(f)) {
      const row = counts.get(n);
      if (row) row[f.severity]++;
    }
  }
  for (const u of undetermined) {
    for (const n of clustersOf(u)) {
      const row = counts.get(n);
      if (row) row.undetermined++;
    }
  }
  const head = `| Cluster | ${SEVERITIES.map((s) => `${SEVERITY_ICON[s]}&nbsp;${s}`).join(' | ')} | ${UNDETERMINED_ICON}&nbsp;undetermined |\n|---|${SEVERITIES.map(() => '---:|').join('')}---:|\n`;
  const rows = names.map((n) => {
    const c = counts.get(n)!;
    return `| ${code(n)} | ${SEVERITIES.map((s) => c[s]).join(' | ')} | ${c.undetermined} |\n`;
  });
  const table = head + rows.join('');
  if (names.length <= OPEN_CLUSTER_ROWS) return `${table}\n`;
  const hit = names.filter((n) => SEVERITIES.some((s) => counts.get(n)![s] > 0)).length;
  return `<details><summary>Counts by cluster: ${hit} of ${names.length} clusters have findings</summary>\n\n${table}\n</details>\n\n`;
}

function factRow(f: Fact, link?: (p: Place) => string | undefined): string {
  const from = f.place
    ? link?.(f.place)
      ? `[${md(`${f.place.file}:${f.place.line}:${f.place.column}`)}](${link(f.place)})`
      : md(`${f.place.file}:${f.place.line}:${f.place.column}`)
    : md(factOrigin(f, ACTION_WORDS));
  // Every fact it was derived from, at any depth (an OS image behind the OS behind a kernel).
  const sources = factTree(f.derivedFrom ?? []).map(
    ({ fact: d }) => `${code(d.name)} ${md(d.place ? `${d.place.file}:${d.place.line}` : factOrigin(d, ACTION_WORDS))}`,
  );
  const via = sources.length ? ` ← ${sources.join(', ')}` : '';
  return `| ${code(f.name)} | ${md(showValue(f))} | ${f.origin} | ${from}${via} |\n`;
}

/** A collapsed table of facts, at most FACTS_PER_CLUSTER rows. */
function factsItem(summary: string, facts: readonly Fact[], link?: (p: Place) => string | undefined): Item {
  const shown = facts.slice(0, FACTS_PER_CLUSTER);
  const more = facts.length - shown.length;
  const rows = shown.map((f) => factRow(f, link)).join('');
  const tail = more > 0 ? `\n${more} more facts: run \`netcompat facts\` to see them all.\n` : '';
  return { full: `<details><summary>${summary}</summary>\n\n| Fact | Value | Origin | From |\n|---|---|---|---|\n${rows}${tail}\n</details>\n\n` };
}

/** A cluster's facts; with facts shared by every cluster (given once before), only its own. */
function clusterFacts(ctx: ContextSummary, shared: ReadonlySet<Fact>, link?: (p: Place) => string | undefined): Item {
  const own = shared.size ? ctx.facts.filter((f) => !shared.has(f)) : ctx.facts;
  const count = shared.size ? `${plural(own.length, 'fact')} of its own and the ${shared.size} shared` : plural(ctx.facts.length, 'fact');
  return factsItem(`${text(ctx.name)}: ${text(ctx.formedBy)} (${count})`, own, link);
}

/** Facts from files no cluster owns, which every cluster holds: one table, not one copy per cluster. */
function sharedFactsItems(result: ScanResult, link?: (p: Place) => string | undefined): Item[] {
  const shared = result.sharedFacts ?? [];
  if (shared.length === 0) return [];
  return [factsItem(`Shared by all ${result.contexts.length} clusters: files no cluster owns (${plural(shared.length, 'fact')})`, shared, link)];
}

const QUIET_WORDS: Record<string, (n: number) => string> = {
  template: (n) => `${plural(n, 'Helm chart template')} (the chart values are read instead)`,
  empty: (n) => plural(n, 'empty file'),
  symlink: (n) => `${plural(n, 'symbolic link')} inside the repository (their targets are scanned)`,
};

/** "Skipped quietly: 1 empty file, 2 Helm chart templates (…)": each reason counted as what it is. */
export function quietSkips(skipped: ScanResult['skipped']): string {
  const counts = new Map<string, number>();
  for (const k of skipped) if (k.quiet) counts.set(k.reason, (counts.get(k.reason) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([reason, n]) => (QUIET_WORDS[reason] ?? ((m: number) => `${m} ${reason}`))(n));
  return `Skipped quietly: ${parts.join(', ')}`;
}

const units = {
  findings: (n: number) => plural(n, 'finding'),
  undetermined: (n: number) => plural(n, 'undetermined rule'),
  suppressed: (n: number) => plural(n, 'suppressed finding'),
  diagnostics: (n: number) => plural(n, 'settings problem'),
  clusters: (n: number) => `the facts of ${plural(n, 'cluster')}`,
  skipped: (n: number) => plural(n, 'skipped file'),
};

/** What the sections of one view share: the result in view order, and the view's options. */
interface View {
  result: ScanResult;
  opts: ViewOptions;
  many: boolean;
  findings: Finding[];
  undetermined: Undetermined[];
}

/**
 * The report a reviewer reads, for the job summary, the check run's summary and the PR comment: verdict,
 * counts by rule (and by cluster), findings most severe first (one line each, evidence, fix and
 * references collapsed), undetermined rules, then the rest; facts per cluster collapsed and last. Cut to
 * `limit` bytes between whole items; counts always stay, and a note says what was left out and where it is.
 */
export function prView(result: ScanResult, opts: ViewOptions): string {
  const view: View = {
    result,
    opts,
    many: hasClusters(result.contexts),
    findings: viewOrder(activeFindings(result)),
    undetermined: viewOrder(result.undetermined),
  };
  const sections: Section[] = [
    ...verdictSections(view),
    // Notes (where annotations went, a PR-head warning) after the counts, which a reviewer reads first.
    ...(opts.notes ?? []).map((n) => ({ head: `${n}\n\n`, items: [] })),
    ...problemSections(view),
    ...resultSections(view),
    ...(opts.kind !== 'comment' ? detailSections(view) : []),
  ];
  if (opts.kind === 'comment' && opts.detailsUrl)
    sections.push({ head: `Facts per cluster, skipped files and everything else: the [full report](${opts.detailsUrl}).\n`, items: [] });

  const limit = groupDigits(opts.limit);
  const fitted = fitSections(
    sections,
    opts.limit,
    (omitted) =>
      `\n> [!NOTE]\n> ✂️ Cut to fit GitHub's limit of ${limit} characters: ${omitted.join(', ')} not shown here. The counts above cover everything; all results are in ${opts.elsewhere}.\n`,
  );
  return fitted.text;
}

/** The heading with the verdict, what was scanned, and the counts by rule (and by cluster). */
function verdictSections({ result, opts, many, findings, undetermined }: View): Section[] {
  const conclusion = conclusionOf(result, opts.failOn);
  const icon = opts.kind === 'comment' && conclusion === 'success' ? '✅' : VERDICT_ICON[conclusion];
  const s = result.stats;
  const clustersWord = result.contexts.length > 1 ? ` in ${plural(result.contexts.length, 'cluster')}` : '';
  const scanned =
    opts.kind === 'comment'
      ? `Checked ${opts.sha ? code(opts.sha.slice(0, 12)) : 'this commit'}${clustersWord}; fail-on: ${code(opts.failOn)}.`
      : `Scanned ${plural(s.filesSeen, 'file')} (${s.filesParsed} parsed)${clustersWord}, found ${plural(s.facts, 'fact')}, checked ${plural(result.rules.length, 'rule')}; fail-on: ${code(opts.failOn)}.`;
  const sections: Section[] = [
    {
      head: `${opts.prefix ?? ''}## ${icon} ${escapeMarkdown(opts.name ?? 'netcompat')}: ${escapeMarkdown(verdictTitle(result, opts.failOn))}\n\n${scanned}\n\n`,
      items: [],
    },
    { head: ruleTable(findings, undetermined, many), items: [] },
  ];
  if (many)
    sections.push({
      head: `${clusterTable(result.contexts, findings, undetermined)}Clusters: ${escapeMarkdown(formationLine(result.contexts))}.\n\n`,
      items: [],
    });
  return sections;
}

/** What keeps the result from being trusted as it stands: nothing checked, settings that do not work as written. */
function problemSections({ result, opts }: View): Section[] {
  const sections: Section[] = [];
  // Nothing checked is never a pass: say why, and what in the repository may be what was meant.
  if (result.nothingChecked) {
    const candidates = result.candidates ?? [];
    sections.push({
      head:
        `### ⚠️ Nothing checked\n\n${md(result.nothingChecked.reason)}. This is not a pass: give the facts as inputs, or name the files in the config file.\n\n` +
        (candidates.length ? 'Version-looking values in files netcompat does not recognise (never used for a finding):\n\n' : ''),
      items: candidates.map((k) => ({ full: `- ${placeHtml(k.place, opts.link)}: ${md(k.message)}\n` })),
      tail: '\n',
    });
  }
  const diagnostics = result.diagnostics ?? [];
  if (diagnostics.length > 0) {
    sections.push({
      head: `### ⚠️ Settings problems (${diagnostics.length})\n\nIgnore entries and directives that do not work as written, values that conflict within one cluster, and engine limits; fix them in the repository.\n\n`,
      items: diagnostics.map((d) => ({ full: `- ${d.level}: ${md(d.message)}${d.place ? ` (${placeHtml(d.place, opts.link)})` : ''}\n` })),
      tail: '\n',
      unit: units.diagnostics,
    });
  }
  return sections;
}

/** Findings, undetermined rules, suppressed findings, and what a baseline or PR scoping hid. */
function resultSections({ result, opts, many, findings, undetermined }: View): Section[] {
  const sections: Section[] = [];
  // Security rules of the rule pack (open access, bypassed policy) are marked on their line.
  const securityRules = new Set(result.rules.filter((r) => r.security === true || (r.cve?.length ?? 0) > 0).map((r) => r.id));
  if (findings.length > 0) {
    sections.push({
      head: `### Findings (${findings.length})\n\nMost severe first; open a line for the evidence, the fix and the references.\n\n`,
      items: findings.map((f) => findingItem(f, many, opts.link, securityRules.has(f.ruleId))),
      tail: '\n',
      unit: units.findings,
    });
  }
  if (undetermined.length > 0) {
    sections.push({
      head: `### Undetermined (${undetermined.length})\n\nThese rules may apply; they never fail the build. Give the missing facts to decide them.\n\n`,
      items: undetermined.map((u) => undeterminedItem(u, many, opts.link)),
      tail: '\n',
      unit: units.undetermined,
    });
  }
  const suppressed = viewOrder(suppressedFindings(result));
  if (suppressed.length > 0) {
    sections.push({
      head: `### Suppressed (${suppressed.length}), not counted\n\n`,
      items: suppressed.map((f) => ({
        full: `- ${ruleIdCode(f.ruleId)} ${placeHtml(f.primary, opts.link)}: ${md(f.suppressed?.reason ?? '')} (${md(f.suppressed?.by ?? '')})\n`,
      })),
      tail: '\n',
      unit: units.suppressed,
    });
  }
  const { baseline, unchanged } = filteredCounts(result);
  if (baseline + unchanged > 0) {
    const parts = [baseline ? `${baseline} in the baseline` : '', unchanged ? `${unchanged} with no evidence in the changed files` : ''].filter(Boolean);
    sections.push({ head: `Not shown and not counted: ${parts.join(', ')}.\n\n`, items: [] });
  }
  return sections;
}

/** The rest, for the summaries (the comment links to them): trees left out, skipped files, facts per cluster. */
function detailSections({ result, opts }: View): Section[] {
  const sections: Section[] = [];
  const excluded = result.excluded ?? [];
  if (excluded.length > 0) {
    sections.push({
      head: `### Left out (${excluded.length}): installer templates, test fixtures and other files read but not taken as clusters\n\n`,
      items: excluded.map((e) => ({ full: `- ${code(truncateBytes(e.path, 300))} ${md(e.reason)} (${plural(e.facts, 'fact')}); ${md(e.include)}\n` })),
      tail: '\n',
    });
  }
  const listed = result.skipped.filter((k) => !k.quiet);
  if (listed.length > 0) {
    sections.push({
      head: `### Skipped files (${listed.length})\n\n`,
      items: listed.map((k) => ({ full: `- ${code(truncateBytes(k.path, 300))} ${k.reason}: ${md(k.detail)}\n` })),
      tail: '\n',
      unit: units.skipped,
    });
  }
  if (listed.length < result.skipped.length) sections.push({ head: `${quietSkips(result.skipped)}.\n\n`, items: [] });
  if (result.contexts.length > 0) {
    const shared = new Set(result.sharedFacts);
    const head = `### Facts per cluster\n\n${escapeMarkdown(formationLine(result.contexts))}.\n\n`;
    const sharedItems = sharedFactsItems(result, opts.link);
    if (sharedItems.length) sections.push({ head, items: sharedItems, unit: () => 'the facts shared by every cluster' });
    sections.push({
      head: sharedItems.length ? '' : head,
      items: [...result.contexts].sort((a, b) => naturalCompare(a.name, b.name)).map((ctx) => clusterFacts(ctx, shared, opts.link)),
      unit: units.clusters,
    });
  }
  return sections;
}
