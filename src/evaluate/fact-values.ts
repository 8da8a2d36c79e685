import type { HoldsFacts } from '../model/cluster-facts.js';
import type { Fact, FactName } from '../model/fact.js';
import { byCode } from '../model/code-order.js';

/** One distinct value of a fact in a context, with every fact (place) that holds it. */
export interface FactValue {
  name: FactName;
  value: string;
  unresolved: boolean;
  /** Set when the value is one of several (see Fact.candidates). */
  candidates?: string[];
  facts: Fact[];
}

/** Facts group by value; unresolved ones by their raw text, ranges by their candidates as well. */
function valueKey(f: { value: string; unresolved?: boolean; candidates?: readonly string[] }): string {
  if (f.unresolved) return `\0${f.value}`;
  return f.candidates ? `${f.value}\0${f.candidates.join('\0')}` : f.value;
}

/**
 * Groups facts by name, then by value. Sorted for stable output. The evaluation groups a context's facts
 * once for all its rules and lets go of them before the next context (kept for every context, a thousand
 * values each, they were most of the memory of a 300-cluster scan); callers only read the result.
 */
export function groupFactValues(facts: readonly Fact[]): Map<FactName, FactValue[]> {
  const out = new Map<FactName, FactValue[]>();
  const byKey = new Map<FactName, Map<string, FactValue>>();
  for (const f of facts) {
    let list = out.get(f.name);
    let keyed = byKey.get(f.name);
    if (!list || !keyed) {
      list = [];
      keyed = new Map();
      out.set(f.name, list);
      byKey.set(f.name, keyed);
    }
    const key = valueKey(f);
    let fv = keyed.get(key);
    if (!fv) {
      fv = { name: f.name, value: f.value, unresolved: !!f.unresolved, ...(f.candidates && !f.unresolved ? { candidates: [...f.candidates] } : {}), facts: [] };
      keyed.set(key, fv);
      list.push(fv);
    }
    fv.facts.push(f);
  }
  for (const list of out.values()) list.sort((a, b) => Number(a.unresolved) - Number(b.unresolved) || byCode(a.value, b.value));
  return out;
}

/**
 * `groupFactValues(clusterFacts(c))` for one cluster after another, with the values of the scan's shared facts
 * grouped once for all clusters that take the same runs of them (most take them all): a cluster groups only
 * the names it has facts of its own for. Callers only read the lists, which clusters share.
 */
export class ClusterValues {
  private readonly kept = new Map<string, { shared: readonly Fact[]; values: Map<FactName, FactValue[]> }>();
  // The value objects of the shared facts' groups: every cluster taking the same runs is given these very objects.
  private readonly sharedValues = new WeakSet<FactValue>();

  /** Whether `v` is a value of the shared facts' groups, given as it is to every cluster that takes them. */
  isShared(v: FactValue): boolean {
    return this.sharedValues.has(v);
  }

  /** `facts`: clusterFacts(c), already made by the caller. */
  of(c: HoldsFacts, facts: readonly Fact[]): Map<FactName, FactValue[]> {
    const s = c.shared;
    if (!s || s.runs.length === 0) return groupFactValues(facts);
    const key = s.runs.map((r) => `${r.from}-${r.to}`).join(',');
    let known = this.kept.get(key);
    if (!known || known.shared !== s.facts) {
      const taken: Fact[] = [];
      for (const r of s.runs) for (let k = r.from; k < r.to; k++) taken.push(s.facts[k]!);
      // A few run patterns at a time: clusters taking different parts of the shared files do not pile up.
      if (this.kept.size >= 4) this.kept.clear();
      this.kept.set(key, (known = { shared: s.facts, values: groupFactValues(taken) }));
      for (const list of known.values.values()) for (const v of list) this.sharedValues.add(v);
    }
    if (c.facts.length === 0) return known.values;
    // The names the cluster has facts of its own for are grouped over all of its facts, in its order.
    const own = new Set(c.facts.map((f) => f.name));
    const values = new Map(known.values);
    for (const [n, list] of groupFactValues(facts.filter((f) => own.has(f.name)))) values.set(n, list);
    return values;
  }
}
