import type { Fact } from './fact.js';

/** `shared[from..to)` goes before the cluster's own fact at index `at` (or after the last). */
export interface SharedRun {
  at: number;
  from: number;
  to: number;
}

/**
 * The scan's shared facts as one cluster takes them: the one list every cluster references (facts from files
 * no cluster owns), and where its runs go among the cluster's own facts. Hundreds of clusters taking
 * thousands of shared facts each held a reference per fact and cluster (10 MiB at 100,000 files); this is a
 * reference and a few runs per cluster.
 */
export interface SharedPart {
  facts: readonly Fact[];
  runs: readonly SharedRun[];
}

/** A cluster's facts: its own, and the shared ones where it takes them. */
export interface HoldsFacts {
  /** Every fact of the cluster when `shared` is absent; otherwise only those not in `shared.facts`. */
  facts: Fact[];
  shared?: SharedPart;
}

/**
 * Every fact of a cluster in order, the shared ones included (a new array when the cluster takes shared
 * facts, else its own list: callers only read it). Made when a stage needs the whole list, one cluster at a time.
 */
export function clusterFacts(c: HoldsFacts): readonly Fact[] {
  const s = c.shared;
  if (!s || s.runs.length === 0) return c.facts;
  const out: Fact[] = [];
  let i = 0;
  for (const r of s.runs) {
    while (i < r.at) out.push(c.facts[i++]!);
    for (let k = r.from; k < r.to; k++) out.push(s.facts[k]!);
  }
  while (i < c.facts.length) out.push(c.facts[i++]!);
  return out;
}

/**
 * The inverse of clusterFacts: `facts` split into the facts not in `shared` and runs of consecutive
 * `shared` entries. `index` maps each shared fact to its position (made once for all clusters).
 */
export function splitShared(facts: readonly Fact[], shared: readonly Fact[], index: ReadonlyMap<Fact, number>): HoldsFacts {
  const own: Fact[] = [];
  const runs: SharedRun[] = [];
  let run: SharedRun | undefined;
  for (const f of facts) {
    const k = index.get(f);
    if (k === undefined) {
      own.push(f);
      run = undefined;
    } else if (run && run.to === k) {
      run.to++;
    } else {
      runs.push((run = { at: own.length, from: k, to: k + 1 }));
    }
  }
  return runs.length ? { facts: own, shared: { facts: shared, runs } } : { facts: own };
}
