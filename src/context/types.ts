import type { Fact } from '../model/fact.js';

/** The facts of one cluster, after precedence (explicit > repository > default) and derivations. */
export interface ClusterContext {
  name: string;
  /** How the context was formed, for people: "whole repository", "directory clusters/prod". */
  formedBy: string;
  facts: Fact[];
  /** Repository facts that an explicit value replaced; shown, not evaluated. */
  overridden: Fact[];
}
