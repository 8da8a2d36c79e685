import { badValue } from './usage-error.js';

/** Longer glob patterns are no file pattern anyone writes; brace sets multiply, so they are capped too. */
export const MAX_GLOB_LENGTH = 512;
export const MAX_BRACE_EXPANSIONS = 64;

/**
 * How many patterns `{a,b}` brace expansion makes of a glob, counted without expanding (capped at
 * `cap + 1`): nested and repeated sets multiply (`{a,b}` sixteen times is 65,536 patterns).
 */
export function braceExpansions(glob: string, cap = MAX_BRACE_EXPANSIONS): number {
  // Product over top-level brace groups of the sum over their alternatives (each alternative recursively).
  const count = (s: string, from: number, to: number): number => {
    let total = 1;
    let i = from;
    while (i < to) {
      const c = s[i];
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === '{') {
        let depth = 1;
        let j = i + 1;
        const alts: [number, number][] = [];
        let altStart = j;
        for (; j < to && depth > 0; j++) {
          const d = s[j];
          if (d === '\\') {
            j++;
            continue;
          }
          if (d === '{') depth++;
          else if (d === '}') {
            depth--;
            if (depth === 0) alts.push([altStart, j]);
          } else if (d === ',' && depth === 1) {
            alts.push([altStart, j]);
            altStart = j + 1;
          }
        }
        if (depth > 0) return total; // unclosed: literal text
        let sum = 0;
        for (const [a, b] of alts) sum = Math.min(cap + 1, sum + count(s, a, b));
        total = Math.min(cap + 1, total * Math.max(sum, 1));
        i = j;
        continue;
      }
      i++;
    }
    return total;
  };
  return count(glob, 0, glob.length);
}

/**
 * Include and exclude patterns, checked when given: relative (no leading `/`, no `..` segment: discovery
 * never leaves the scanned directory), of bounded length and bounded brace expansion.
 */
export function checkGlobs(what: string, globs: readonly string[]): void {
  for (const g of globs) {
    if (g.length > MAX_GLOB_LENGTH) throw badValue(what, `${g.slice(0, 40)}…`, `a glob pattern of at most ${MAX_GLOB_LENGTH} characters`);
    if (g.startsWith('/') || /^[A-Za-z]:[\\/]/.test(g) || g.startsWith('~'))
      throw badValue(what, g, 'a pattern relative to the scanned directory (no leading / or ~)');
    if (g.split(/[\\/]/).includes('..')) throw badValue(what, g, 'a pattern inside the scanned directory (no .. segment)');
    if (braceExpansions(g) > MAX_BRACE_EXPANSIONS) throw badValue(what, g, `a pattern whose {a,b} sets expand to at most ${MAX_BRACE_EXPANSIONS} patterns`);
  }
}
