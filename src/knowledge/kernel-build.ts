import { kernelFlavor, normalizeKernel } from './kernel.js';

/** Three-valued results as the engine's Tri; kept local so knowledge imports nothing from later stages. */
export type Tri = 'true' | 'false' | 'unknown';
const tri = (b: boolean): Tri => (b ? 'true' : 'false');

/**
 * Distro kernels differ within one major.minor by their build number: RHEL 8.1 runs 4.18.0-147, 8.2
 * 4.18.0-193. A rule that needs "4.18.0-193 and later" compares [major, minor, patch, build] in order, and
 * a part the value does not give (the "x" in 4.18.0-x.el8, a bare "4.18") is unknown: the comparison is
 * unknown exactly when the verdict turns on it.
 */
type Part = number | undefined;

/** "4.18.0-193.el8.x86_64" → [4, 18, 0, 193]; "4.18.0-x.el8" → [4, 18, 0, ?]; "4.18" → [4, 18, ?, ?]. */
export function kernelBuildParts(value: string): Part[] | undefined {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?(?:-(\d+)?)?/.exec(normalizeKernel(value));
  if (!m) return undefined;
  const num = (s: string | undefined): Part => (s === undefined ? undefined : Number(s));
  return [num(m[1]), num(m[2]), num(m[3]), num(m[4])];
}

/** -1, 0, 1, or undefined when an unknown part decides. */
function compare(a: Part[], b: number[]): number | undefined {
  for (let i = 0; i < b.length; i++) {
    const x = a[i];
    if (x === undefined) return undefined;
    if (x !== b[i]) return x < b[i]! ? -1 : 1;
  }
  return 0;
}

const COMPARATOR = /^(<=|>=|<|>|=)?(\d+)\.(\d+)\.(\d+)-(\d+)$/;

/** True when `range` is a valid kernelBuild range: `||`-separated groups of space-separated comparators. */
export function isKernelBuildRange(range: string): boolean {
  return range.split('||').every((g) => {
    const parts = g.trim().split(/\s+/);
    return parts.length > 0 && parts.every((p) => COMPARATOR.test(p));
  });
}

function holds(op: string, c: number | undefined): Tri {
  if (c === undefined) return 'unknown';
  switch (op) {
    case '<':
      return tri(c < 0);
    case '<=':
      return tri(c <= 0);
    case '>':
      return tri(c > 0);
    case '>=':
      return tri(c >= 0);
    default:
      return tri(c === 0);
  }
}

/** Three-valued test of a kernel string against "<4.18.0-193" style comparators. */
export function satisfiesKernelBuild(value: string, range: string): Tri {
  const parts = kernelBuildParts(value);
  if (!parts) return 'unknown';
  const groups = range.split('||').map((g) =>
    g
      .trim()
      .split(/\s+/)
      .map((c): Tri => {
        const m = COMPARATOR.exec(c);
        if (!m) return 'unknown';
        return holds(m[1] ?? '=', compare(parts, [m[2], m[3], m[4], m[5]].map(Number)));
      }),
  );
  const anded = groups.map((g): Tri => (g.includes('false') ? 'false' : g.includes('unknown') ? 'unknown' : 'true'));
  return anded.includes('true') ? 'true' : anded.includes('unknown') ? 'unknown' : 'false';
}

/** Whether the kernel's build tag names one of `flavors` (src/knowledge/kernel.ts); unknown when untagged. */
export function satisfiesKernelFlavor(value: string, flavors: readonly string[]): Tri {
  const f = kernelFlavor(value);
  if (!f || f.id === 'bare') return 'unknown';
  return tri(flavors.includes(f.id));
}
