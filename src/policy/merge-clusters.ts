import type { Fact } from '../model/fact.js';
import type { Finding, Undetermined } from '../model/finding.js';
import { formatPlace } from '../model/place.js';

/**
 * What makes two clusters' results the same result: the rule, what it says, and every place it rests on.
 * Texts are numbered once (a message may carry a long conflict note, and a shared fact is in the evidence of
 * thousands of results), so a key is a short line of numbers, not a copy of every text it stands for.
 */
class KeyMaker {
  private readonly textIds = new Map<string, number>();
  private readonly factIds = new Map<Fact, number>();

  key(r: Finding | Undetermined): string {
    const evidence = r.evidence.map((f) => this.factId(f)).join(',');
    const marks = 'suppressed' in r || 'filtered' in r ? `${(r as Finding).suppressed?.reason ?? ''}|${(r as Finding).filtered ?? ''}` : '';
    const missing = 'missing' in r ? r.missing.map((m) => `${m.fact}:${m.hint}`).join('|') : '';
    return [
      this.textId(r.ruleId),
      this.textId(r.message),
      r.primary ? this.textId(formatPlace(r.primary)) : '',
      evidence,
      this.textId(marks),
      this.textId(missing),
    ].join(' ');
  }

  private textId(text: string): number {
    let id = this.textIds.get(text);
    if (id === undefined) this.textIds.set(text, (id = this.textIds.size));
    return id;
  }

  /** Facts with the same name, value and place are the same evidence, whichever object holds them. */
  private factId(f: Fact): number {
    let id = this.factIds.get(f);
    if (id === undefined) this.factIds.set(f, (id = this.textId(`${f.name}=${f.value}@${f.place ? formatPlace(f.place) : f.source}`)));
    return id;
  }
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
  const keys = new KeyMaker();
  const copies = new Set<T>();
  for (const r of results) {
    const key = keys.key(r);
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, out.length);
      out.push(r);
      continue;
    }
    let first = out[at]!;
    if (!copies.has(first)) {
      out[at] = first = {
        ...first,
        ...(first.clusters ? { clusters: [...first.clusters] } : {}),
        ...(first.fingerprints ? { fingerprints: [...first.fingerprints] } : {}),
      };
      copies.add(first);
    }
    const names = first.clusters ?? [first.context];
    if (!names.includes(r.context)) names.push(r.context);
    first.clusters = names;
    first.context = names.join(', ');
    // Each cluster's copy keeps its own identity: a baseline written from the merged result holds them all.
    const prints = first.fingerprints ?? [first.fingerprint];
    for (const p of r.fingerprints ?? [r.fingerprint]) if (!prints.includes(p)) prints.push(p);
    first.fingerprints = prints;
  }
  return out;
}
