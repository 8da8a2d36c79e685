/** A bad flag, input or configuration value: the CLI and the Action exit 2 with this message. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** "fail-on: 'hgih' is not one of high, medium, low, none". */
export function badValue(what: string, value: string, accepted: readonly string[] | string): UsageError {
  const list = typeof accepted === 'string' ? accepted : accepted.join(', ');
  return new UsageError(`${what}: ${JSON.stringify(value)} is not accepted; expected ${list}`);
}
