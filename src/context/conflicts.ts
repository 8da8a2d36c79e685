import type { HoldsFacts } from '../model/cluster-facts.js';
import { nearestPlace, type Fact, type FactName } from '../model/fact.js';
import type { Diagnostic } from '../model/finding.js';
import { formatPlace, type Place } from '../model/place.js';
import type { PlaceText } from '../model/place-base.js';
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
  const lists = new PlaceLists();
  const counted = new CountedShared();
  for (const ctx of contexts) {
    // One pass over the cluster's facts for all single-valued names; a place is kept once per value.
    const byFact = new Map<FactName, Map<string, { places: Place[]; seen: Set<number> }>>(SINGLE_VALUED.map((n) => [n, new Map()]));
    const take = (f: Fact): void => {
      const byValue = byFact.get(f.name)!;
      let entry = byValue.get(f.value);
      if (!entry) byValue.set(f.value, (entry = { places: [], seen: new Set() }));
      const p = lists.placeOf(f);
      const id = p && lists.id(p);
      if (p && id !== undefined && !entry.seen.has(id)) {
        entry.seen.add(id);
        entry.places.push(p);
      }
    };
    counted.each(ctx, take);
    for (const [fact, byValue] of byFact) {
      if (byValue.size > 1) out.push({ context: ctx.name, fact, values: [...byValue].map(([value, e]) => ({ value, places: lists.intern(e.places) })) });
    }
  }
  return out;
}

const SINGLE = new Set<FactName>(SINGLE_VALUED);

/** Whether a fact counts towards a conflict: a single-valued name, a value the repository or the user gives. */
function counts(f: Fact): boolean {
  return SINGLE.has(f.name) && !f.unresolved && !f.candidates && f.origin !== 'default' && f.origin !== 'derived';
}

/**
 * The facts of a cluster that count, in clusterFacts' order. The shared list is the same for every cluster
 * (hundreds of facts, a few of which count): the positions of those that count are found once, and each
 * cluster's runs of it visit only them.
 */
class CountedShared {
  private readonly positions = new WeakMap<readonly Fact[], number[]>();

  each(c: HoldsFacts, take: (f: Fact) => void): void {
    const s = c.shared;
    if (!s || s.runs.length === 0) {
      for (const f of c.facts) if (counts(f)) take(f);
      return;
    }
    let at = this.positions.get(s.facts);
    if (!at) {
      at = [];
      for (let k = 0; k < s.facts.length; k++) if (counts(s.facts[k]!)) at.push(k);
      this.positions.set(s.facts, at);
    }
    let i = 0;
    for (const r of s.runs) {
      for (; i < r.at; i++) if (counts(c.facts[i]!)) take(c.facts[i]!);
      for (let j = firstAtLeast(at, r.from); j < at.length && at[j]! < r.to; j++) take(s.facts[at[j]!]!);
    }
    for (; i < c.facts.length; i++) if (counts(c.facts[i]!)) take(c.facts[i]!);
  }
}

/** The index of the first number in the sorted list that is at least `n` (the list's length when none is). */
function firstAtLeast(sorted: readonly number[], n: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Places numbered by their text (two objects for one file:line:column are one place), and lists of them
 * held once: clusters that take the same shared files list the same places for a value, and hundreds of
 * clusters each holding a copy of a list of hundreds of places was 5 MiB at 100,000 files.
 */
class PlaceLists {
  private readonly texts = new Map<string, number>();
  private readonly ids = new Map<Place, number>();
  private readonly lists = new Map<string, Place[]>();
  // A shared fact is met once per cluster: its nearest place is looked up once.
  private readonly nearest = new Map<Fact, Place | null>();

  placeOf(f: Fact): Place | undefined {
    if (f.place) return f.place;
    let p = this.nearest.get(f);
    if (p === undefined) this.nearest.set(f, (p = nearestPlace(f) ?? null));
    return p ?? undefined;
  }

  id(p: Place): number {
    let id = this.ids.get(p);
    if (id === undefined) {
      const text = formatPlace(p);
      id = this.texts.get(text);
      if (id === undefined) this.texts.set(text, (id = this.texts.size));
      this.ids.set(p, id);
    }
    return id;
  }

  /** The one list with these places (the same objects, in this order). */
  intern(places: Place[]): Place[] {
    const key = places.map((p) => this.ids.get(p)).join(',');
    const known = this.lists.get(key);
    if (known && known.every((p, i) => p === places[i])) return known;
    if (!known) this.lists.set(key, places);
    return places;
  }
}

/** Places listed per value, files in the "one of" list and clusters named, before the rest is counted ("(+6 more)"). */
export const LISTED = 3;

/** The first `max` items and how many more: a list read by a person stays a few items long. */
export function listed(items: readonly string[], max = LISTED): string {
  return items.length > max ? `${items.slice(0, max).join(', ')} (+${items.length - max} more)` : items.join(', ');
}

/** How a text names a place (model/place-base.ts), re-exported for the policy stage. */
export type { PlaceText };

function where(places: readonly Place[], show: PlaceText): string {
  return places.length ? listed(places.map(show)) : 'an explicit input';
}

/**
 * The conflict as diagnostics every report carries, with how to resolve it. Clusters that take the same
 * conflicting files (shared platform folders) have the same conflict: it is said once, naming them; a
 * conflict that differs between clusters (a value or place of a cluster's own) stays a diagnostic of its own.
 */
export function conflictDiagnostics(conflicts: readonly Conflict[], manyClusters: boolean, show?: PlaceText): Diagnostic[] {
  const same = new Map<string, { conflict: Conflict; clusters: string[] }>();
  // Place lists are shared between clusters (findConflicts): each is written out once, and numbered by its
  // text, so a key is a short line of numbers, not hundreds of places per cluster.
  const ids = new Map<readonly Place[], number>();
  const byText = new Map<string, number>();
  const id = (places: readonly Place[]): number => {
    let n = ids.get(places);
    if (n === undefined) {
      const text = places.map(formatPlace).join('\0');
      n = byText.get(text);
      if (n === undefined) byText.set(text, (n = byText.size));
      ids.set(places, n);
    }
    return n;
  };
  for (const c of conflicts) {
    const key = `${c.fact}\0${c.values.map((v) => `${v.value}\0${id(v.places)}`).join('\0')}`;
    const known = same.get(key);
    if (known) known.clusters.push(c.context);
    else same.set(key, { conflict: c, clusters: [c.context] });
  }
  return [...same.values()].map(({ conflict, clusters }) => conflictDiagnostic(conflict, manyClusters ? clusters : [], show));
}

/**
 * One conflict, in the clusters named (none: the repository is one cluster). `show` names the places as the
 * reader's places read (under the place base); the files to exclude stay relative to the scanned directory,
 * as `--exclude` and the exclude input take them, and the advice says so when the two differ.
 */
export function conflictDiagnostic(c: Conflict, clusters: readonly string[], show?: PlaceText): Diagnostic {
  const values = c.values.map((v) => `${v.value} at ${where(v.places, show ?? formatPlace)}`).join('; ');
  const files = [...new Set(c.values.flatMap((v) => v.places.map((p) => p.file)))];
  const named = clusters.slice(0, LISTED).join(', ') + (clusters.length > LISTED ? `, +${clusters.length - LISTED} more` : '');
  const scope = clusters.length === 0 ? '' : clusters.length === 1 ? ` in cluster ${clusters[0]}` : ` in ${clusters.length} clusters (${named})`;
  const d: Diagnostic = {
    level: 'warning',
    message:
      `conflict${scope}: ${c.fact} has ${c.values.length} values: ${values}. ` +
      'Rules are checked against each, so a finding may rest on a stale one. Resolve it: exclude the stale file ' +
      `(${files.length > 1 ? `one of ${listed(files)}` : (files[0] ?? 'FILE')}; --exclude, or the exclude input${show ? ', relative to the scanned directory' : ''}), or split the clusters in the config file (clusters: [{name, paths}]) if these are different clusters.`,
    conflict: { fact: c.fact, values: c.values.map((v) => ({ value: v.value, places: v.places })), ...(clusters.length ? { clusters: [...clusters] } : {}) },
  };
  const first = c.values.find((v) => v.places.length)?.places[0];
  if (first) d.place = first;
  return d;
}

/** "calico.vxlanMode is also Never at flux/calico.yaml:20:28": the other values of a conflict `value` is in. */
export function othersText(c: Conflict, value: string, show: PlaceText = formatPlace): string {
  const others = c.values.filter((v) => v.value !== value);
  return `${c.fact} is also ${others.map((v) => `${v.value} at ${where(v.places, show)}`).join(' and ')}`;
}
