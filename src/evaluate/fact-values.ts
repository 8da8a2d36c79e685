import type { Fact, FactName } from '../model/fact.js';

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

/** Groups facts by name, then by value. Sorted for stable output. */
export function groupFactValues(facts: readonly Fact[]): Map<FactName, FactValue[]> {
  const out = new Map<FactName, FactValue[]>();
  for (const f of facts) {
    const list = out.get(f.name) ?? [];
    const key = valueKey(f);
    let fv = list.find((v) => valueKey(v) === key);
    if (!fv) {
      fv = { name: f.name, value: f.value, unresolved: !!f.unresolved, ...(f.candidates && !f.unresolved ? { candidates: [...f.candidates] } : {}), facts: [] };
      list.push(fv);
    }
    fv.facts.push(f);
    out.set(f.name, list);
  }
  for (const list of out.values()) list.sort((a, b) => Number(a.unresolved) - Number(b.unresolved) || a.value.localeCompare(b.value));
  return out;
}
