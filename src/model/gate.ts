import { SEVERITIES, type Severity } from './rule.js';

/**
 * The gate's semantics, shared by the inputs that parse `fail-on`, the policy that decides the verdict and
 * every reporter that shows it: one severity order, one threshold test.
 */
export const FAIL_ON = ['high', 'medium', 'low', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** 0 for high, 1 for medium, 2 for low: the order findings are shown in. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** Does a finding of `severity` fail the build under `failOn`? */
export function reaches(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && severityRank(severity) <= severityRank(failOn);
}
