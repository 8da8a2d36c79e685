import type { ClusterContext } from '../context/types.js';
import { factInfo } from '../knowledge/facts.js';
import type { Fact, FactName } from '../model/fact.js';
import type { Finding, MissingFact, Undetermined } from '../model/finding.js';
import type { Place } from '../model/place.js';
import type { Rule } from '../model/rule.js';
import { evalCondition, factsOf, type Binding } from './condition.js';
import { groupFactValues, type FactValue } from './fact-values.js';
import { fingerprint } from './fingerprint.js';
import { renderMessage } from './render.js';
import { or, type Tri } from './tri.js';

/** Beyond this many value combinations a rule is evaluated on the first ones only: a bound on pathological repositories. */
export const MAX_COMBINATIONS = 4096;

export interface RuleOutcome {
  findings: Finding[];
  undetermined?: Undetermined;
}

/**
 * Evaluates a rule against every combination of the distinct values its facts take in the context, so
 * that two Calico versions are both checked. True combinations become findings; if none is true and
 * some is unknown, the rule is undetermined, naming the facts that would decide it.
 */
export function evaluateRule(rule: Rule, ctx: ClusterContext): RuleOutcome {
  const values = groupFactValues(ctx.facts);
  const whenFacts = factsOf(rule.when);
  const unlessFacts = (rule.unless ?? []).flatMap((c) => factsOf(c)).filter((f) => !whenFacts.includes(f));
  const names = [...whenFacts, ...unlessFacts];
  const findings = new Map<string, Finding>();
  const unknown = new Set<FactName>();
  let unknownBinding: Binding | undefined;

  for (const binding of combinations(names, values)) {
    const w = evalCondition(rule.when, binding, 'unknown');
    if (w.value === 'false') continue;
    const u = (rule.unless ?? []).map((c) => evalCondition(c, binding, 'false'));
    const cancelled: Tri = or(u.map((r) => r.value));
    if (cancelled === 'true') continue;
    if (w.value === 'true' && cancelled === 'false') {
      const f = toFinding(rule, ctx, binding, whenFacts);
      findings.set(f.fingerprint, f);
    } else {
      w.unknownFacts.forEach((n) => unknown.add(n));
      u.forEach((r) => r.unknownFacts.forEach((n) => unknown.add(n)));
      unknownBinding ??= binding;
    }
  }
  const out: RuleOutcome = { findings: [...findings.values()] };
  if (out.findings.length === 0 && unknownBinding) {
    out.undetermined = toUndetermined(rule, ctx, unknownBinding, [...unknown], values, whenFacts);
  }
  return out;
}

function* combinations(names: FactName[], values: Map<FactName, FactValue[]>): Generator<Binding> {
  const choices = names.map((n) => {
    const list = values.get(n);
    return list && list.length > 0 ? list : [undefined];
  });
  let produced = 0;
  const idx = names.map(() => 0);
  while (produced < MAX_COMBINATIONS) {
    yield new Map(names.map((n, i) => [n, choices[i]![idx[i]!]]));
    produced++;
    let i = names.length - 1;
    while (i >= 0 && ++idx[i]! >= choices[i]!.length) idx[i--] = 0;
    if (i < 0) return;
  }
}

function boundFacts(binding: Binding, order: FactName[]): Fact[] {
  return order.flatMap((n) => binding.get(n)?.facts ?? []);
}

function primaryPlace(rule: Rule, binding: Binding, order: FactName[]): Place | undefined {
  const prefer = rule.primaryFact ? [rule.primaryFact, ...order] : order;
  for (const n of prefer) {
    for (const f of binding.get(n)?.facts ?? []) {
      const p = f.place ?? f.derivedFrom?.find((d) => d.place)?.place;
      if (p) return p;
    }
  }
  return undefined;
}

function toFinding(rule: Rule, ctx: ClusterContext, binding: Binding, whenFacts: FactName[]): Finding {
  const names = [...binding.keys()].filter((n) => binding.get(n));
  const evidence = boundFacts(binding, names);
  const valueKeys = names.map((n) => `${n}=${binding.get(n)!.value}`);
  const files = evidence.flatMap((f) => [f.place?.file, ...(f.derivedFrom ?? []).map((d) => d.place?.file)]).filter((x): x is string => !!x);
  const finding: Finding = {
    ruleId: rule.id,
    title: rule.title,
    severity: rule.severity,
    component: rule.component,
    context: ctx.name,
    message: renderMessage(rule.message, binding),
    fix: rule.fix,
    references: rule.references,
    evidence,
    fingerprint: fingerprint(rule.id, ctx.name, valueKeys, files),
  };
  const primary = primaryPlace(rule, binding, whenFacts);
  if (primary) finding.primary = primary;
  return finding;
}

function toUndetermined(
  rule: Rule,
  ctx: ClusterContext,
  binding: Binding,
  unknown: FactName[],
  values: Map<FactName, FactValue[]>,
  whenFacts: FactName[],
): Undetermined {
  const missing: MissingFact[] = unknown.sort().map((n) => {
    const m: MissingFact = { fact: n, hint: factInfo(n).hint };
    const unresolved = (values.get(n) ?? []).filter((v) => v.unresolved).flatMap((v) => v.facts.map((f) => f.place)).filter((p): p is Place => !!p);
    if (unresolved.length) m.unresolvedAt = unresolved;
    return m;
  });
  const known = [...binding.keys()].filter((n) => binding.get(n) && !binding.get(n)!.unresolved);
  const evidence = boundFacts(binding, known);
  const label = missing.map((m) => factInfo(m.fact).label).join(', ');
  const u: Undetermined = {
    ruleId: rule.id,
    title: rule.title,
    severity: rule.severity,
    component: rule.component,
    context: ctx.name,
    message: `${rule.title}: cannot decide without ${label}. ${missing.map((m) => m.hint).filter((h, i, a) => a.indexOf(h) === i).join('; ')}.`,
    missing,
    evidence,
    fingerprint: fingerprint(rule.id, ctx.name, ['undetermined', ...missing.map((m) => m.fact)], []),
  };
  const primary = primaryPlace(rule, binding, whenFacts);
  if (primary) u.primary = primary;
  return u;
}
