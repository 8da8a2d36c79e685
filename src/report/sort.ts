import type { Finding, NotApplicable, Undetermined } from '../model/finding.js';
import { comparePlaces, type Place } from '../model/place.js';
import { byCode } from '../model/code-order.js';

export { byCode };

/** Places first (file, line, column), then results with no place at all. */
function comparePrimary(a: Place | undefined, b: Place | undefined): number {
  if (a && b) return comparePlaces(a, b);
  return a ? -1 : b ? 1 : 0;
}

type Located = Pick<Finding, 'primary' | 'ruleId' | 'context' | 'fingerprint'>;

/** Report order: file, line, column, rule id, then context and fingerprint so ties never depend on input order. */
export function compareLocated(a: Located, b: Located): number {
  return comparePrimary(a.primary, b.primary) || byCode(a.ruleId, b.ruleId) || byCode(a.context, b.context) || byCode(a.fingerprint, b.fingerprint);
}

export function sortFindings<T extends Finding | Undetermined>(list: readonly T[]): T[] {
  return [...list].sort(compareLocated);
}

export function sortNotApplicable(list: readonly NotApplicable[]): NotApplicable[] {
  return [...list].sort((a, b) => byCode(a.ruleId, b.ruleId) || byCode(a.context, b.context));
}
