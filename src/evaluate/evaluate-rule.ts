import type { ClusterContext } from '../context/types.js';
import { clusterFacts } from '../model/cluster-facts.js';
import { factInfo } from '../knowledge/facts.js';
import { Fingerprints } from '../model/fingerprints.js';
import { factTree, isObjectFact, nearestPlace, type Fact, type FactName } from '../model/fact.js';
import type { Diagnostic, Finding, MissingFact, RuleResult, Undetermined } from '../model/finding.js';
import { comparePlaces, type Place } from '../model/place.js';
import type { Rule } from '../model/rule.js';
import { evalCondition, type Binding, type CondResult } from './condition.js';
import { ruleFacts } from './rule-facts.js';
import { groupFactValues, type FactValue } from './fact-values.js';
import type { FindingBodies, FindingBody } from './finding-bodies.js';
import { EMPTY_TAIL, fingerprint, fingerprintOf, joinTail, objectTailsOf, sortedTail, withTail } from './fingerprint.js';
import { renderMessage } from './render.js';
import type { Tri } from './tri.js';
import { satisfiesVersion } from './versions.js';

/**
 * A bound on pathological repositories: a rule whose facts take more value combinations than this in one
 * cluster is not evaluated; it is undetermined, with a diagnostic that says why. Never a silent cut.
 */
export const MAX_COMBINATIONS = 4096;

export interface RuleOutcome {
  findings: Finding[];
  undetermined?: Undetermined;
  diagnostic?: Diagnostic;
}

/** Where a result that reads no placed fact points: the rule's component as the cluster configures it. */
export type ComponentPlaceOf = (rule: Rule) => Place | undefined;

/**
 * Evaluates a rule against every combination of the distinct values its facts take in the context, so
 * that two Calico versions are both checked. True combinations become findings; if none is true and
 * some is unknown, the rule is undetermined, naming the facts that would decide it.
 */
export function evaluateRule(rule: Rule, ctx: ClusterContext): RuleOutcome {
  // One rule alone (evaluateContexts shares verdicts between clusters through verdict plans instead).
  const facts = clusterFacts(ctx);
  const values = groupFactValues(facts);
  const verdicts = ruleVerdicts(rule, values);
  return verdicts ? outcomeOf(rule, ctx.name, verdicts, values, (r) => componentPlace(r, facts)) : overCap(rule, ctx, values);
}

/**
 * What the combinations of a rule's values decided: the true ones in groups (a finding each, their values
 * merged), else one unknown combination and the facts that would decide it. It depends on the values only
 * (value, candidates, unresolved), never on the facts that hold them.
 */
export interface Verdicts {
  groups: Merged[];
  unknownBinding?: Binding;
  unknown: FactName[];
}

/** The rule's verdicts over every combination of its values; undefined when over MAX_COMBINATIONS. */
export function ruleVerdicts(rule: Rule, values: Map<FactName, FactValue[]>): Verdicts | undefined {
  const { whenFacts, names } = ruleFacts(rule);
  if (combinationCount(names, values) > MAX_COMBINATIONS) return undefined;
  const affected = new Map<string, Binding[]>();
  const unknown = new Set<FactName>();
  let unknownBinding: Binding | undefined;

  for (const binding of combinations(names, values)) {
    const w = evalCondition(rule.when, binding, 'unknown');
    if (w.value === 'false') continue;
    // `unless` conditions: any true cancels the combination (the rest need not be asked).
    let cancelled: Tri = 'false';
    let u: CondResult[] | undefined;
    for (const c of rule.unless ?? []) {
      const r = evalCondition(c, binding, 'false');
      if (r.value === 'true') {
        cancelled = 'true';
        break;
      }
      if (r.value === 'unknown') {
        cancelled = 'unknown';
        (u ??= []).push(r);
      }
    }
    if (cancelled === 'true') continue;
    // The generator reuses one binding: a kept one is copied.
    if (w.value === 'true' && cancelled === 'false') {
      const key = findingKey(rule, binding, whenFacts);
      const group = affected.get(key);
      if (group) group.push(new Map(binding));
      else affected.set(key, [new Map(binding)]);
    } else {
      w.unknownFacts.forEach((n) => unknown.add(n));
      u?.forEach((r) => r.unknownFacts.forEach((n) => unknown.add(n)));
      unknownBinding ??= new Map(binding);
    }
  }
  const groups = [...affected.values()].map(merge);
  return groups.length === 0 && unknownBinding ? { groups, unknownBinding, unknown: [...unknown] } : { groups, unknown: [] };
}

/** A cluster's results of a rule's verdicts over its values. */
export function outcomeOf(
  rule: Rule,
  context: string,
  v: Verdicts,
  values: Map<FactName, FactValue[]>,
  placeOf: ComponentPlaceOf,
  bodies?: FindingBodies,
): RuleOutcome {
  const { whenFacts } = ruleFacts(rule);
  const out: RuleOutcome = { findings: v.groups.map((group) => toFinding(rule, context, group, whenFacts, bodies)) };
  if (v.unknownBinding) out.undetermined = toUndetermined(rule, context, v.unknownBinding, [...v.unknown], values, whenFacts, placeOf, bodies);
  return out;
}

function combinationCount(names: readonly FactName[], values: Map<FactName, FactValue[]>): number {
  return names.reduce((n, f) => n * Math.max(1, values.get(f)?.length ?? 0), 1);
}

/** What every result of a rule in a cluster starts with: the rule's id, words and severity, and the cluster. */
function ruleHeader(rule: Rule, context: string): Pick<RuleResult, 'ruleId' | 'title' | 'severity' | 'component' | 'context'> {
  return { ruleId: rule.id, title: rule.title, severity: rule.severity, component: rule.component, context };
}

/** Too many combinations to evaluate: undetermined, naming the facts with many values and the bound. */
export function overCap(rule: Rule, ctx: ClusterContext, values: Map<FactName, FactValue[]>): RuleOutcome {
  const { names } = ruleFacts(rule);
  const total = combinationCount(names, values);
  const many = names.filter((n) => (values.get(n)?.length ?? 0) > 1).sort((a, b) => values.get(b)!.length - values.get(a)!.length);
  const counts = many.map((n) => `${n} ${values.get(n)!.length} values`).join(', ');
  const why = `${total} value combinations (${counts}) are over the engine's limit of ${MAX_COMBINATIONS}`;
  const how = 'split the clusters in the config file (clusters: [{name, paths}]) or give the values as inputs';
  const missing: MissingFact[] = many.map((n) => ({ fact: n, hint: `${values.get(n)!.length} different values in this cluster; ${how}` }));
  const u: Undetermined = {
    ...ruleHeader(rule, ctx.name),
    message: `${rule.title}: not evaluated: ${why}; ${how}.`,
    missing,
    evidence: [],
    fingerprint: fingerprint(rule.id, ctx.name, ['over-limit', ...many], []),
  };
  const first = many
    .flatMap((n) => values.get(n)!.flatMap((v) => v.facts))
    .map(nearestPlace)
    .find((p) => p !== undefined);
  if (first) u.primary = first;
  const diagnostic: Diagnostic = { level: 'warning', message: `${rule.id} in cluster ${ctx.name} is undetermined: ${why}; ${how}` };
  if (first) diagnostic.place = first;
  return { findings: [], undetermined: u, diagnostic };
}

export function componentPlace(rule: Rule, facts: readonly Fact[]): Place | undefined {
  const mine = (f: Fact) =>
    rule.component === 'calico'
      ? f.name.startsWith('calico.')
      : rule.component === 'kube-proxy'
        ? f.name.startsWith('kubeProxy.') || f.name === 'kubernetes.version'
        : f.name.startsWith(`${rule.component}.`);
  // Else the nearest place the cluster has at all: a result is never left without one. The first found is
  // the answer: the facts after it are not looked at.
  for (const f of facts) {
    if (!mine(f)) continue;
    const p = nearestPlace(f);
    if (p !== undefined) return p;
  }
  for (const f of facts) {
    const p = nearestPlace(f);
    if (p !== undefined) return p;
  }
  return undefined;
}

/** The note of an `unverified` version range of the rule that holds the value, if any. */
function unverifiedNote(rule: Rule, fact: FactName, bound: FactValue): string | undefined {
  for (const l of ruleFacts(rule).leaves) {
    if (l.fact !== fact || !l.unverified) continue;
    const values = bound.candidates ?? [bound.value];
    if (values.some((v) => satisfiesVersion(v, l.unverified!.version) !== 'false')) return l.unverified.note;
  }
  return undefined;
}

/** A value as the undetermined text shows it: a range names what it is ("Ubuntu 20.04 AWS image of unknown date: kernel 5.4–5.15"). */
function describeValue(bound: FactValue): string {
  if (!bound.candidates) return bound.value;
  const why = bound.facts.map((f) => f.note).find((n) => !!n);
  return why ? `${why}` : `${bound.value} (one of ${bound.candidates.join(', ')})`;
}

function* combinations(names: FactName[], values: Map<FactName, FactValue[]>): Generator<Binding> {
  const choices = names.map((n) => {
    const list = values.get(n);
    return list && list.length > 0 ? list : [undefined];
  });
  let produced = 0;
  const idx = names.map(() => 0);
  // One map, refilled for each combination (most are false and dropped at once); the caller copies a kept one.
  const binding = new Map<FactName, FactValue | undefined>();
  while (produced < MAX_COMBINATIONS) {
    names.forEach((n, i) => binding.set(n, choices[i]![idx[i]!]));
    yield binding;
    produced++;
    let i = names.length - 1;
    while (i >= 0 && ++idx[i]! >= choices[i]!.length) idx[i--] = 0;
    if (i < 0) return;
  }
}

/** The distinct values each fact takes over a group of true combinations, in first-seen order. */
export type Merged = Map<FactName, FactValue[]>;

/**
 * True combinations are one finding per value of the rule's primary fact (the line to change); the other
 * facts' values are merged into it. Forty nodes whose kernels differ only in their build number make one
 * finding, not forty; sixty Services behind one kube-proxy make one finding that names them (each keeps its
 * own fingerprint). A rule whose primary fact is the Service gives one finding per Service.
 */
function findingKey(rule: Rule, binding: Binding, whenFacts: FactName[]): string {
  return binding.get(rule.primaryFact ?? whenFacts[0]!)?.value ?? '';
}

function merge(group: readonly Binding[]): Merged {
  const out: Merged = new Map();
  for (const b of group) {
    for (const [n, v] of b) {
      if (!v) continue;
      const list = out.get(n);
      if (!list) out.set(n, [v]);
      else if (!list.includes(v)) list.push(v);
    }
  }
  return out;
}

function single(binding: Binding): Merged {
  return new Map([...binding].filter(([, v]) => v !== undefined).map(([n, v]) => [n, [v!]]));
}

function boundFacts(merged: Merged, order: Iterable<FactName>): Fact[] {
  const out: Fact[] = [];
  for (const n of order) for (const v of merged.get(n) ?? []) for (const f of v.facts) out.push(f);
  return out;
}

function primaryPlace(rule: Rule, merged: Merged, order: FactName[]): Place | undefined {
  if (rule.primaryFact) {
    const p = firstPlace(merged.get(rule.primaryFact));
    if (p) return p;
  }
  for (const n of order) {
    const p = firstPlace(merged.get(n));
    if (p) return p;
  }
  return undefined;
}

function firstPlace(values: readonly FactValue[] | undefined): Place | undefined {
  for (const v of values ?? []) {
    for (const f of v.facts) {
      const p = nearestPlace(f);
      if (p) return p;
    }
  }
  return undefined;
}

/** A finding of a rule in a cluster: its body (made once for every cluster with the same shared values) and its fingerprints. */
function toFinding(rule: Rule, context: string, merged: Merged, whenFacts: FactName[], bodies: FindingBodies | undefined): Finding {
  const make = () => findingBody(rule, merged, whenFacts, bodies);
  const body = bodies ? bodies.of(rule, merged, make) : make();
  // ruleHeader's keys written out: the literal makes one object of a known shape (a finding per Service and cluster).
  const finding: Finding = {
    ruleId: rule.id,
    title: rule.title,
    severity: rule.severity,
    component: rule.component,
    context,
    message: body.message,
    fix: rule.fix,
    references: rule.references,
    evidence: body.evidence,
    fingerprint: fingerprintOf(rule.id, context, body.tails[0]!),
  };
  if (body.tails.length > 1) {
    const prints = new Fingerprints([finding.fingerprint]);
    for (let i = 1; i < body.tails.length; i++) prints.push(fingerprintOf(rule.id, context, body.tails[i]!));
    finding.fingerprints = prints;
  }
  if (body.primary) finding.primary = body.primary;
  if (rule.security) finding.security = true;
  if (rule.cve) finding.cve = rule.cve;
  return finding;
}

/** What a finding over these values says in any cluster (the evidence list is only read, never changed). */
function findingBody(rule: Rule, merged: Merged, whenFacts: FactName[], bodies: FindingBodies | undefined): FindingBody {
  const body: FindingBody = {
    message: renderMessage(rule.message, merged),
    evidence: boundFacts(merged, merged.keys()),
    tails: fingerprintTails(merged, rule.primaryFact ?? whenFacts[0]!, bodies),
  };
  const primary = primaryPlace(rule, merged, whenFacts);
  if (primary) body.primary = primary;
  return body;
}

// Facts are shared by every cluster that takes them: the files of each one's derivation tree are gathered once.
const treeFiles = new WeakMap<Fact, string[]>();
function filesOf(f: Fact): string[] {
  let files = treeFiles.get(f);
  if (!files) treeFiles.set(f, (files = factTree([f]).flatMap(({ fact }) => (fact.place ? [fact.place.file] : []))));
  return files;
}

/**
 * What a value adds to a fingerprint: `name=value` and the files of its facts' trees, made once per value
 * object. A cluster's values are met by each of its findings (a Service's finding per Service reads the
 * cluster's one admission plugin value), and the shared values by every cluster's. Read only.
 */
const valueTails = new WeakMap<FactValue, { key: string; files: string[] }>();
function tailParts(n: FactName, v: FactValue): { key: string; files: string[] } {
  let p = valueTails.get(v);
  if (!p || v.name !== n) {
    p = { key: `${n}=${v.value}`, files: v.facts.length === 1 ? filesOf(v.facts[0]!) : v.facts.flatMap(filesOf) };
    if (v.name === n) valueTails.set(v, p);
  }
  return p;
}

/**
 * A finding's identity: its values and every file the verdict rests on, at any depth of derivation (an OS
 * image two steps behind a kernel too). A finding naming several Services has one identity per Service, as
 * if each were alone, so a baseline accepts the Services it saw and a new one still fails. These are the
 * texts hashed after the rule and the cluster (fingerprint.ts).
 */
function fingerprintTails(merged: Merged, primary: FactName, bodies: FindingBodies | undefined): string[] {
  // The values every cluster taking the shared facts has (the very same objects) are sorted with their files
  // once, and the cluster's own few merged into them: the same texts fingerprintTail makes of all of them.
  const own: string[] = [];
  const ownFiles: string[] = [];
  const common: { n: FactName; v: FactValue }[] = [];
  const objects: { key: string; files: string[] }[] = [];
  for (const [n, values] of merged) {
    const object = isObjectFact(n) && n !== primary;
    for (const v of values) {
      if (object) objects.push(tailParts(n, v));
      else if (bodies?.isShared(v) && v.name === n) common.push({ n, v });
      else {
        const p = tailParts(n, v);
        own.push(p.key);
        for (const file of p.files) ownFiles.push(file);
      }
    }
  }
  const base =
    common.length === 0
      ? EMPTY_TAIL
      : bodies!.sortedTailOf(
          common.map((c) => c.v),
          () => {
            const keys: string[] = [];
            const files: string[] = [];
            for (const { n, v } of common) {
              const p = tailParts(n, v);
              keys.push(p.key);
              for (const file of p.files) files.push(file);
            }
            return sortedTail(keys, files);
          },
        );
  if (objects.length === 0) return [joinTail(base, own, ownFiles)];
  return objectTailsOf(withTail(base, own, ownFiles), objects);
}

function toUndetermined(
  rule: Rule,
  context: string,
  binding: Binding,
  unknown: FactName[],
  values: Map<FactName, FactValue[]>,
  whenFacts: FactName[],
  placeOf: ComponentPlaceOf,
  bodies: FindingBodies | undefined,
): Undetermined {
  const missing: MissingFact[] = unknown.sort().map((n) => {
    const said = missingText(rule, n, binding.get(n), values.get(n));
    // A new object each time: the policy stage adds the candidates to a result's hint.
    const m: MissingFact = { fact: n, hint: said.hint };
    if (said.unresolvedAt) m.unresolvedAt = said.unresolvedAt;
    return m;
  });
  // The facts of the values that are known, in the rule's order: one list for every cluster given the same shared values.
  const known = [...binding.values()].filter((v): v is FactValue => !!v && !v.unresolved);
  const make = () => known.flatMap((v) => v.facts);
  const evidence = bodies ? bodies.evidenceOf(rule, known, make) : make();
  const label = missing.map((m) => factInfo(m.fact).label).join(', ');
  const u: Undetermined = {
    ruleId: rule.id,
    title: rule.title,
    severity: rule.severity,
    component: rule.component,
    context,
    message: `${rule.title}: cannot decide without ${label}. ${missing
      .map((m) => m.hint)
      .filter((h, i, a) => a.indexOf(h) === i)
      .join('; ')}.`,
    missing,
    evidence,
    fingerprint: fingerprint(rule.id, context, ['undetermined', ...missing.map((m) => m.fact)], []),
  };
  // Nothing the rule reads is known: the nearest place is what made the rule apply (its component's facts).
  const primary = primaryPlace(rule, single(binding), whenFacts) ?? placeOf(rule);
  if (primary) u.primary = primary;
  return u;
}

/** What an undetermined result says of one fact it misses: the hint, and where the fact is a placeholder. */
interface MissingText {
  hint: string;
  unresolvedAt?: Place[];
}

/**
 * The hint and placeholder places of a missing fact, made once per rule, fact, bound value and list of
 * values (value objects and lists are shared by every cluster that takes the same shared facts, and by a
 * cluster's results): a pure function of them. `unresolvedAt` is only read.
 */
const missingTexts = new WeakMap<Rule, Map<FactName, WeakMap<object, WeakMap<object, MissingText>>>>();
const NO_VALUE = {};
const NO_VALUES = {};
function missingText(rule: Rule, n: FactName, bound: FactValue | undefined, list: readonly FactValue[] | undefined): MissingText {
  let byName = missingTexts.get(rule);
  if (!byName) missingTexts.set(rule, (byName = new Map()));
  let byValue = byName.get(n);
  if (!byValue) byName.set(n, (byValue = new WeakMap()));
  let byList = byValue.get(bound ?? NO_VALUE);
  if (!byList) byValue.set(bound ?? NO_VALUE, (byList = new WeakMap()));
  let said = byList.get(list ?? NO_VALUES);
  if (!said) byList.set(list ?? NO_VALUES, (said = makeMissingText(rule, n, bound, list)));
  return said;
}

function makeMissingText(rule: Rule, n: FactName, bound: FactValue | undefined, list: readonly FactValue[] | undefined): MissingText {
  // A value is there but does not decide the rule: a version without its patch ("1.28") or a string
  // that is no version. Say so, or the hint asks for what the user already gave.
  const example = n === 'node.kernel' ? 'a kernel release such as 4.18.0-513.el8_9.x86_64' : 'the full version, e.g. 1.28.7';
  const doubt = bound && !bound.unresolved ? unverifiedNote(rule, n, bound) : undefined;
  // A kernel range (a cloud image's rolling kernel, UEK or RHCK): name it and how to pin it.
  const range = n === 'node.kernel' && bound && !bound.unresolved && bound.candidates ? `the range does not decide it: ${describeValue(bound)}` : undefined;
  // Candidates (an installer release not pinned): name them, and what would pin them.
  const candidateNote = bound?.candidates ? bound.facts.find((f) => f.note)?.note : undefined;
  // An installer default that is unknown (UNVERIFIED, or not in the release table) says why.
  const installerNote = bound?.unresolved ? bound.facts.find((f) => f.source.startsWith('installer:'))?.note : undefined;
  const imprecise = doubt
    ? `${bound!.value}: ${doubt}; `
    : candidateNote
      ? `${bound!.value} (${candidateNote}) does not decide it: pin the installer release or give the value; `
      : installerNote
        ? `${installerNote}; give the value; `
        : bound && !bound.unresolved
          ? `${bound.value} does not decide it (give ${example}); `
          : '';
  const said: MissingText = { hint: range ?? (doubt ? imprecise.replace(/; $/, '') : `${imprecise}${factInfo(n).hint}`) };
  // In file order: which placeholder text sorts first says nothing about where to look first.
  const unresolved = (list ?? [])
    .filter((v) => v.unresolved)
    .flatMap((v) => v.facts.map((f) => f.place))
    .filter((p): p is Place => !!p)
    .sort(comparePlaces);
  if (unresolved.length) said.unresolvedAt = unresolved;
  return said;
}
