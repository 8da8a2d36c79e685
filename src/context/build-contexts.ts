import type { Fact } from '../model/fact.js';
import { decodeFacts } from './decode.js';
import { applyDerivations } from './derive.js';
import { applyInstallerDefaults } from './installer-defaults.js';
import { clustersFromConfig, clustersFromDefinitions, groupFacts, type ClusterSpec } from './group.js';
import { applyOverrides } from './overrides.js';
import { applyPrecedence } from './precedence.js';
import { resolveTemplates } from './resolve-vars.js';
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

export function buildContextsWithShared(repoFacts: readonly Fact[], explicit: readonly Fact[], declared: readonly DeclaredCluster[] = []): ContextsWithShared {
  // Image names and chart versions are decoded first, so overrides and precedence compare decoded values.
  const layered = applyOverrides(decodeFacts(repoFacts));
  const specs: ClusterSpec[] = declared.length > 0 ? clustersFromConfig(declared) : clustersFromDefinitions(layered.facts);
  const global = new Set(explicit.map((f) => f.name));
  const groups = groupFacts(layered.facts, specs);
  const contexts = groups.map((g) => {
    const files = new Set(g.facts.map((f) => f.place?.file));
    const own = g.explicit.filter((f) => !global.has(f.name));
    // References between Ansible variables are resolved within the cluster before anything competes.
    const templates = resolveTemplates(g.facts);
    const { facts, overridden } = applyPrecedence([...templates.facts, ...own, ...explicit]);
    return {
      name: g.name,
      formedBy: g.formedBy,
      facts: applyDerivations(applyInstallerDefaults(facts)),
      overridden: [...layered.overridden.filter((f) => files.has(f.place?.file)), ...templates.replaced, ...overridden],
    };
  });
  return { contexts, shared: sharedFacts(contexts, groups[0]?.shared ?? new Set()) };
}

/**
 * Facts from files no cluster owns that every context still holds, the same fact object, after variable
 * resolution, precedence and derivations (a shared fact a cluster resolved or overrode is that cluster's
 * own from then on). A report can give them once instead of once per cluster. Empty with one context.
 */
export function sharedFacts(contexts: readonly ClusterContext[], fromShared: ReadonlySet<Fact>): Fact[] {
  if (contexts.length < 2 || fromShared.size === 0) return [];
  const count = new Map<Fact, number>();
  for (const ctx of contexts) for (const f of new Set(ctx.facts)) if (fromShared.has(f)) count.set(f, (count.get(f) ?? 0) + 1);
  const seen = new Set<Fact>();
  return contexts[0]!.facts.filter((f) => count.get(f) === contexts.length && !seen.has(f) && seen.add(f));
}
