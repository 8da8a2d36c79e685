import type { Fact } from '../model/fact.js';

/**
 * What kind's command line says (`kind create cluster --image`, the kind release a script fetches, a CI kind
 * action: facts keyed `kind`) is about a kind cluster, and a repository's scripts are shared by all its
 * clusters: a Cluster API or Kubespray repository that starts a kind management or test cluster must not get
 * kind's release or node image. They count only in a cluster a kind config defines; elsewhere they are let go.
 */
export function scopeKindCommandFacts(facts: readonly Fact[]): readonly Fact[] {
  if (!facts.some((f) => f.key === 'kind')) return facts;
  const kindConfig = facts.some((f) => f.name === 'cluster.definition' && f.note === KIND_DEFINITION);
  return kindConfig ? facts : facts.filter((f) => f.key !== 'kind');
}

/** The note of a kind config's `cluster.definition` (src/extract/kind-cluster.ts). */
export const KIND_DEFINITION = 'kind Cluster';
