import type { Fact } from '../model/fact.js';

/**
 * Kustomize overlays, applied before anything else: a kustomization's patches replace its resources'
 * facts of the same name, then its `images:` entries replace the image versions of resources, patches
 * and its own helmCharts. A base is applied before the overlays that list it. The replaced facts leave
 * the context (they are returned as overridden, and shown); the winner keeps them in `derivedFrom`, so
 * a finding's evidence names both places. `kustomize.layer` records are consumed here.
 */
export function applyOverrides(input: readonly Fact[]): { facts: Fact[]; overridden: Fact[] } {
  let facts = input.filter((f) => f.name !== 'kustomize.layer');
  // Only layers whose patches hold facts can change anything; the rest cost nothing further.
  const files = new Set(facts.map((f) => f.place?.file));
  const layers = input.filter((f) => f.name === 'kustomize.layer' && f.place && f.overrides?.patches?.some((p) => files.has(p)));
  const overridden: Fact[] = [];
  const images = facts.filter((f) => f.overrides && f.place);
  if (layers.length === 0 && images.length === 0) return { facts, overridden };

  for (const file of kustomizationOrder([...layers, ...images])) {
    for (const layer of layers.filter((l) => l.place?.file === file)) {
      const patches = layer.overrides?.patches ?? [];
      facts = replace(facts, overridden, (f) => inAny(f, patches), layer.overrides?.targets ?? [], 'kustomize patch', patches);
    }
    const own = new Set(images.filter((o) => o.place?.file === file));
    if (own.size > 0) {
      const targets = [...own][0]?.overrides?.targets ?? [];
      facts = replace(facts, overridden, (f) => own.has(f), targets, 'kustomize images', []);
    }
  }
  return { facts, overridden };
}

/** A target is a file, a folder ending in "/", or "" for the repository root. */
function inTarget(file: string, target: string): boolean {
  return target === '' || (target.endsWith('/') ? file.startsWith(target) : file === target);
}

function inAny(f: Fact, targets: readonly string[]): boolean {
  const file = f.place?.file;
  return file !== undefined && targets.some((t) => inTarget(file, t));
}

/** Both have a key (an image path): only the same key replaces; otherwise the name decides. */
function sameThing(a: Fact, b: Fact): boolean {
  return a.key === undefined || b.key === undefined || a.key === b.key;
}

/**
 * Winners (facts for which `isWinner` holds) replace the facts of the same name in `targets` that are not
 * winners themselves and not in the `exclude` files. Returns the new list; replaced facts go to `out`.
 */
function replace(facts: Fact[], out: Fact[], isWinner: (f: Fact) => boolean, targets: readonly string[], by: string, exclude: readonly string[]): Fact[] {
  const winners = facts.filter(isWinner);
  const lost = new Set<Fact>();
  const gains = new Map<Fact, Fact[]>();
  for (const w of winners) {
    const victims = facts.filter((f) => f.name === w.name && !isWinner(f) && inAny(f, targets) && !inAny(f, exclude) && sameThing(w, f));
    if (victims.length === 0) continue;
    gains.set(w, victims);
    for (const v of victims) lost.add(v);
  }
  if (lost.size === 0) return facts;
  out.push(...[...lost].map((f) => ({ ...f, note: [f.note, `overridden by ${by}`].filter(Boolean).join('; ') })));
  return facts
    .filter((f) => !lost.has(f))
    .map((f) => {
      const victims = gains.get(f);
      if (!victims) return f;
      // derivedFrom shows what was replaced and where; the note only says how.
      return { ...f, note: [f.note, `${by} override`].filter(Boolean).join('; '), derivedFrom: [...(f.derivedFrom ?? []), ...victims] };
    });
}

/**
 * Kustomization files in the order kustomize builds them: one whose resources hold another
 * kustomization comes after it. Ties (and cycles) fall back to the path order.
 */
function kustomizationOrder(records: readonly Fact[]): string[] {
  const targets = new Map<string, string[]>();
  for (const r of records) {
    const file = r.place?.file;
    if (file !== undefined) targets.set(file, [...(targets.get(file) ?? []), ...(r.overrides?.targets ?? [])]);
  }
  const files = [...targets.keys()].sort();
  // bases.get(f): the other kustomizations inside f's targets, which must be applied first.
  const bases = new Map(files.map((f) => [f, new Set(files.filter((g) => g !== f && (targets.get(f) ?? []).some((t) => inTarget(g, t))))]));
  const done: string[] = [];
  const pending = new Set(files);
  while (pending.size > 0) {
    const ready = files.find((f) => pending.has(f) && ![...(bases.get(f) ?? [])].some((b) => pending.has(b)));
    const next = ready ?? files.find((f) => pending.has(f))!;
    done.push(next);
    pending.delete(next);
  }
  return done;
}
