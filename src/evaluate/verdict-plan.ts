import type { Fact, FactName } from '../model/fact.js';
import type { Rule } from '../model/rule.js';
import type { Binding } from './condition.js';
import type { Merged, Verdicts } from './evaluate-rule.js';
import type { FactValue } from './fact-values.js';
import { ruleFacts } from './rule-facts.js';

/**
 * A rule's verdicts as positions in the lists of values (groupFactValues' order): what another cluster
 * whose values read the same (the same values, candidates and unresolved marks) gets, with its own facts
 * as evidence, messages and fingerprints.
 */
export interface VerdictPlan {
  groups: (readonly [FactName, number[]])[][];
  binding?: (readonly [FactName, number])[];
  unknown: FactName[];
}

/** The plan of a cluster's verdicts. */
export function planOf(v: Verdicts, values: ReadonlyMap<FactName, readonly FactValue[]>): VerdictPlan {
  const at = (n: FactName, fv: FactValue | undefined) => (fv ? values.get(n)!.indexOf(fv) : -1);
  const plan: VerdictPlan = {
    groups: v.groups.map((g) => [...g].map(([n, list]) => [n, list.map((fv) => at(n, fv))] as const)),
    unknown: v.unknown,
  };
  if (v.unknownBinding) plan.binding = [...v.unknownBinding].map(([n, fv]) => [n, at(n, fv)] as const);
  return plan;
}

/** The verdicts of a plan over a cluster's own values. */
export function verdictsOf(plan: VerdictPlan, values: ReadonlyMap<FactName, readonly FactValue[]>): Verdicts {
  const v: Verdicts = {
    groups: plan.groups.map((g): Merged => new Map(g.map(([n, at]) => [n, at.map((i) => values.get(n)![i]!)]))),
    unknown: plan.unknown,
  };
  if (plan.binding) v.unknownBinding = new Map(plan.binding.map(([n, i]) => [n, i < 0 ? undefined : values.get(n)![i]])) as Binding;
  return v;
}

/**
 * The plans of one evaluation of every cluster, by rule and by what the values a rule reads say. Clusters
 * that take the same platform files, or whose own files say the same (every cluster's kubeadm default
 * admission plugins, a Terraform monorepo's few Kubernetes versions), give a rule the same verdicts: its
 * combinations are evaluated once, and each cluster builds its results from its own facts. A reading names
 * every value with its candidates and unresolved mark: all a condition reads. How a message shows a value
 * (an installer default's note names where the installer was recognised) is not part of it: messages are
 * made for each cluster's findings, which are few beside the rules each cluster is evaluated against.
 */
export class PlanCache {
  private readonly plans = new Map<string, VerdictPlan>();
  private readonly readings = new Map<string, number>();
  private readingIds = new Map<FactName, number>();
  private readonly valueTexts = new Map<string, number>();
  private readonly factReadings = new WeakMap<Fact, number>();

  /** A new cluster's values: the ids of their readings are found as its rules ask for them. */
  startCluster(): void {
    this.readingIds = new Map();
  }

  /** What a rule (at `index` in the rule list) reads in a cluster's values: the key of its plan. */
  key(rule: Rule, index: number, values: ReadonlyMap<FactName, readonly FactValue[]>): string {
    let key = `${index}`;
    for (const n of ruleFacts(rule).names) key += `,${this.readingId(n, values.get(n))}`;
    return key;
  }

  get(key: string): VerdictPlan | undefined {
    return this.plans.get(key);
  }

  set(key: string, plan: VerdictPlan): void {
    this.plans.set(key, plan);
  }

  /**
   * A number for what a value reads: its text, candidates and unresolved mark (a condition's whole input).
   * All of them are its first fact's (groupFactValues), so the number is found once per fact: a shared
   * Service is one lookup in each cluster.
   */
  private valueId(v: FactValue): number {
    const first = v.facts[0];
    if (!first) return this.textId(`${v.unresolved ? 'u' : ''}${v.value}\u0001${v.candidates?.join('\u0001') ?? ''}`);
    let id = this.factReadings.get(first);
    if (id === undefined) {
      const text = `${v.unresolved ? 'u' : ''}${v.value}\u0001${v.candidates?.join('\u0001') ?? ''}`;
      this.factReadings.set(first, (id = this.textId(text)));
    }
    return id;
  }

  private textId(text: string): number {
    let id = this.valueTexts.get(text);
    if (id === undefined) this.valueTexts.set(text, (id = this.valueTexts.size));
    return id;
  }

  private readingId(name: FactName, values: readonly FactValue[] | undefined): number {
    if (!values || values.length === 0) return -1;
    let id = this.readingIds.get(name);
    if (id !== undefined) return id;
    let text = name;
    for (const v of values) text += `,${this.valueId(v)}`;
    id = this.readings.get(text);
    if (id === undefined) this.readings.set(text, (id = this.readings.size));
    this.readingIds.set(name, id);
    return id;
  }
}
