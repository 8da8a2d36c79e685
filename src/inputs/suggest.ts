/**
 * Edit distance counting a swap of two neighbours as one edit ("hgih" → "high"), for "did you mean"
 * hints on mistyped values.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate closest to a mistyped value, when it is close enough to be a typo (a quarter of its
 * length, at least one edit, at most two); undefined otherwise.
 */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  const v = value.trim().toLowerCase();
  if (!v) return undefined;
  let best: { c: string; d: number } | undefined;
  for (const c of candidates) {
    const d = editDistance(v, c.toLowerCase());
    if (d <= Math.min(2, Math.max(1, Math.floor(c.length / 4))) && (!best || d < best.d)) best = { c, d };
  }
  return best?.c;
}
