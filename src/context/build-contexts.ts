import { clusterFacts, splitShared, type HoldsFacts, type SharedRun } from '../model/cluster-facts.js';
import type { Fact } from '../model/fact.js';
import { formatPlace } from '../model/place.js';
import type { PlaceText } from '../model/place-base.js';
import { decodeFacts } from './decode.js';
import { applyDerivations } from './derive.js';
import { applyExtraVars } from './extra-vars.js';
import { applyInstallerDefaults, applyKubeletBuilds } from './installer-defaults.js';
import { kindConfigFiles, scopeKindCommandFacts } from './kind-scope.js';
import { clustersFromConfig, clustersFromDefinitions, groupFacts, type ClusterSpec } from './group.js';
import { applyOverrides } from './overrides.js';
import { applyPrecedence } from './precedence.js';
import { resolveTemplates, takeRenderedMarks } from './resolve-vars.js';
import type { ClusterContext } from './types.js';

export interface DeclaredCluster {
  name: string;
  paths: string[];
  explicit: Fact[];
}

/**
 * Facts → cluster contexts. Kustomize overlays are resolved over the whole repository first (an overlay
 * may sit beside its cluster's tree); then facts are split among the clusters of the config file, or the
 * clusters the repository visibly holds, or kept as one. In each context: variable references resolved
 * (resolve-vars.ts), precedence, then derivations. Before all of it, facts extractors wrote as image names
 * or chart versions are decoded (decode.ts).
 * Flags and Action inputs apply to every context and win over a cluster's configured values.
 */
export function buildContexts(repoFacts: readonly Fact[], explicit: readonly Fact[], declared: readonly DeclaredCluster[] = []): ClusterContext[] {
  return buildContextsWithShared(repoFacts, explicit, declared).contexts;
}

/** The contexts, and the facts every one of them holds from files no cluster owns (see `sharedFacts`). */
export interface ContextsWithShared {
  contexts: ClusterContext[];
  shared: Fact[];
}

/** `show`: how notes made here name places (under the front end's place base, as the places will read). */
export function buildContextsWithShared(
  repoFacts: readonly Fact[],
  explicit: readonly Fact[],
  declared: readonly DeclaredCluster[] = [],
  show: PlaceText = formatPlace,
): ContextsWithShared {
  // Image names and chart versions are decoded first, so overrides and precedence compare decoded values.
  const overlaid = applyOverrides(decodeFacts(repoFacts));
  // Kubespray variables outside the one inventory are applied to it, as Ansible would (not with declared clusters).
  const extra = declared.length > 0 ? { facts: overlaid.facts, overridden: [] } : applyExtraVars(overlaid.facts);
  const layered = { facts: extra.facts, overridden: [...overlaid.overridden, ...extra.overridden] };
  const specs: ClusterSpec[] = declared.length > 0 ? clustersFromConfig(declared) : clustersFromDefinitions(layered.facts);
  const global = new Set(explicit.map((f) => f.name));
  // Configs Ansible renders were needed by the split above; their `{{ var }}` values are resolved per cluster below.
  const marks = takeRenderedMarks(layered.facts);
  const groups = groupFacts(marks.facts, specs);
  // kind's command-line facts are scoped per cluster only where the repository has any (most have none).
  const kindFacts = layered.facts.some((f) => f.key === 'kind');
  const kindConfigs = kindFacts ? kindConfigFiles(layered.facts) : undefined;
  // Facts of files no cluster owns, in the order read: each context keeps runs of them, not a copy.
  const candidates = [...(groups[0]?.shared ?? [])];
  const candidateIndex = new Map(candidates.map((f, i) => [f, i]));
  const contexts: ClusterContext[] = groups.map((g) => {
    // The cluster's files, only when an overlay replaced something (most repositories have none).
    const files = layered.overridden.length ? new Set(g.facts.map((f) => f.place?.file)) : undefined;
    const own = g.explicit.filter((f) => !global.has(f.name));
    // References between Ansible variables are resolved within the cluster before anything competes.
    const templates = resolveTemplates(kindFacts ? scopeKindCommandFacts(g.facts, kindConfigs) : g.facts, show, marks.rendered);
    const { facts, overridden } = applyPrecedence([...templates.facts, ...own, ...explicit]);
    return {
      name: g.name,
      formedBy: g.formedBy,
      ...splitShared(applyKubeletBuilds(applyDerivations(applyInstallerDefaults(facts, show))), candidates, candidateIndex),
      overridden: [...layered.overridden.filter((f) => files?.has(f.place?.file)), ...templates.replaced, ...overridden],
    };
  });
  const shared = sharedFacts(contexts, candidates);
  // Each context takes the shared list itself (one array for all), the rest of the candidates as its own.
  const index = new Map(shared.map((f, i) => [f, i]));
  // Where each candidate stands in the shared list (-1: not there), found once for every context.
  const toShared = Int32Array.from(candidates, (f) => index.get(f) ?? -1);
  for (const ctx of contexts) {
    const split = ctx.shared?.facts === candidates ? resplit(ctx, toShared, shared) : splitShared(clusterFacts(ctx), shared, index);
    ctx.facts = split.facts;
    if (split.shared) ctx.shared = split.shared;
    else delete ctx.shared;
  }
  return { contexts, shared };
}

/**
 * `splitShared(clusterFacts(ctx), shared, index)` for a context whose runs index the candidates: its own
 * facts are in no run (they are no candidate), and each candidate's place in `shared` is known (`toShared`),
 * so the context's whole list is never made and no fact is looked up.
 */
function resplit(ctx: ClusterContext, toShared: Int32Array, shared: readonly Fact[]): HoldsFacts {
  const s = ctx.shared!;
  const own: Fact[] = [];
  const runs: SharedRun[] = [];
  let run: SharedRun | undefined;
  let i = 0;
  const ownFact = (f: Fact): void => {
    own.push(f);
    run = undefined;
  };
  for (const r of s.runs) {
    while (i < r.at) ownFact(ctx.facts[i++]!);
    for (let k = r.from; k < r.to; k++) {
      const at = toShared[k]!;
      if (at < 0) ownFact(s.facts[k]!);
      else if (run && run.to === at) run.to++;
      else runs.push((run = { at: own.length, from: at, to: at + 1 }));
    }
  }
  while (i < ctx.facts.length) ownFact(ctx.facts[i++]!);
  return runs.length ? { facts: own, shared: { facts: shared, runs } } : { facts: own };
}

/**
 * Facts from files no cluster owns that every context still holds, the same fact object, after variable
 * resolution, precedence and derivations (a shared fact a cluster resolved or overrode is that cluster's
 * own from then on), in the first context's order. A report gives them once instead of once per cluster.
 * Empty with one context. `candidates`: the facts of files no cluster owns, as the contexts' runs index them.
 */
function sharedFacts(contexts: readonly ClusterContext[], candidates: readonly Fact[]): Fact[] {
  if (contexts.length < 2 || candidates.length === 0) return [];
  const count = new Uint32Array(candidates.length);
  const last = new Int32Array(candidates.length).fill(-1);
  contexts.forEach((ctx, c) => {
    for (const r of ctx.shared?.runs ?? []) {
      for (let k = r.from; k < r.to; k++) {
        if (last[k] === c) continue;
        last[k] = c;
        count[k]!++;
      }
    }
  });
  const out: Fact[] = [];
  const seen = new Set<number>();
  for (const r of contexts[0]!.shared?.runs ?? []) {
    for (let k = r.from; k < r.to; k++) if (count[k] === contexts.length && !seen.has(k) && seen.add(k)) out.push(candidates[k]!);
  }
  return out;
}
