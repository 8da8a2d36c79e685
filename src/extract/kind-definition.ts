/**
 * The note of a kind config's `cluster.definition` fact (kind-cluster.ts writes it; the context stage's
 * kind-scope.ts and group.ts recognise kind clusters by it). A module of its own, with no imports, so the
 * context stage does not load the extractor.
 */
export const KIND_DEFINITION = 'kind Cluster';
