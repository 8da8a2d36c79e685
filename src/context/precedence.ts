import type { Fact, FactName } from '../model/fact.js';

/**
 * Explicit inputs replace the repository's values of the same fact; defaults count only where nothing
 * else gives the fact. An explicit node OS also replaces the repository's kernels and iptables backends,
 * which would otherwise contradict it.
 */
export function applyPrecedence(facts: readonly Fact[]): { facts: Fact[]; overridden: Fact[] } {
  const explicit = new Set(facts.filter((f) => f.origin === 'explicit').map((f) => f.name));
  const replaced = new Set<FactName>(explicit);
  if (explicit.has('node.os') && !explicit.has('node.kernel')) replaced.add('node.kernel');
  if (explicit.has('node.os') && !explicit.has('host.iptablesBackend')) replaced.add('host.iptablesBackend');
  const real = new Set(facts.filter((f) => f.origin !== 'default').map((f) => f.name));
  const kept: Fact[] = [];
  const overridden: Fact[] = [];
  for (const f of facts) {
    if (f.origin !== 'explicit' && replaced.has(f.name)) overridden.push(f);
    else if (f.origin === 'default' && real.has(f.name)) continue;
    else kept.push(f);
  }
  return { facts: kept, overridden };
}
