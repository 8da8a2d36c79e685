import type { Fact, FactName } from '../model/fact.js';

/** One distinct value of a fact in a context, with every fact (place) that holds it. */
export interface FactValue {
  name: FactName;
  value: string;
  unresolved: boolean;
  facts: Fact[];
}

/** Groups facts by name, then by value; unresolved facts group by their raw text. Sorted for stable output. */
export function groupFactValues(facts: readonly Fact[]): Map<FactName, FactValue[]> {
  const out = new Map<FactName, FactValue[]>();
  for (const f of facts) {
    const list = out.get(f.name) ?? [];
    const key = f.unresolved ? `\0${f.value}` : f.value;
    let fv = list.find((v) => (v.unresolved ? `\0${v.value}` : v.value) === key);
    if (!fv) {
      fv = { name: f.name, value: f.value, unresolved: !!f.unresolved, facts: [] };
      list.push(fv);
    }
    fv.facts.push(f);
    out.set(f.name, list);
  }
  for (const list of out.values()) list.sort((a, b) => Number(a.unresolved) - Number(b.unresolved) || a.value.localeCompare(b.value));
  return out;
}
