/**
 * Natural order for names people number: `dev-2` before `dev-10`. Runs of digits compare by value, the
 * rest by code unit (the same on every machine and locale, unlike localeCompare).
 */
export function naturalCompare(a: string, b: string): number {
  return compareRuns(a, runs(a), b, runs(b));
}

/**
 * The values in natural order (a new array): each value split into its runs once, not at every comparison
 * (a monorepo's hundred cluster roots take some 700 comparisons). The same order as sorting with naturalCompare.
 */
export function naturalSorted(values: readonly string[]): string[] {
  return values
    .map((v) => ({ v, r: runs(v) }))
    .sort((x, y) => compareRuns(x.v, x.r, y.v, y.r))
    .map((x) => x.v);
}

function runs(s: string): string[] {
  return s.match(/\d+|\D+/g) ?? [];
}

function compareRuns(a: string, pa: readonly string[], b: string, pb: readonly string[]): number {
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const nx = x.replace(/^0+(?=\d)/, '');
      const ny = y.replace(/^0+(?=\d)/, '');
      // Longer digit runs (without leading zeros) are bigger numbers; equal lengths compare digit by digit.
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      if (x.length !== y.length) return x.length - y.length;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
}
