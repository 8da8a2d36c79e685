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
  return fingerprintOf(ruleId, context, fingerprintTail(values, files));
}

/**
 * What a fingerprint hashes after its rule and cluster: the values and the files, each sorted, the files
 * once. The same for every cluster whose finding rests on the same facts (shared platform files), so it
 * can be made once for all of them.
 */
export function fingerprintTail(values: readonly string[], files: readonly string[]): string {
  // `[...sorted values, '|', ...sorted distinct files].join('\n')`, without the copies: a finding per Service
  // and cluster makes one, most with two or three values and files.
  let out = '';
  for (const v of values.length > 1 ? [...values].sort() : values) out += `${v}\n`;
  out += '|';
  for (const f of files.length > 1 ? [...new Set(files)].sort() : files) out += `\n${f}`;
  return out;
}

/** The fingerprint of a rule and cluster with a tail from fingerprintTail or objectTails. */
export function fingerprintOf(ruleId: string, context: string, tail: string): string {
  return digest(`${ruleId}\n${context}\n${tail}`);
}

/**
 * The tails of `fingerprint(ruleId, context, [...values, o.key], [...files, ...o.files])` for each object (a
 * Service a finding names, as if it were alone), for fingerprintOf, in the order of `objects`: the values and
 * files they share are sorted once, not once per object (hundreds of Services per cluster each copied,
 * deduplicated and sorted the same shared lists).
 */
export function objectTails(values: readonly string[], files: readonly string[], objects: readonly { key: string; files: string[] }[]): string[] {
  return objectTailsOf(sortedTail(values, files), objects);
}

/** `objectTails` over values and files already sorted (sortedTail). */
export function objectTailsOf(sorted: SortedTail, objects: readonly { key: string; files: string[] }[]): string[] {
  const base = new Set(sorted.files);
  return objects.map((o) => {
    const extra = [...new Set(o.files.filter((f) => !base.has(f)))].sort();
    return [...mergeSorted(sorted.values, [o.key]), '|', ...mergeSorted(sorted.files, extra)].join('\n');
  });
}

/** Values sorted, and files sorted and each once: what fingerprintTail makes of its lists before joining them. */
export interface SortedTail {
  values: readonly string[];
  files: readonly string[];
}

export const EMPTY_TAIL: SortedTail = { values: [], files: [] };

export function sortedTail(values: readonly string[], files: readonly string[]): SortedTail {
  return { values: [...values].sort(), files: [...new Set(files)].sort() };
}

/**
 * `sortedTail([...base's values, ...values], [...base's files, ...files])` from a sorted base: the few values and
 * files a cluster adds are merged into the base (hundreds of shared files, sorted once for every cluster).
 */
export function withTail(base: SortedTail, values: readonly string[], files: readonly string[]): SortedTail {
  if (values.length === 0 && files.length === 0) return base;
  const more = sortedTail(values, files);
  return { values: mergeSorted(base.values, more.values), files: mergeDistinct(base.files, more.files) };
}

/** `fingerprintTail` of a sorted base with more values and files: the same text. */
export function joinTail(base: SortedTail, values: readonly string[], files: readonly string[]): string {
  const all = withTail(base, values, files);
  return [...all.values, '|', ...all.files].join('\n');
}

/** Two sorted lists of distinct texts as one sorted list of distinct texts. */
function mergeDistinct(a: readonly string[], b: readonly string[]): readonly string[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i++]!);
      j++;
    } else out.push(b[j]! < a[i]! ? b[j++]! : a[i++]!);
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** Two lists in the default sort order (code units) as one. */
function mergeSorted(a: readonly string[], b: readonly string[]): readonly string[] {
  if (b.length === 0) return a;
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(b[j]! < a[i]! ? b[j++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** The first 16 bytes of the text's SHA-256, as 32 hex digits (also the SARIF alert identity's hash). */
export function digest(text: string): string {
  const c = load();
  // The one-shot hash (Node 20.12 and later) makes no hash object: a scan of hundreds of clusters makes
  // a fingerprint per cluster, rule and Service. Asked for hex, it makes no Buffer either (a Buffer and
  // its hex text cost about half again as much). The first 32 digits share the 64-digit text; where many
  // fingerprints are held (merged results) they are kept as bytes (model/fingerprints.ts), not as text.
  return (typeof c.hash === 'function' ? c.hash('sha256', text, 'hex') : c.createHash('sha256').update(text).digest('hex')).slice(0, 32);
}
