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
