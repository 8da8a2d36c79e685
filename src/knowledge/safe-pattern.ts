/**
 * Rule files may come from the repository (`.netcompat.yaml` `rules:`), so a rule's `matches` pattern is
 * hostile input too: `^([a-z./]+)+$` backtracks exponentially on a value that almost matches. Patterns
 * are refused when a quantified group holds a quantifier or an alternation (the shapes that backtrack
 * catastrophically), when they use backreferences, and above a length cap; the value a pattern is tested
 * against is capped as well (longer: unknown), which bounds the polynomial cases.
 */
export const MAX_PATTERN_LENGTH = 256;
export const MAX_MATCHED_VALUE_LENGTH = 1024;

/** Why the pattern is refused, or undefined when it is safe to run. */
export function unsafePattern(src: string): string | undefined {
  if (src.length > MAX_PATTERN_LENGTH) return `longer than ${MAX_PATTERN_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(src)) return 'backreferences are not allowed';
  // For each open group: whether it holds a quantifier or a `|` so far.
  const stack: { risky: boolean }[] = [];
  let inClass = false;
  // Whether the previous atom carried an unbounded quantifier: two in a row (`\d+\d+`, `.*.*`) split
  // the same text in polynomially many ways.
  let prevUnbounded = false;
  const ADJACENT = 'two repeated parts in a row (polynomial backtracking); separate them with a literal';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\' || (!inClass && c !== '(' && c !== ')' && c !== '|' && c !== '[' && quantifierAt(src, i) === undefined)) {
      // One atom: an escape or a plain character, with its quantifier if any.
      const end = c === '\\' ? i + 2 : i + 1;
      if (!inClass) {
        const q = quantifierAt(src, end);
        if (q === 'unbounded' && prevUnbounded) return ADJACENT;
        prevUnbounded = q === 'unbounded';
      }
      if (c === '\\') i++;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        const q = quantifierAt(src, i + 1);
        if (q === 'unbounded' && prevUnbounded) return ADJACENT;
        prevUnbounded = q === 'unbounded';
      }
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (src[i + 1] === ']') i++;
      continue;
    }
    if (c === '(') {
      prevUnbounded = false;
      stack.push({ risky: false });
      // Skip `?:`, `?=`, `?!`, `?<=`, `?<!`, `?<name>` so their `?` is not read as a quantifier.
      if (src[i + 1] === '?') {
        i++;
        if (src[i + 1] === '<' && src[i + 2] !== '=' && src[i + 2] !== '!') {
          const close = src.indexOf('>', i);
          if (close > 0) i = close;
        } else i++;
      }
      continue;
    }
    if (c === '|') {
      prevUnbounded = false;
      const top = stack[stack.length - 1];
      if (top) top.risky = true;
      continue;
    }
    if (c === ')') {
      const group = stack.pop();
      const q = quantifierAt(src, i + 1);
      if (group?.risky && q === 'unbounded') return 'a repeated group holds a quantifier or an alternation (catastrophic backtracking)';
      const parent = stack[stack.length - 1];
      if (parent && (group?.risky || q !== undefined)) parent.risky = true;
      if (q === 'unbounded' && prevUnbounded) return ADJACENT;
      prevUnbounded = q === 'unbounded';
      continue;
    }
    const q = quantifierAt(src, i);
    if (q !== undefined) {
      const top = stack[stack.length - 1];
      if (top) top.risky = true;
    }
  }
  return undefined;
}

/** `*`, `+`, `{n,}` and `{n,m}` with a large m are unbounded for our purpose; `?` and small `{n,m}` bounded. */
function quantifierAt(src: string, i: number): 'unbounded' | 'bounded' | undefined {
  const c = src[i];
  if (c === '*' || c === '+') return 'unbounded';
  if (c === '?') return 'bounded';
  if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 16));
    if (!m) return undefined;
    if (m[2] === undefined) return Number(m[1]) > 10 ? 'unbounded' : 'bounded';
    return m[3] === '' || Number(m[3]) > 10 ? 'unbounded' : 'bounded';
  }
  return undefined;
}
