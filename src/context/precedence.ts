import type { Fact, FactName } from '../model/fact.js';

/**
 * Explicit inputs replace the repository's values of the same fact; defaults count only where nothing
 * else gives the fact. An explicit node OS also replaces the repository's kernels and iptables backends,
 * which would otherwise contradict it. An unresolved fact whose written text holds a fact of the same
 * name another reading resolved (`…/v${CALICO_VERSION}/manifests/calico.yaml` in a script, read again with the
 * variables a Vagrantfile passes it) is that reading's value, not a second one.
 */
export function applyPrecedence(facts: readonly Fact[]): { facts: Fact[]; overridden: Fact[] } {
  const explicit = new Set(facts.filter((f) => f.origin === 'explicit').map((f) => f.name));
  const replaced = new Set<FactName>(explicit);
  if (explicit.has('node.os') && !explicit.has('node.kernel')) replaced.add('node.kernel');
  if (explicit.has('node.os') && !explicit.has('host.iptablesBackend')) replaced.add('host.iptablesBackend');
  const real = new Set(facts.filter((f) => f.origin !== 'default').map((f) => f.name));
  const resolved = resolvedPlaces(facts);
  const kept: Fact[] = [];
  const overridden: Fact[] = [];
  for (const f of facts) {
    if (f.origin !== 'explicit' && replaced.has(f.name)) overridden.push(f);
    else if (f.origin === 'default' && real.has(f.name)) continue;
    else if (resolved && f.unresolved && resolvedWithin(f, resolved)) continue;
    else kept.push(f);
  }
  return { facts: kept, overridden };
}

const lineKey = (f: Fact): string => (f.place ? `${f.name}\0${f.place.file}\0${f.place.line}` : '');

/** Columns of resolved facts by name, file and line, for the names some unresolved fact has; undefined when none is unresolved. */
function resolvedPlaces(facts: readonly Fact[]): Map<string, number[]> | undefined {
  const names = new Set(facts.filter((f) => f.unresolved && f.place).map((f) => f.name));
  if (names.size === 0) return undefined;
  const out = new Map<string, number[]>();
  for (const f of facts) {
    if (f.unresolved || !f.place || !names.has(f.name)) continue;
    const k = lineKey(f);
    const cols = out.get(k);
    if (cols) cols.push(f.place.column);
    else out.set(k, [f.place.column]);
  }
  return out;
}

/** Whether a resolved fact of the same name stands within this unresolved fact's written text. */
function resolvedWithin(f: Fact, resolved: ReadonlyMap<string, number[]>): boolean {
  const p = f.place;
  if (!p) return false;
  const end = p.endLine === p.line && p.endColumn !== undefined ? p.endColumn : p.column + 1;
  return (resolved.get(lineKey(f)) ?? []).some((c) => c >= p.column && c < end);
}
