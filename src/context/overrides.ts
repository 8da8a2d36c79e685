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
      const first = [...own][0]?.overrides;
      facts = replace(facts, overridden, (f) => own.has(f), first?.targets ?? [], first?.by ?? 'kustomize images', []);
    }
  }
  return { facts, overridden };
}

/** Places a winner names as what it replaced; more would only repeat the same story. */
const MAX_DERIVED = 20;

/** Levels of a kustomize chain kept in derivedFrom (base → overlay → overlay …). */
const MAX_CHAIN = 8;

function limitDepth(f: Fact, depth: number): Fact {
  if (!f.derivedFrom) return f;
  if (depth <= 1) {
    const { derivedFrom: _dropped, ...rest } = f;
    return rest as Fact;
  }
  return { ...f, derivedFrom: f.derivedFrom.map((d) => limitDepth(d, depth - 1)) };
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
      // derivedFrom shows what was replaced and where; the note only says how. Bounded in depth: a chain
      // of a thousand overlays would otherwise nest every earlier winner in every later one (quadratic reports).
      const shallow = victims.slice(0, MAX_DERIVED).map((v) => limitDepth(v, MAX_CHAIN));
      return { ...f, note: [f.note, `${by} override`].filter(Boolean).join('; '), derivedFrom: [...(f.derivedFrom ?? []), ...shallow].slice(0, MAX_DERIVED) };
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
  // Kahn's order, ties by path: each step takes the first pending file (in path order) whose bases are
  // all done, or on a cycle the first pending file. Counting pending bases keeps this quadratic at worst
  // (the old scan of every pending file's bases at every step was cubic: 1,000 overlays took seconds).
  const index = new Map(files.map((f, i) => [f, i]));
  const dependents = new Map<string, string[]>(files.map((f) => [f, []]));
  const waiting = new Map<string, number>();
  for (const f of files) {
    const bs = bases.get(f) ?? new Set<string>();
    waiting.set(f, bs.size);
    for (const b of bs) dependents.get(b)!.push(f);
  }
  const ready: number[] = files.map((_, i) => i).filter((i) => waiting.get(files[i]!) === 0);
  const done: string[] = [];
  const pending = new Set(files);
  let cursor = 0;
  while (pending.size > 0) {
    ready.sort((a, b) => a - b);
    let next: string | undefined;
    while (ready.length > 0 && next === undefined) {
      const f = files[ready.shift()!]!;
      if (pending.has(f)) next = f;
    }
    if (next === undefined) {
      // A cycle: the first pending file in path order.
      while (!pending.has(files[cursor]!)) cursor++;
      next = files[cursor]!;
    }
    done.push(next);
    pending.delete(next);
    for (const d of dependents.get(next) ?? []) {
      const left = (waiting.get(d) ?? 0) - 1;
      waiting.set(d, left);
      if (left === 0 && pending.has(d)) ready.push(index.get(d)!);
    }
  }
  return done;
}
