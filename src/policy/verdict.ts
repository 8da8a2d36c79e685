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

/** "2 high, 1 medium: fails on high" / "no findings". */
export function verdictLine(result: Pick<ScanResult, 'findings'>, failOn: FailOn): string {
  const c = countBySeverity(activeFindings(result));
  const parts = SEVERITIES.filter((s) => c[s] > 0).map((s) => `${c[s]} ${s}`);
  if (parts.length === 0) return 'no findings: passes';
  return `${parts.join(', ')}: ${fails(result, failOn) ? `fails on ${failOn}` : failOn === 'none' ? 'passes (fail-on none)' : `passes (fails on ${failOn} and above)`}`;
}
