import type { Fact } from '../model/fact.js';
import type { Finding, Undetermined } from '../model/finding.js';
import { formatPlace } from '../model/place.js';

/**
 * What makes two clusters' results the same result: the rule, what it says, and every place it rests on.
 * A shared fact is in the evidence of thousands of results: its part of the key is made once.
 */
function sameKey(r: Finding | Undetermined, factKeys: Map<Fact, string>): string {
  let evidence = '';
  for (const f of r.evidence) {
    let k = factKeys.get(f);
    if (k === undefined) factKeys.set(f, (k = `${f.name}=${f.value}@${f.place ? formatPlace(f.place) : f.source}`));
    evidence = evidence === '' ? k : `${evidence}|${k}`;
  }
  const marks = 'suppressed' in r || 'filtered' in r ? `${(r as Finding).suppressed?.reason ?? ''}|${(r as Finding).filtered ?? ''}` : '';
  const missing = 'missing' in r ? r.missing.map((m) => `${m.fact}:${m.hint}`).join('|') : '';
  return [r.ruleId, r.message, r.primary ? formatPlace(r.primary) : '', evidence, marks, missing].join('\0');
}

/**
 * Facts shared by several clusters (platform files outside every cluster's tree) give the same result in
 * each: one result that names them all, instead of look-alike copies on the same line. `context` lists
 * the clusters ("c1, c2"), `clusters` holds them one by one. A result is copied only when another joins it
 * (most are alone), so the input objects are never changed.
 */
export function mergeAcrossClusters<T extends Finding | Undetermined>(results: readonly T[]): T[] {
  const out: T[] = [];
  const seen = new Map<string, number>();
  const factKeys = new Map<Fact, string>();
  const copies = new Set<T>();
  for (const r of results) {
    const key = sameKey(r, factKeys);
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, out.length);
      out.push(r);
      continue;
    }
    let first = out[at]!;
    if (!copies.has(first)) {
      out[at] = first = { ...first, ...(first.clusters ? { clusters: [...first.clusters] } : {}) };
      copies.add(first);
    }
    const names = first.clusters ?? [first.context];
    if (!names.includes(r.context)) names.push(r.context);
    first.clusters = names;
    first.context = names.join(', ');
  }
  return out;
}
