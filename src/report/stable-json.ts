import { byCode } from './sort.js';

/**
 * Keys people look for first, in this order; any other key follows in code-unit order. The order no
 * longer depends on how an object was built, so two runs print byte-identical JSON.
 */
const FIRST = [
  'schemaVersion',
  'tool',
  'root',
  'verdict',
  'findings',
  'undetermined',
  'notApplicable',
  'suppressed',
  'skipped',
  'diagnostics',
  'contexts',
  'sharedFacts',
  'stats',
  'rules',
  'ruleId',
  'id',
  'name',
  'version',
  'title',
  'severity',
  'level',
  'component',
  'context',
  'message',
  'fix',
  'primary',
  'file',
  'path',
  'line',
  'column',
  'endLine',
  'endColumn',
  'value',
  'raw',
  'unresolved',
  'origin',
  'place',
  'source',
  'note',
  'derivedFrom',
  'missing',
  'fact',
  'hint',
  'unresolvedAt',
  'evidence',
  'evidenceOmitted',
  'references',
  'fingerprint',
  'filtered',
  'reason',
  'by',
  'detail',
  'quiet',
];
const RANK = new Map(FIRST.map((k, i) => [k, i]));

/** Where a key goes among FIRST (any other key ranks after them all, the others in code-unit order). */
export function keyRank(k: string): number {
  return RANK.get(k) ?? FIRST.length;
}

export function orderKeys(a: string, b: string): number {
  return keyRank(a) - keyRank(b) || byCode(a, b);
}

function normalise(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .filter((k) => o[k] !== undefined)
        .sort(orderKeys)
        .map((k) => [k, normalise(o[k])]),
    );
  }
  return v;
}

/** JSON.stringify with a stable key order (see FIRST), two-space indent and a final newline. */
export function stableStringify(value: unknown): string {
  return `${JSON.stringify(normalise(value), null, 2)}\n`;
}
