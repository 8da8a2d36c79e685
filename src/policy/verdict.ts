/**
 * The gate's verdict, in one place: which findings count, whether the run fails, the word a workflow
 * branches on, the check-run conclusion and the title every front end and reporter shows.
 */
import type { Finding, ScanResult } from '../model/finding.js';
import { SEVERITIES, type Severity } from '../model/rule.js';
import { type FailOn, reaches } from '../model/gate.js';

/** Findings that count: not suppressed, not hidden by a baseline or by PR scoping. */
export function activeFindings(result: Pick<ScanResult, 'findings'>): Finding[] {
  return result.findings.filter((f) => !f.suppressed && !f.filtered);
}

/** Suppressed findings (a finding that a baseline or PR scoping hides is not listed as suppressed too). */
export function suppressedFindings(result: Pick<ScanResult, 'findings'>): Finding[] {
  return result.findings.filter((f) => f.suppressed && !f.filtered);
}

/** How many findings a baseline and PR scoping hide. */
export function filteredCounts(result: Pick<ScanResult, 'findings'>): { baseline: number; unchanged: number } {
  return {
    baseline: result.findings.filter((f) => f.filtered === 'baseline').length,
    unchanged: result.findings.filter((f) => f.filtered === 'unchanged').length,
  };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** A finding at or above fail-on fails; so does "nothing checked" under `fail-if-nothing-checked`. */
export function fails(result: Pick<ScanResult, 'findings'> & Partial<Pick<ScanResult, 'nothingChecked'>>, failOn: FailOn): boolean {
  return activeFindings(result).some((f) => reaches(f.severity, failOn)) || result.nothingChecked?.fails === true;
}

export interface Counts {
  findings: number;
  high: number;
  medium: number;
  low: number;
  undetermined: number;
}

export type Conclusion = 'failure' | 'neutral' | 'success';

/** The one word a workflow branches on (the Action's `verdict` output); `error` is set by the entry point. */
export type VerdictWord = 'pass' | 'fail' | 'nothing-checked' | 'error';

/** `nothing-checked` when the scan found nothing to check (src/policy/nothing-checked.ts sets `nothingChecked`). */
export function verdictWord(result: Pick<ScanResult, 'findings'> & Partial<Pick<ScanResult, 'nothingChecked'>>, failOn: FailOn): VerdictWord {
  if (fails(result, failOn)) return 'fail';
  return result.nothingChecked ? 'nothing-checked' : 'pass';
}

/** Counts of the findings that count (not suppressed, not filtered by a baseline or PR scope). */
export function countResults(result: Pick<ScanResult, 'findings' | 'undetermined'>): Counts {
  const active = activeFindings(result);
  return { findings: active.length, ...countBySeverity(active), undetermined: result.undetermined.length };
}

/** The gate's verdict depends on the findings only: undetermined rules and API trouble never fail it. */
export function failingFindings(result: Pick<ScanResult, 'findings'>, failOn: FailOn): number {
  return activeFindings(result).filter((f) => reaches(f.severity, failOn)).length;
}

/** Nothing checked is never green: neutral, or failure under `fail-if-nothing-checked`. */
export function conclusionOf(result: Pick<ScanResult, 'findings'> & Partial<Pick<ScanResult, 'nothingChecked'>>, failOn: FailOn): Conclusion {
  if (fails(result, failOn)) return 'failure';
  return activeFindings(result).length > 0 || result.nothingChecked ? 'neutral' : 'success';
}

/** "2 high, 1 medium: fails on high", "1 low: passes (fail-on high)", "No findings, 2 undetermined". */
export function verdictTitle(result: Pick<ScanResult, 'findings' | 'undetermined'> & Partial<Pick<ScanResult, 'nothingChecked'>>, failOn: FailOn): string {
  if (result.nothingChecked) return `Nothing checked: ${result.nothingChecked.reason}${result.nothingChecked.fails ? ' (fails: fail-if-nothing-checked)' : ''}`;
  const c = countResults(result);
  const parts = SEVERITIES.filter((s) => c[s] > 0).map((s) => `${c[s]} ${s}`);
  let title = parts.length > 0 ? parts.join(', ') : 'No findings';
  if (c.undetermined > 0) title += `, ${c.undetermined} undetermined`;
  if (c.findings === 0) return title;
  if (failOn === 'none') return `${title}: fail-on none`;
  return fails(result, failOn) ? `${title}: fails on ${failOn}` : `${title}: passes (fail-on ${failOn})`;
}
