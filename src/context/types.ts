import type { Fact } from '../model/fact.js';
import type { ContextSummary } from '../model/finding.js';

/** The facts of one cluster, after precedence (explicit > repository > default) and derivations. */
export interface ClusterContext extends ContextSummary {
  /** Repository facts replaced by an explicit value or a kustomize overlay; shown, not evaluated. */
  overridden: Fact[];
}
