import { createHash } from 'node:crypto';

/**
 * Stable identity of a finding: rule, context, the values it rests on and the files they sit in, but
 * not line numbers, so unrelated edits that move lines keep the fingerprint (baselines, SARIF).
 */
export function fingerprint(ruleId: string, context: string, values: string[], files: string[]): string {
  const h = createHash('sha256');
  h.update([ruleId, context, ...[...values].sort(), '|', ...[...new Set(files)].sort()].join('\n'));
  return h.digest('hex').slice(0, 32);
}
