import semver from 'semver';
import { parseKernel } from '../knowledge/kernel.js';
import { spanTestPoints } from '../model/version-span.js';
import { tri, type Tri } from './tri.js';

const PRE = /^(alpha|beta|rc)\.?\d*$/;

/**
 * "v1.27.3-eksbuild.1" → ["1.27.3"], "1.17.0-beta.2" → ["1.17.0-beta.2"], "1.27" → the lowest and highest
 * patch of that minor (the caller decides only when both agree). Vendor suffixes (`-eksbuild.1`,
 * `+rke2r1`, `-gke.100`, `-rancher1`) are not pre-releases and are dropped.
 */
export function versionCandidates(value: string): string[] | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.+_-]*)?$/.exec(value.trim());
  if (!m) return undefined;
  const [, major, minor, patch, suffix] = m;
  if (patch === undefined) return [`${major}.${minor}.0`, `${major}.${minor}.99999`];
  const pre = suffix && PRE.test(suffix) ? `-${suffix}` : '';
  return [`${major}.${minor}.${patch}${pre}`];
}

/**
 * The patches of `major.minor` where a range's answer can change: each comparator's own patch and its
 * neighbours. A range answers the same for every patch between two of these, so testing them with the lowest
 * and highest patch decides a minor-only value (`3.28` holds 3.28.1, the one patch `… || 3.28.1` names).
 */
function boundaryPatches(range: string, major: number, minor: number): string[] {
  const parsed = rangeOf(range, true);
  if (!parsed) return [];
  const out = new Set<number>();
  for (const set of parsed.set) {
    for (const c of set) {
      const v = c.semver as semver.SemVer | undefined;
      if (v?.major !== major || v.minor !== minor) continue;
      for (const p of [v.patch - 1, v.patch, v.patch + 1]) if (p >= 0) out.add(p);
    }
  }
  return [...out].map((p) => `${major}.${minor}.${p}`);
}

/**
 * The releases from `lowest` to the end of its minor where a range's answer can change (boundaryPatches from
 * `lowest` on; a pre-release bound such as `1.17.0-alpha.0` is no release of a span: its patch stands for it).
 * With the span's ends they take every answer the range gives in that minor.
 */
function boundariesWithin(range: string, lowest: string): string[] {
  const low = semver.parse(lowest);
  return low ? boundaryPatches(range, low.major, low.minor).filter((v) => semver.patch(v) >= low.patch) : [];
}

export function satisfiesVersion(value: string, range: string): Tri {
  // A candidate span (`>=1.27.3`, `>=1.27.3 <1.28.0`: model/version-span.ts) decides only where its test points
  // agree: its ends, and every release of its own minor where the range's answer can change (a bug of
  // 1.27.10-1.27.12 inside `>=1.27.9 <1.28.0`), which its ends alone would miss. Later minors above a GKE floor
  // stay represented by the point past every release (the span's definition, model/version-span.ts).
  const span = spanTestPoints(value);
  if (span) {
    const inSpan = [...span, ...boundariesWithin(range, span[0]!)].map((v) => satisfies(v, range, true));
    return inSpan.every((r) => r === inSpan[0]) ? tri(inSpan[0]!) : 'unknown';
  }
  const found = versionCandidates(value);
  if (!found) return 'unknown';
  const whole = found.length === 2 ? semver.parse(found[0]) : null;
  const cands = whole ? [...found, ...boundaryPatches(range, whole.major, whole.minor)] : found;
  const results = cands.map((v) => satisfies(v, range, true));
  return results.every((r) => r === results[0]) ? tri(results[0]!) : 'unknown';
}

/** Kernels compare on major.minor only (os-kernels.md §3): the third field is usually a distro ABI number. */
export function satisfiesKernel(value: string, range: string): Tri {
  const k = parseKernel(value);
  if (!k) return 'unknown';
  return tri(satisfies(`${k.major}.${k.minor}.0`, range, false));
}

/**
 * Each range parsed once per run, not once per value tested (a rule's ranges are few; semver's own
 * cache still built a Range, its comparators and SemVer objects per call). null: the range does not parse.
 */
const ranges = [new Map<string, semver.Range | null>(), new Map<string, semver.Range | null>()] as const;
function rangeOf(range: string, includePrerelease: boolean): semver.Range | null {
  const known = ranges[includePrerelease ? 1 : 0];
  let r = known.get(range);
  if (r === undefined) {
    try {
      r = new semver.Range(range, includePrerelease ? { includePrerelease: true } : undefined);
    } catch {
      r = null;
    }
    // Ranges come from rules and installer data: a bound only against unforeseen growth.
    if (known.size >= 4096) known.clear();
    known.set(range, r);
  }
  return r;
}

/** `semver.satisfies(v, range, {includePrerelease})` with the range parsed once. */
function satisfies(v: string, range: string, includePrerelease: boolean): boolean {
  const r = rangeOf(range, includePrerelease);
  return r ? r.test(v) : false;
}
