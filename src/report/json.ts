import type { ScanResult } from '../model/finding.js';
import { activeFindings, countBySeverity, fails, suppressedFindings } from '../policy/verdict.js';
import { writeJson, type Sink } from './json-writer.js';
import { sortFindings, sortNotApplicable } from './sort.js';
import { verdictTitle } from './verdict.js';
import { type FailOn } from '../model/gate.js';

export interface JsonOptions {
  failOn: FailOn;
}

/** What decides the exit code, so a script need not recount: `fails` is exactly the CLI's exit 1. */
export interface JsonVerdict {
  failOn: FailOn;
  fails: boolean;
  line: string;
  counts: { high: number; medium: number; low: number; undetermined: number; suppressed: number; filtered: number; skipped: number };
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
  };
}

/**
 * The whole ScanResult plus a verdict, with lists in report order and keys in a stable order. Suppressed
 * and filtered findings stay in `findings`, marked by their `suppressed` / `filtered` fields. Written
 * piece by piece to `sink`: the text is never held whole.
 */
export function writeJsonReport(result: ScanResult, opts: JsonOptions, sink: Sink): void {
  const report = {
    ...result,
    verdict: jsonVerdict(result, opts.failOn),
    findings: sortFindings(result.findings),
    undetermined: sortFindings(result.undetermined),
    notApplicable: sortNotApplicable(result.notApplicable),
  };
  writeJson(report, sink, { stableKeys: true });
}

/** The JSON report as one string (for callers that need it whole; the CLI streams it). */
export function renderJson(result: ScanResult, opts: JsonOptions): string {
  const parts: string[] = [];
  writeJsonReport(result, opts, (c) => parts.push(c));
  return parts.join('');
}
