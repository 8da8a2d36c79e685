import type { FactName } from '../model/fact.js';
import type { Condition, LeafCondition } from '../model/rule.js';
import type { FactValue } from './fact-values.js';
import { evalLeaf } from './leaf.js';
import { not, type Tri } from './tri.js';

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

/** Decided results carry no unknowns: one shared object each instead of one per leaf and combination. */
const DECIDED: Record<'true' | 'false', CondResult> = {
  true: { value: 'true', unknownFacts: NONE },
  false: { value: 'false', unknownFacts: NONE },
};
/** An unknown leaf always names its own fact: made once per leaf. */
const unknownLeaf = new WeakMap<LeafCondition, CondResult>();

/**
 * Kleene logic over a condition tree. A rule is evaluated for every combination of its facts' values
 * (thousands per cluster when shared files are met by many clusters), so nothing is allocated for a
 * decided result, and `all` / `any` stop at the first part that decides them (false / true): the
 * unknowns that could still change the verdict are only those of an undecided node.
 */
export function evalCondition(c: Condition, binding: Binding, absent: Tri): CondResult {
  if (isLeaf(c)) {
    const value = evalLeaf(c, binding.get(c.fact), absent);
    if (value !== 'unknown') return DECIDED[value];
    let r = unknownLeaf.get(c);
    if (!r) unknownLeaf.set(c, (r = { value, unknownFacts: new Set([c.fact]) }));
    return r;
  }
  if ('not' in c) {
    const r = evalCondition(c.not, binding, absent);
    return r.value === 'unknown' ? r : DECIDED[not(r.value) as 'true' | 'false'];
  }
  const all = 'all' in c;
  const stop: Tri = all ? 'false' : 'true';
  let unknown: CondResult[] | undefined;
  for (const p of all ? c.all : c.any) {
    const r = evalCondition(p, binding, absent);
    if (r.value === stop) return DECIDED[stop];
    if (r.value === 'unknown') (unknown ??= []).push(r);
  }
  if (!unknown) return DECIDED[all ? 'true' : 'false'];
  if (unknown.length === 1) return unknown[0]!;
  const unknownFacts = new Set<FactName>();
  for (const p of unknown) p.unknownFacts.forEach((f) => unknownFacts.add(f));
  return { value: 'unknown', unknownFacts };
}

/** Fact names in the order they first appear in a condition. */
export function factsOf(c: Condition, out: FactName[] = []): FactName[] {
  if (isLeaf(c)) {
    if (!out.includes(c.fact)) out.push(c.fact);
  } else if ('not' in c) factsOf(c.not, out);
  else for (const p of 'all' in c ? c.all : c.any) factsOf(p, out);
  return out;
}
