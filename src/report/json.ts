import { clusterFacts } from '../model/cluster-facts.js';
import type { Finding, ScanResult, Undetermined } from '../model/finding.js';
import { clusterList } from './cluster-name.js';
import { capEvidence } from './evidence-cap.js';
import { activeFindings, countBySeverity, fails, suppressedFindings, verdictTitle } from '../policy/verdict.js';
import { Streamed, writeJson, type Sink } from './json-writer.js';
import { sortFindings, sortNotApplicable } from './sort.js';
import { type FailOn } from '../model/gate.js';

export interface JsonOptions {
  failOn: FailOn;
}

/**
 * The report's contract version (schema/report.schema.json, docs/report.md): raised only when a field is
 * removed or changes meaning; new fields may appear without it.
 */
// 2: `contexts[].facts` holds a cluster's own facts; with `takesSharedFacts` it also has `sharedFacts`; a
// result's `context` names at most five of its `clusters`.
export const REPORT_SCHEMA_VERSION = 2;

/** What decides the exit code, so a script need not recount: `fails` is exactly the CLI's exit 1. */
export interface JsonVerdict {
  failOn: FailOn;
  fails: boolean;
  line: string;
  counts: { high: number; medium: number; low: number; undetermined: number; suppressed: number; filtered: number; skipped: number };
  /** Set when nothing was checked: never a pass; `fails` follows `fail-if-nothing-checked`. */
  nothingChecked?: { reason: string; clusters: string[] };
}

export function jsonVerdict(result: ScanResult, failOn: FailOn): JsonVerdict {
  return {
    failOn,
    fails: fails(result, failOn),
    line: verdictTitle(result, failOn),
    counts: {
      ...countBySeverity(activeFindings(result)),
      undetermined: result.undetermined.length,
      suppressed: suppressedFindings(result).length,
      filtered: result.findings.filter((f) => f.filtered).length,
      skipped: result.skipped.length,
    },
    ...(result.nothingChecked ? { nothingChecked: { reason: result.nothingChecked.reason, clusters: result.nothingChecked.clusters.map((c) => c.name) } } : {}),
  };
}

/**
 * A finding as the JSON report gives it. The rule's own text (title, fix, references) is in `rules[]`,
 * once per rule, not in each finding; evidence lists at most ten values per fact and a few places per
 * value (evidence-cap.ts), and `evidenceOmitted` counts the rest, which are all in `contexts[].facts` or `sharedFacts`.
 */
export type JsonFinding = Omit<Finding, 'title' | 'fix' | 'references' | 'fingerprints'> & { evidenceOmitted?: number; fingerprints?: Streamed<string> };
export type JsonUndetermined = Omit<Undetermined, 'title' | 'fingerprints'> & { evidenceOmitted?: number; fingerprints?: Streamed<string> };

function capped(evidence: Finding['evidence']): { evidence: Finding['evidence']; evidenceOmitted?: number } {
  const { shown } = capEvidence(evidence);
  return shown.length < evidence.length ? { evidence: shown, evidenceOmitted: evidence.length - shown.length } : { evidence };
}

function lazyMap<T, U>(list: readonly T[], fn: (x: T) => U): Streamed<U> {
  return new Streamed(function* () {
    for (const x of list) yield fn(x);
  });
}

// A result shared by hundreds of clusters names five in `context`; `clusters` lists them all.
export function jsonFinding(f: Finding): JsonFinding {
  const { title: _title, fix: _fix, references: _references, fingerprints: _prints, ...rest } = f;
  return { ...rest, context: clusterList(f), ...capped(f.evidence), ...prints(f) };
}

export function jsonUndetermined(u: Undetermined): JsonUndetermined {
  const { title: _title, fingerprints: _prints, ...rest } = u;
  return { ...rest, context: clusterList(u), ...capped(u.evidence), ...prints(u) };
}

/** The fingerprints as a list of texts, made as they are written (they are held as bytes). */
function prints(r: Finding | Undetermined): { fingerprints?: Streamed<string> } {
  const list = r.fingerprints;
  return list ? { fingerprints: new Streamed(() => list) } : {};
}

/**
 * The whole ScanResult plus a verdict, with lists in report order and keys in a stable order. Suppressed
 * and filtered findings stay in `findings`, marked by their `suppressed` / `filtered` fields. Written
 * piece by piece to `sink`: the text is never held whole.
 */
export function writeJsonReport(result: ScanResult, opts: JsonOptions, sink: Sink): void {
  const report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    ...result,
    verdict: jsonVerdict(result, opts.failOn),
    // Each finding's JSON shape is made as it is written.
    findings: lazyMap(sortFindings(result.findings), jsonFinding),
    undetermined: lazyMap(sortFindings(result.undetermined), jsonUndetermined),
    notApplicable: sortNotApplicable(result.notApplicable),
    contexts: jsonContexts(result),
  };
  writeJson(report, sink, { stableKeys: true });
}

/** A cluster as the JSON report gives it: its own facts, and whether it also takes `sharedFacts`. */
export type JsonContext = Omit<ScanResult['contexts'][number], 'shared'> & { takesSharedFacts?: true };

/**
 * Facts from files no cluster owns are given once, in `sharedFacts`, not in each of the (possibly
 * hundreds of) clusters that hold them; `netcompat facts` still shows a cluster's complete list.
 */
export function jsonContexts(result: ScanResult): JsonContext[] {
  const shared = new Set(result.sharedFacts);
  return result.contexts.map(({ shared: part, ...c }) => {
    // A context of the scan holds every shared fact in `shared`; one made by hand may list them among its own.
    if (shared.size) return { ...c, facts: c.facts.filter((f) => !shared.has(f)), takesSharedFacts: true };
    return part ? { ...c, facts: [...clusterFacts({ facts: c.facts, shared: part })] } : c;
  });
}

/** The JSON report as one string (for callers that need it whole; the CLI streams it). */
export function renderJson(result: ScanResult, opts: JsonOptions): string {
  const parts: string[] = [];
  writeJsonReport(result, opts, (c) => parts.push(c));
  return parts.join('');
}
