import type * as Crypto from 'node:crypto';
import { createRequire } from 'node:module';

// node:crypto is loaded on the first finding, not at start-up (an empty scan never needs it).
let crypto: typeof Crypto | undefined;
const load = (): typeof Crypto => (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof Crypto);

/**
 * Stable identity of a finding: rule, context, the values it rests on and the files they sit in, but
 * not line numbers, so unrelated edits that move lines keep the fingerprint (baselines, SARIF).
 */
export function fingerprint(ruleId: string, context: string, values: string[], files: string[]): string {
  const h = load().createHash('sha256');
  h.update([ruleId, context, ...[...values].sort(), '|', ...[...new Set(files)].sort()].join('\n'));
  return h.digest('hex').slice(0, 32);
}
