import { nearestPlace, type FactName } from '../model/fact.js';
import type { Diagnostic } from '../model/finding.js';
import { formatPlace, type Place } from '../model/place.js';
import type { ClusterContext } from './types.js';

/** Facts a cluster has one of: two values in one cluster mean a stale file or two clusters read as one. */
export const SINGLE_VALUED: readonly FactName[] = [
  'kubernetes.version',
  'kubeProxy.version',
  'kubeProxy.mode',
  'calico.version',
  'calico.vxlanMode',
  'calico.ipipMode',
];

/** One fact with several values in one cluster, each with the places that say it. */
export interface Conflict {
  context: string;
  fact: FactName;
  values: { value: string; places: Place[] }[];
}

/**
 * Values that contradict each other in one cluster. Only what the repository or the user says counts:
 * defaults lose to any real value, and a derived value follows its source (whose conflict is reported).
 */
export function findConflicts(contexts: readonly ClusterContext[]): Conflict[] {
  const out: Conflict[] = [];
  for (const ctx of contexts) {
    // One pass over the cluster's facts for all single-valued names; a place is kept once per value.
    const byFact = new Map<FactName, Map<string, { places: Place[]; seen: Set<string> }>>(SINGLE_VALUED.map((n) => [n, new Map()]));
    for (const f of ctx.facts) {
      const byValue = byFact.get(f.name);
      if (!byValue || f.unresolved || f.candidates || f.origin === 'default' || f.origin === 'derived') continue;
      let entry = byValue.get(f.value);
      if (!entry) byValue.set(f.value, (entry = { places: [], seen: new Set() }));
      const p = nearestPlace(f);
      const key = p && formatPlace(p);
      if (p && key && !entry.seen.has(key)) {
        entry.seen.add(key);
        entry.places.push(p);
      }
    }
    for (const [fact, byValue] of byFact) {
      if (byValue.size > 1) out.push({ context: ctx.name, fact, values: [...byValue].map(([value, e]) => ({ value, places: e.places })) });
    }
  }
  return out;
}

function where(places: readonly Place[]): string {
  return places.length ? places.map(formatPlace).join(', ') : 'an explicit input';
}

/** The conflict as a diagnostic every report carries, with how to resolve it. */
export function conflictDiagnostic(c: Conflict, manyClusters: boolean): Diagnostic {
  const values = c.values.map((v) => `${v.value} at ${where(v.places)}`).join('; ');
  const files = [...new Set(c.values.flatMap((v) => v.places.map((p) => p.file)))];
  const d: Diagnostic = {
    level: 'warning',
    message:
      `conflict${manyClusters ? ` in cluster ${c.context}` : ''}: ${c.fact} has ${c.values.length} values: ${values}. ` +
      'Rules are checked against each, so a finding may rest on a stale one. Resolve it: exclude the stale file ' +
      `(${files.length > 1 ? `one of ${files.join(', ')}` : (files[0] ?? 'FILE')}; --exclude, or the exclude input), or split the clusters in the config file (clusters: [{name, paths}]) if these are different clusters.`,
  };
  const first = c.values.find((v) => v.places.length)?.places[0];
  if (first) d.place = first;
  return d;
}

/** "calico.vxlanMode is also Never at flux/calico.yaml:20:28": the other values of a conflict `value` is in. */
export function othersText(c: Conflict, value: string): string {
  const others = c.values.filter((v) => v.value !== value);
  return `${c.fact} is also ${others.map((v) => `${v.value} at ${where(v.places)}`).join(' and ')}`;
}
