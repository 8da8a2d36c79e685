import type { Fact } from '../model/fact.js';

/**
 * Places a report lists for one fact value: a value set in 60 files (a mode shared by every cluster)
 * would otherwise bury the finding under its evidence. Every place stays in the cluster's facts.
 */
export const PLACES_PER_VALUE = 3;

/**
 * Values a report lists for one fact name: a finding folding the Services of shared folders names
 * hundreds of them (its message names a few). Conflicting versions or modes are far fewer than this.
 */
export const VALUES_PER_FACT = 10;

export interface CappedEvidence {
  shown: Fact[];
  /** "kubeProxy.mode = ipvs: 57 more places", "service.externalIPs: 56 more values (60 places)", in first-seen order. */
  more: string[];
}

export function capEvidence(evidence: readonly Fact[], max = PLACES_PER_VALUE, maxValues = VALUES_PER_FACT): CappedEvidence {
  // Per fact name, its values with their place counts; `seen` keeps the values in first-seen order across
  // names (the order `more` names them in). No text made per fact: the value itself is the key.
  const values = new Map<string, Map<string, { name: string; value: string; n: number }>>();
  const seen: { name: string; value: string; n: number }[] = [];
  const dropped = new Map<string, number>();
  const shown: Fact[] = [];
  for (const f of evidence) {
    let named = values.get(f.name);
    if (!named) values.set(f.name, (named = new Map()));
    let count = named.get(f.value);
    if (!count) {
      if (named.size >= maxValues) {
        dropped.set(f.name, (dropped.get(f.name) ?? 0) + 1);
        continue;
      }
      named.set(f.value, (count = { name: f.name, value: f.value, n: 0 }));
      seen.push(count);
    }
    if (++count.n <= max) shown.push(f);
  }
  const more: string[] = [];
  for (const { name, value, n } of seen) {
    if (n <= max) continue;
    more.push(`${name} = ${value}: ${n - max} more place${n - max === 1 ? '' : 's'}`);
  }
  for (const [name, n] of dropped) {
    const all = new Set(evidence.filter((f) => f.name === name).map((f) => f.value)).size;
    more.push(`${name}: ${all - maxValues} more value${all - maxValues === 1 ? '' : 's'} (${n} place${n === 1 ? '' : 's'})`);
  }
  return { shown, more };
}
