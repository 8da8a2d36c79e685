import { MAX_MATCHED_VALUE_LENGTH } from '../knowledge/safe-pattern.js';
import type { LeafCondition } from '../model/rule.js';
import type { FactValue } from './fact-values.js';
import { tri, type Tri } from './tri.js';
import { satisfiesKernelBuild, satisfiesKernelFlavor } from '../knowledge/kernel-build.js';
import { satisfiesKernel, satisfiesVersion } from './versions.js';

/**
 * One leaf against the value bound for its fact. `absent` is what a missing fact means where the leaf
 * stands: unknown in `when` (the repository does not say), false in `unless` (the default applies).
 * `present` is closed-world everywhere.
 */
export function evalLeaf(leaf: LeafCondition, bound: FactValue | undefined, absent: Tri): Tri {
  if (leaf.present !== undefined) return tri((bound !== undefined) === leaf.present);
  if (!bound) return absent;
  if (bound.unresolved) return 'unknown';
  if (bound.candidates) return overCandidates(bound.candidates.map((c) => evalValue(leaf, c)));
  return evalValue(leaf, bound.value);
}

/** A value that is one of several: true only if true for all, false only if false for all. */
function overCandidates(results: Tri[]): Tri {
  if (results.length > 0 && results.every((r) => r === 'true')) return 'true';
  if (results.length > 0 && results.every((r) => r === 'false')) return 'false';
  return 'unknown';
}

/** Leaves are pure in the value: each (leaf, value) pair is computed once per run. */
const memo = new WeakMap<LeafCondition, Map<string, Tri>>();

const cache = new Map<string, RegExp>();
/** Each pattern compiled once, not once per value and context. */
function compiled(src: string): RegExp {
  let re = cache.get(src);
  if (!re) {
    re = new RegExp(src);
    cache.set(src, re);
  }
  return re;
}

function evalValue(leaf: LeafCondition, v: string): Tri {
  let seen = memo.get(leaf);
  if (!seen) {
    seen = new Map();
    memo.set(leaf, seen);
  }
  let r = seen.get(v);
  if (r === undefined) {
    r = computeValue(leaf, v);
    seen.set(v, r);
  }
  return r;
}

function computeValue(leaf: LeafCondition, v: string): Tri {
  if (leaf.version !== undefined) {
    if (leaf.unverified && satisfiesVersion(v, leaf.unverified.version) !== 'false') return 'unknown';
    return satisfiesVersion(v, leaf.version);
  }
  if (leaf.kernel !== undefined) return satisfiesKernel(v, leaf.kernel);
  if (leaf.kernelBuild !== undefined) return satisfiesKernelBuild(v, leaf.kernelBuild);
  if (leaf.kernelFlavor !== undefined) return satisfiesKernelFlavor(v, leaf.kernelFlavor);
  if (leaf.in !== undefined) return tri(leaf.in.some((x) => x.toLowerCase() === v.toLowerCase()));
  // A value this long is no version, mode or flag list: unknown, and the pattern is not run on it.
  if (leaf.matches !== undefined) return v.length > MAX_MATCHED_VALUE_LENGTH ? 'unknown' : tri(compiled(leaf.matches).test(v));
  return 'unknown';
}
