import type { ClusterContext } from '../context/types.js';
import { clusterFacts } from '../model/cluster-facts.js';
import type { Fact } from '../model/fact.js';
import type { Diagnostic, Finding, NotApplicable, Undetermined } from '../model/finding.js';
import { basedPlaceText, type PlaceText } from '../model/place-base.js';
import type { Place } from '../model/place.js';
import type { Component, Rule } from '../model/rule.js';
import { componentPlace, outcomeOf, overCap, ruleVerdicts, type RuleOutcome } from './evaluate-rule.js';
import { PlanCache, planOf, verdictsOf } from './verdict-plan.js';
import { ClusterValues } from './fact-values.js';
import { FindingBodies } from './finding-bodies.js';

export interface EvaluateOptions {
  /** ScanOptions.placeBase: a not-applicable reason names the place kube-proxy is disabled at as the report's places read. */
  placeBase?: string;
}

export interface Evaluation {
  findings: Finding[];
  undetermined: Undetermined[];
  notApplicable: NotApplicable[];
  /** Why a rule was left undetermined by a bound of the engine (never silently). */
  diagnostics: Diagnostic[];
}

const COMPONENT_FACTS: Record<Component, (f: Fact) => boolean> = {
  'kube-proxy': (f) => f.name.startsWith('kubeProxy.') || f.name === 'kubernetes.version',
  calico: (f) => f.name.startsWith('calico.'),
  // Kernel-level rules: any data-plane or node fact says the cluster has nodes worth checking.
  node: (f) => /^(kubeProxy|calico|node|host)\./.test(f.name),
};

/**
 * Why a rule does not apply to a context: its component is absent, or kube-proxy is disabled. A rule
 * about a component the cluster does not run is neither a finding nor undetermined. Worked out once per
 * context for every component (the rules only ask), not once per rule over all the context's facts.
 */
function inapplicability(facts: readonly Fact[], show: PlaceText): (rule: Rule) => string | undefined {
  const reasons = new Map<Component, string | undefined>();
  const off = facts.find((f) => f.name === 'kubeProxy.disabled' && f.value === 'true');
  return (rule) => {
    if (reasons.has(rule.component)) return reasons.get(rule.component);
    let reason: string | undefined;
    if (rule.component === 'kube-proxy' && off) {
      reason = `kube-proxy is disabled${off.note ? ` (${off.note})` : ''}${off.place ? ` at ${show(off.place)}` : ''}`;
    } else if (!facts.some((f) => f.name !== 'kubeProxy.disabled' && COMPONENT_FACTS[rule.component](f))) {
      reason = `no ${rule.component} configuration found`;
    }
    reasons.set(rule.component, reason);
    return reason;
  };
}

/**
 * The results of one context at a time, so a caller can judge and merge them before the next context is
 * evaluated: a repository of hundreds of clusters sharing hundreds of Services never holds every cluster's
 * copy at once.
 */
export function* evaluateContexts(rules: readonly Rule[], contexts: readonly ClusterContext[], opts: EvaluateOptions = {}): Generator<Evaluation> {
  const show = basedPlaceText(opts.placeBase);
  const plans = new PlanCache();
  const grouped = new ClusterValues();
  const bodies = new FindingBodies((v) => grouped.isShared(v));
  for (const ctx of contexts) {
    const out: Evaluation = { findings: [], undetermined: [], notApplicable: [], diagnostics: [] };
    // The whole list (shared facts included) is made once per context and let go with it.
    const facts = clusterFacts(ctx);
    const inapplicable = inapplicability(facts, show);
    const values = grouped.of(ctx, facts);
    plans.startCluster();
    // The component places a result with no placed fact points at, found once per component.
    const places = new Map<Component, Place | undefined>();
    const placeOf = (rule: Rule): Place | undefined => {
      if (!places.has(rule.component)) places.set(rule.component, componentPlace(rule, facts));
      return places.get(rule.component);
    };
    // Values that read as a cluster's before: its verdicts, with this cluster's facts.
    const outcome = (rule: Rule, i: number): RuleOutcome => {
      const key = plans.key(rule, i, values);
      const plan = plans.get(key);
      if (plan) return outcomeOf(rule, ctx.name, verdictsOf(plan, values), values, placeOf, bodies);
      const verdicts = ruleVerdicts(rule, values);
      if (!verdicts) return overCap(rule, ctx, values);
      plans.set(key, planOf(verdicts, values));
      return outcomeOf(rule, ctx.name, verdicts, values, placeOf, bodies);
    };
    for (const [i, rule] of rules.entries()) {
      const reason = inapplicable(rule);
      if (reason) {
        out.notApplicable.push({ ruleId: rule.id, context: ctx.name, reason });
        continue;
      }
      const r = outcome(rule, i);
      out.findings.push(...r.findings);
      if (r.undetermined) out.undetermined.push(r.undetermined);
      if (r.diagnostic) out.diagnostics.push(r.diagnostic);
    }
    yield out;
  }
}

/** Every context's results together. */
export function evaluate(rules: readonly Rule[], contexts: readonly ClusterContext[], opts: EvaluateOptions = {}): Evaluation {
  const out: Evaluation = { findings: [], undetermined: [], notApplicable: [], diagnostics: [] };
  for (const one of evaluateContexts(rules, contexts, opts)) {
    out.findings.push(...one.findings);
    out.undetermined.push(...one.undetermined);
    out.notApplicable.push(...one.notApplicable);
    out.diagnostics.push(...one.diagnostics);
  }
  return out;
}
