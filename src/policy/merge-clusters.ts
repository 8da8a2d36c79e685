import type { Finding, Undetermined } from '../model/finding.js';
import { formatPlace } from '../model/place.js';

/** What makes two clusters' results the same result: the rule, what it says, and every place it rests on. */
function sameKey(r: Finding | Undetermined): string {
  const evidence = r.evidence.map((f) => `${f.name}=${f.value}@${f.place ? formatPlace(f.place) : f.source}`).join('|');
  const marks = 'suppressed' in r || 'filtered' in r ? `${(r as Finding).suppressed?.reason ?? ''}|${(r as Finding).filtered ?? ''}` : '';
  const missing = 'missing' in r ? r.missing.map((m) => `${m.fact}:${m.hint}`).join('|') : '';
  return [r.ruleId, r.message, r.primary ? formatPlace(r.primary) : '', evidence, marks, missing].join('\0');
}

/**
 * Facts shared by several clusters (platform files outside every cluster's tree) give the same result in
 * each: one result that names them all, instead of look-alike copies on the same line. `context` lists
 * the clusters ("c1, c2"), `clusters` holds them one by one.
 */
export function mergeAcrossClusters<T extends Finding | Undetermined>(results: readonly T[]): T[] {
  const out: T[] = [];
  const seen = new Map<string, T>();
  for (const r of results) {
    const key = sameKey(r);
    const first = seen.get(key);
    if (!first) {
      const copy = { ...r };
      seen.set(key, copy);
      out.push(copy);
      continue;
    }
    const names = first.clusters ?? [first.context];
    if (!names.includes(r.context)) names.push(r.context);
    first.clusters = names;
    first.context = names.join(', ');
  }
  return out;
}
