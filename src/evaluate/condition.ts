import type { FactName } from '../model/fact.js';
import type { Condition, LeafCondition } from '../model/rule.js';
import type { FactValue } from './fact-values.js';
import { evalLeaf } from './leaf.js';
import { and, not, or, type Tri } from './tri.js';

export type Binding = ReadonlyMap<FactName, FactValue | undefined>;

export interface CondResult {
  value: Tri;
  /** Facts whose absence or unresolved value made a leaf unknown. */
  unknownFacts: ReadonlySet<FactName>;
}

/** Most leaves decide: one shared empty set instead of one per leaf and combination. */
const NONE: ReadonlySet<FactName> = new Set();

export function isLeaf(c: Condition): c is LeafCondition {
  return 'fact' in c;
}

export function evalCondition(c: Condition, binding: Binding, absent: Tri): CondResult {
  if (isLeaf(c)) {
    const bound = binding.get(c.fact);
    const value = evalLeaf(c, bound, absent);
    return { value, unknownFacts: value === 'unknown' ? new Set([c.fact]) : NONE };
  }
  if ('not' in c) {
    const r = evalCondition(c.not, binding, absent);
    return { value: not(r.value), unknownFacts: r.unknownFacts };
  }
  const parts = ('all' in c ? c.all : c.any).map((p) => evalCondition(p, binding, absent));
  const value = 'all' in c ? and(parts.map((p) => p.value)) : or(parts.map((p) => p.value));
  if (value !== 'unknown') return { value, unknownFacts: NONE };
  // Only the unknowns that could still change the verdict are worth asking for.
  const unknownFacts = new Set<FactName>();
  for (const p of parts) if (p.value === 'unknown') p.unknownFacts.forEach((f) => unknownFacts.add(f));
  return { value, unknownFacts };
}

/** Fact names in the order they first appear in a condition. */
export function factsOf(c: Condition, out: FactName[] = []): FactName[] {
  if (isLeaf(c)) {
    if (!out.includes(c.fact)) out.push(c.fact);
  } else if ('not' in c) factsOf(c.not, out);
  else for (const p of 'all' in c ? c.all : c.any) factsOf(p, out);
  return out;
}
