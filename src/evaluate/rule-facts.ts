import type { FactName } from '../model/fact.js';
import type { Condition, LeafCondition, Rule } from '../model/rule.js';
import { factsOf } from './condition.js';

/** What a rule reads, found once per rule (a rule is evaluated once per cluster, and its plans keyed per cluster). */
export interface RuleFacts {
  /** The facts of `when`, in order of first appearance. */
  whenFacts: FactName[];
  /** Every fact the rule reads, each once: `whenFacts`, then those only `unless` reads. */
  names: FactName[];
  /** Every leaf of `when` and `unless`. */
  leaves: LeafCondition[];
}

const known = new WeakMap<Rule, RuleFacts>();

export function ruleFacts(rule: Rule): RuleFacts {
  let facts = known.get(rule);
  if (!facts) {
    const whenFacts = factsOf(rule.when);
    // factsOf adds each name once to the list it is given: the `unless` conditions add theirs after `when`'s.
    const names = [...whenFacts];
    for (const c of rule.unless ?? []) factsOf(c, names);
    const leaves = [rule.when, ...(rule.unless ?? [])].flatMap((c) => leavesOf(c));
    known.set(rule, (facts = { whenFacts, names, leaves }));
  }
  return facts;
}

function leavesOf(c: Condition, out: LeafCondition[] = []): LeafCondition[] {
  if ('fact' in c) out.push(c);
  else if ('not' in c) leavesOf(c.not, out);
  else for (const p of 'all' in c ? c.all : c.any) leavesOf(p, out);
  return out;
}
