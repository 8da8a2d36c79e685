import type { Fact } from '../model/fact.js';

/**
 * Places a report lists for one fact value: a value set in 60 files (a mode shared by every cluster)
 * would otherwise bury the finding under its evidence. Every place stays in the cluster's facts.
 */
export const PLACES_PER_VALUE = 3;

export interface CappedEvidence {
  shown: Fact[];
  /** "kubeProxy.mode = ipvs: 57 more places" lines, in first-seen order. */
  more: string[];
}

export function capEvidence(evidence: readonly Fact[], max = PLACES_PER_VALUE): CappedEvidence {
  const seen = new Map<string, number>();
  const shown: Fact[] = [];
  for (const f of evidence) {
    const key = `${f.name}\0${f.value}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= max) shown.push(f);
  }
  const more = [...seen]
    .filter(([, n]) => n > max)
    .map(([key, n]) => {
      const [name, value] = key.split('\0');
      return `${name} = ${value}: ${n - max} more place${n - max === 1 ? '' : 's'}`;
    });
  return { shown, more };
}
