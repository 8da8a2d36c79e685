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
  const text = [ruleId, context, ...[...values].sort(), '|', ...[...new Set(files)].sort()].join('\n');
  const c = load();
  // The one-shot hash (Node 20.12 and later) makes no hash object: a scan of hundreds of clusters makes
  // a fingerprint per cluster, rule and Service. The first 16 bytes are written out on their own: a slice
  // of the 64-digit text would keep all of it alive (twice the memory for 200,000 fingerprints).
  const digest = typeof c.hash === 'function' ? c.hash('sha256', text, 'buffer') : c.createHash('sha256').update(text).digest();
  return digest.toString('hex', 0, 16);
}
