import { activeFindings, countBySeverity, fails } from '../policy/verdict.js';
import type { ScanResult } from '../model/finding.js';
import { SEVERITIES } from '../model/rule.js';
import { type FailOn, reaches } from '../model/gate.js';

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

/**
 * Nothing was checked: no cluster at all, or every rule was not applicable in every cluster (no kube-proxy
 * or Calico configuration found), and so no result either way. A pass would claim more than was done.
 */
export function nothingChecked(result: Pick<ScanResult, 'findings' | 'undetermined' | 'notApplicable' | 'rules' | 'contexts'>): boolean {
  if (result.findings.length > 0 || result.undetermined.length > 0) return false;
  return result.contexts.length === 0 || result.notApplicable.length >= result.rules.length * result.contexts.length;
}

export function verdictWord(result: Pick<ScanResult, 'findings' | 'undetermined' | 'notApplicable' | 'rules' | 'contexts'>, failOn: FailOn): VerdictWord {
  if (fails(result, failOn)) return 'fail';
  return nothingChecked(result) ? 'nothing-checked' : 'pass';
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
