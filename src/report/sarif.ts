import { pathToFileURL } from 'node:url';
import { clusterLabel, clusterList, namesClusters } from './cluster-name.js';
import { capEvidence } from './evidence-cap.js';
import { factTree, type Fact } from '../model/fact.js';
import type { Finding, ScanResult, Undetermined } from '../model/finding.js';
import type { Rule } from '../model/rule.js';
import { formatPlace, type Place } from '../model/place.js';
import { evidencePlaces } from '../policy/suppress.js';
import { factValue } from './fact-text.js';
import { ALERT_KEY, alertIdentities } from './sarif-identity.js';
import { LEVEL, ruleDescriptor } from './sarif-rules.js';
import type { SarifLocation, SarifLog, SarifNotification, SarifResult, SarifSuppression } from './sarif-types.js';
import { Streamed, writeJson, type Sink } from './json-writer.js';
import { byCode, sortFindings } from './sort.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Placeholder home page until the repository has a public address. */
export const INFORMATION_URI = 'https://github.com/netcompat/netcompat';
/** GitHub code scanning keeps at most 1,000 locations per result. */
export const MAX_RELATED_LOCATIONS = 1000;
/** Related locations per distinct fact value. */
export const SARIF_PLACES_PER_VALUE = 10;

/** The base every artifact URI is relative to: the repository root (git top level, else the scanned directory). */
export const SRCROOT = '%SRCROOT%';

export interface SarifOptions {
  informationUri?: string;
  /**
   * Undetermined rules as `open` results (level `none`). Off by default: code scanning stores every
   * result as an alert, and an undetermined rule is not a problem found.
   */
  undetermined?: boolean;
  /** Absolute path of the repository root that artifact URIs are relative to, written as `originalUriBaseIds`. */
  rootDir?: string;
}

/** Path segments percent-encoded, slashes kept: SARIF wants a URI reference, not a file name. */
function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function sarifLocation(p: Place, message?: string): SarifLocation {
  const region: SarifLocation['physicalLocation']['region'] = { startLine: p.line, startColumn: p.column };
  if (p.endLine !== undefined && p.endColumn !== undefined) Object.assign(region, { endLine: p.endLine, endColumn: p.endColumn });
  const loc: SarifLocation = { physicalLocation: { artifactLocation: { uri: toUri(p.file), uriBaseId: SRCROOT }, region } };
  if (message !== undefined) loc.message = { text: message };
  return loc;
}

/** Every located fact behind a result, derivations included, once each and never the primary place again. */
function relatedLocations(facts: readonly Fact[], primary: Place | undefined, extra: { place: Place; text: string }[] = []): SarifLocation[] {
  const seen = new Set<string>(primary ? [formatPlace(primary)] : []);
  const out: SarifLocation[] = [];
  const add = (p: Place, text: string) => {
    const key = formatPlace(p);
    if (seen.has(key) || out.length >= MAX_RELATED_LOCATIONS) return;
    seen.add(key);
    out.push({ id: out.length + 1, ...sarifLocation(p, text) });
  };
  // A value shared by many files keeps SARIF within GitHub's upload size; the JSON report lists every place.
  for (const { fact: f, via } of factTree(capEvidence(facts, SARIF_PLACES_PER_VALUE).shown)) {
    if (f.place) add(f.place, `${f.name} = ${factValue(f)}${via ? ` (${via.name} is derived from it)` : ''}`);
  }
  for (const e of extra) add(e.place, e.text);
  return out;
}

/**
 * The values each evidence fact the repository does not pin may take (`Fact.candidates`, by fact name): a kernel
 * range's series, an installer's releases, a version span as a node-semver range (`>=1.27.3`: a GKE version and
 * any later build), for tools that read the result; its message says the same in words.
 */
function candidateValues(facts: readonly Fact[]): Record<string, string[]> | undefined {
  const out: Record<string, string[]> = {};
  for (const f of facts) if (f.candidates) out[f.name] = [...new Set([...(out[f.name] ?? []), ...f.candidates])];
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Evidence facts beyond the places per value SARIF lists (all of them are in the JSON report's contexts). */
function omittedEvidence(facts: readonly Fact[]): number {
  return facts.length - capEvidence(facts, SARIF_PLACES_PER_VALUE).shown.length;
}

function sentence(s: string): string {
  return /[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`;
}

function suppressions(f: Finding): SarifSuppression[] | undefined {
  if (!f.suppressed) return undefined;
  // A directive in the scanned file is "inSource"; a config-file entry or anything else is "external".
  // A directive's "by" is "file:line" in a file holding the evidence, which a config file never does.
  const byFile = /^(.*):\d+$/.exec(f.suppressed.by)?.[1];
  const inSource = /comment|directive|inline|annotation/i.test(f.suppressed.by) || (byFile !== undefined && evidencePlaces(f).some((p) => p.file === byFile));
  return [{ kind: inSource ? 'inSource' : 'external', status: 'accepted', justification: f.suppressed.reason, properties: { by: f.suppressed.by } }];
}

function findingResult(f: Finding & { primary: Place }, ruleIndex: number | undefined, many: boolean, identity: string): SarifResult {
  const r: SarifResult = {
    ruleId: f.ruleId,
    kind: 'fail',
    level: LEVEL[f.severity],
    // The fix is the rule's text, given once in its `help` (rules[]); a result says only what is its own.
    message: { text: `${sentence(f.message)}${many ? ` In ${clusterLabel(f)}.` : ''}${ruleIndex === undefined ? ` Fix: ${f.fix}` : ''}` },
    locations: [sarifLocation(f.primary)],
    partialFingerprints: { [ALERT_KEY]: identity },
    // `cluster` is for display (five names at most); `clusters` names every cluster of a shared result.
    properties: { cluster: clusterList(f), ...(f.clusters ? { clusters: f.clusters } : {}), component: f.component, severity: f.severity },
  };
  if (ruleIndex !== undefined) r.ruleIndex = ruleIndex;
  const related = relatedLocations(f.evidence, f.primary);
  if (related.length) r.relatedLocations = related;
  const omitted = omittedEvidence(f.evidence);
  if (omitted > 0) r.properties!.evidenceOmitted = omitted;
  const candidates = candidateValues(f.evidence);
  if (candidates) r.properties!.candidates = candidates;
  const s = suppressions(f);
  if (s) r.suppressions = s;
  return r;
}

function undeterminedResult(u: Undetermined & { primary: Place }, ruleIndex: number | undefined, many: boolean, identity: string): SarifResult {
  const unresolved = u.missing.flatMap((m) => (m.unresolvedAt ?? []).map((place) => ({ place, text: `${m.fact} is a placeholder here` })));
  const r: SarifResult = {
    ruleId: u.ruleId,
    kind: 'open',
    // SARIF 2.1.0 section 3.27.10: level is `none` whenever kind is not `fail`.
    level: 'none',
    message: { text: `${sentence(u.message)}${many ? ` In ${clusterLabel(u)}.` : ''}` },
    locations: [sarifLocation(u.primary)],
    partialFingerprints: { [ALERT_KEY]: identity },
    properties: {
      cluster: clusterList(u),
      ...(u.clusters ? { clusters: u.clusters } : {}),
      component: u.component,
      severityIfApplies: u.severity,
      missingFacts: u.missing.map((m) => m.fact),
    },
  };
  if (ruleIndex !== undefined) r.ruleIndex = ruleIndex;
  const related = relatedLocations(u.evidence, u.primary, unresolved);
  if (related.length) r.relatedLocations = related;
  const omitted = omittedEvidence(u.evidence);
  if (omitted > 0) r.properties!.evidenceOmitted = omitted;
  const candidates = candidateValues(u.evidence);
  if (candidates) r.properties!.candidates = candidates;
  return r;
}

/**
 * A result resting only on explicit inputs (flags, Action inputs) has no file to point at, and code
 * scanning rejects results without a physical location. Such results are left out of `results` and
 * listed as tool notifications instead; the text and JSON reports and the exit code still count them.
 */
function omittedNote(x: Finding | Undetermined, ruleIndex: number | undefined): SarifNotification {
  const n: SarifNotification = {
    level: 'missing' in x ? 'note' : LEVEL[x.severity],
    message: {
      text: `${x.ruleId} is left out of the results: every fact it rests on came from explicit inputs, so it has no file to point at. ${sentence(x.message)}`,
    },
    associatedRule: { id: x.ruleId },
  };
  if (ruleIndex !== undefined) n.associatedRule!.index = ruleIndex;
  return n;
}

/** What the run says beside its results: results it cannot locate, skipped files, undetermined ones left out. */
function executionNotes(
  result: ScanResult,
  unlocated: readonly (Finding | Undetermined)[],
  index: ReadonlyMap<string, number>,
  opts: SarifOptions,
): SarifNotification[] {
  const notes: SarifNotification[] = [
    ...unlocated.map((x) => omittedNote(x, index.get(x.ruleId))),
    ...result.skipped
      .filter((s) => !s.quiet)
      .map((s): SarifNotification => ({
        level: 'warning',
        message: { text: `skipped (${s.reason}): ${s.detail}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: toUri(s.path), uriBaseId: SRCROOT } } }],
      })),
  ];
  if (!opts.undetermined && result.undetermined.length > 0) {
    notes.push({
      level: 'note',
      message: {
        text: `${result.undetermined.length} undetermined rule check(s) left out of the results (not problems found: facts are missing to decide them). Include them with --sarif-undetermined (Action input sarif-undetermined: true).`,
      },
    });
  }
  return notes;
}

/** The user's settings problems and conflicts (diagnostics), with their place when they have one. */
function configurationNotes(result: ScanResult): SarifNotification[] {
  return (result.diagnostics ?? []).map((d) => {
    const n: SarifNotification = { level: d.level === 'warning' ? 'warning' : 'note', message: { text: d.message } };
    if (d.place) n.locations = [sarifLocation(d.place)];
    return n;
  });
}

const hasPrimary = <T extends { primary?: Place }>(x: T): x is T & { primary: Place } => x.primary !== undefined;

/** Results a SARIF upload cannot show (no location); the CLI mentions them. */
export function sarifOmitted(result: ScanResult, opts: Pick<SarifOptions, 'undetermined'> = {}): (Finding | Undetermined)[] {
  return [...result.findings.filter((f) => !f.filtered), ...(opts.undetermined ? result.undetermined : [])].filter((x) => !hasPrimary(x));
}

/** `file:///abs/dir/`: an absolute URI with a trailing slash, as `originalUriBaseIds` requires. */
export function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * The scan as one SARIF 2.1.0 run: findings are `fail` results; undetermined rules, when asked for,
 * `open` results with level `none`.
 */
export function toSarif(result: ScanResult, opts: SarifOptions = {}): SarifLog {
  return sarifLog(result, opts, (make) => [...make()]);
}

/**
 * The log; `results` are made by `make` and given to `list`, which either collects them (toSarif) or
 * wraps them for the streaming writer, so a 4,000-result log is never held whole.
 */
function sarifLog<L>(
  result: ScanResult,
  opts: SarifOptions,
  list: (make: () => Iterable<SarifResult>) => L,
): Omit<SarifLog, 'runs'> & { runs: (Omit<SarifLog['runs'][number], 'results'> & { results: L })[] } {
  const rules = [...result.rules].sort((a, b) => byCode(a.id, b.id));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const findings = sortFindings(result.findings.filter((f) => !f.filtered));
  const undetermined = opts.undetermined ? sortFindings(result.undetermined) : [];
  const many = namesClusters(result);
  const located = [...findings.filter(hasPrimary), ...undetermined.filter(hasPrimary)];
  // Identities are made over all results first: two that point at the same value need more to differ.
  const ids = alertIdentities(located);
  const results = list(function* () {
    for (const r of located) {
      yield 'missing' in r ? undeterminedResult(r, index.get(r.ruleId), many, ids.get(r)!) : findingResult(r, index.get(r.ruleId), many, ids.get(r)!);
    }
  });
  const notes = executionNotes(
    result,
    [...findings, ...undetermined].filter((x) => !hasPrimary(x)),
    index,
    opts,
  );
  const config = configurationNotes(result);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: driver(result, rules, opts) },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notes, toolConfigurationNotifications: config }],
        ...(opts.rootDir ? { originalUriBaseIds: baseIds(opts.rootDir) } : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function driver(result: ScanResult, rules: readonly Rule[], opts: SarifOptions): SarifLog['runs'][number]['tool']['driver'] {
  return {
    name: result.tool.name,
    version: result.tool.version,
    semanticVersion: result.tool.version,
    informationUri: opts.informationUri ?? INFORMATION_URI,
    rules: rules.map(ruleDescriptor),
  };
}

function baseIds(rootDir: string): NonNullable<SarifLog['runs'][number]['originalUriBaseIds']> {
  return { [SRCROOT]: { uri: directoryUri(rootDir), description: { text: 'The repository root (git top level, else the scanned directory).' } } };
}

/** Key order is the construction order above, which is fixed; lists are sorted. Written piece by piece. */
export function writeSarifReport(result: ScanResult, sink: Sink, opts: SarifOptions = {}): void {
  writeJson(
    sarifLog(result, opts, (make) => new Streamed(make)),
    sink,
    { stableKeys: false },
  );
}

export function renderSarif(result: ScanResult, opts: SarifOptions = {}): string {
  const parts: string[] = [];
  writeSarifReport(result, (c) => parts.push(c), opts);
  return parts.join('');
}
