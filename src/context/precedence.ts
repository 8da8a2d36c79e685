import type { Fact, FactName } from '../model/fact.js';

/**
 * Explicit inputs replace the repository's values of the same fact; defaults count only where nothing
 * else gives the fact. An explicit node OS also replaces the repository's kernels and iptables backends,
 * which would otherwise contradict it. An unresolved fact whose written text holds a fact of the same
 * name another reading resolved (`…/v${CALICO_VERSION}/manifests/calico.yaml` in a script, read again with the
 * variables a Vagrantfile passes it) is that reading's value, not a second one.
 */
export function applyPrecedence(facts: readonly Fact[]): { facts: Fact[]; overridden: Fact[] } {
  // One pass for both sets (a cluster holds hundreds of facts; this runs once per cluster).
  const explicit = new Set<FactName>();
  const real = new Set<FactName>();
  for (const f of facts) {
    if (f.origin === 'explicit') explicit.add(f.name);
    if (f.origin !== 'default') real.add(f.name);
  }
  const replaced = new Set<FactName>(explicit);
  if (explicit.has('node.os') && !explicit.has('node.kernel')) replaced.add('node.kernel');
  if (explicit.has('node.os') && !explicit.has('host.iptablesBackend')) replaced.add('host.iptablesBackend');
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

/** Columns of resolved facts, by name, file and line, on the lines where a fact of that name is unresolved. */
type ResolvedPlaces = Map<FactName, Map<string, Map<number, number[]>>>;

/**
 * Columns of resolved facts on the lines an unresolved fact of the same name stands on; undefined when none
 * is unresolved. Only those lines are looked up: a cluster's thousands of other facts are passed over
 * without a key made for each.
 */
function resolvedPlaces(facts: readonly Fact[]): ResolvedPlaces | undefined {
  let out: ResolvedPlaces | undefined;
  for (const f of facts) {
    if (!f.unresolved || !f.place) continue;
    out ??= new Map();
    let files = out.get(f.name);
    if (!files) out.set(f.name, (files = new Map()));
    let lines = files.get(f.place.file);
    if (!lines) files.set(f.place.file, (lines = new Map()));
    if (!lines.has(f.place.line)) lines.set(f.place.line, []);
  }
  if (!out) return undefined;
  for (const f of facts) {
    if (f.unresolved || !f.place) continue;
    out.get(f.name)?.get(f.place.file)?.get(f.place.line)?.push(f.place.column);
  }
  return out;
}

/** Whether a resolved fact of the same name stands within this unresolved fact's written text. */
function resolvedWithin(f: Fact, resolved: ResolvedPlaces): boolean {
  const p = f.place;
  if (!p) return false;
  const end = p.endLine === p.line && p.endColumn !== undefined ? p.endColumn : p.column + 1;
  return (resolved.get(f.name)?.get(p.file)?.get(p.line) ?? []).some((c) => c >= p.column && c < end);
}
