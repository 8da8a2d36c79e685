import { byCode } from '../model/code-order.js';
import type { Fact } from '../model/fact.js';
import type { ExcludedTree } from '../model/finding.js';
import { basedPlaceText } from '../model/place-base.js';
import { buildContextsWithShared, type DeclaredCluster } from './build-contexts.js';
import { excludeInstallerInternals } from './exclusions.js';
import { setAsideKindCommandFacts } from './kind-scope.js';
import type { ClusterContext } from './types.js';

/** The context stage's output: one context per cluster, and the installer trees set aside. */
export interface Clusters {
  contexts: ClusterContext[];
  excluded: ExcludedTree[];
  /** Facts from files no cluster owns that every context holds (empty with one context): see build-contexts.ts. */
  shared: Fact[];
}

/**
 * The context stage: installer internals left out first (unless a declared cluster names their files),
 * then the repository's facts and the explicit ones formed into clusters, with defaults and derivations.
 * `placeBase` (ScanOptions.placeBase): the texts this stage writes that name places (where an installer was
 * recognised, the steps of a variable chain) name them as the report's places will read.
 */
export function formClusters(
  facts: readonly Fact[],
  explicit: readonly Fact[],
  declared: readonly DeclaredCluster[],
  opts: { placeBase?: string } = {},
): Clusters {
  const { facts: kept, excluded } = excludeInstallerInternals(
    facts,
    declared.flatMap((c) => c.paths),
  );
  const kind = setAsideKindCommandFacts(kept);
  const left = kind.excluded.length > 0 ? [...excluded, ...kind.excluded].sort((a, b) => byCode(a.path, b.path)) : excluded;
  return { ...buildContextsWithShared(kind.facts, explicit, declared, basedPlaceText(opts.placeBase)), excluded: left };
}
