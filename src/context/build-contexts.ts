import type { Fact } from '../model/fact.js';
import { applyDerivations } from './derive.js';
import { applyPrecedence } from './precedence.js';
import type { ClusterContext } from './types.js';

/**
 * Groups facts into cluster contexts. For now the whole repository is one cluster; explicit facts apply
 * to every context.
 */
export function buildContexts(repoFacts: readonly Fact[], explicit: readonly Fact[]): ClusterContext[] {
  const { facts, overridden } = applyPrecedence([...repoFacts, ...explicit]);
  return [{ name: 'repository', formedBy: 'whole repository (one cluster)', facts: applyDerivations(facts), overridden }];
}
