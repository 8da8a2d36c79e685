import { closest } from './suggest.js';

/** A bad flag, input or configuration value: the CLI and the Action exit 2 with this message. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * `fail-on: "hgih" is not accepted (did you mean "high"?); expected one of high, medium, low, none`.
 * A list of accepted values gets its own typo hint; a description can bring one (`suggestion`).
 */
export function badValue(what: string, value: string, accepted: readonly string[] | string, suggestion?: string): UsageError {
  const list = typeof accepted === 'string' ? accepted : `one of ${accepted.join(', ')}`;
  const hint = suggestion ?? (typeof accepted === 'string' ? undefined : closest(value, accepted));
  const mean = hint ? ` (did you mean ${JSON.stringify(hint)}?)` : '';
  return new UsageError(`${what}: ${JSON.stringify(value)} is not accepted${mean}; expected ${list}`);
}
