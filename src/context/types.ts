import type { Fact } from '../model/fact.js';

/** The facts of one cluster, after precedence (explicit > repository > default) and derivations. */
export interface ClusterContext {
  name: string;
  /** How the context was formed, for people: "whole repository", "directory clusters/prod". */
  formedBy: string;
  facts: Fact[];
  /** Repository facts replaced by an explicit value or a kustomize overlay; shown, not evaluated. */
  overridden: Fact[];
}
