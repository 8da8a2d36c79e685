import semver from 'semver';
import { versionCandidates } from '../../src/evaluate/versions.js';
import { parseKernel } from '../../src/knowledge/kernel.js';
import type { Fact, FactName } from '../../src/model/fact.js';
import type { Condition, LeafCondition, Rule } from '../../src/model/rule.js';

/**
 * The version and kernel values a rule's cases must include so that each boundary of each range is
 * tested on both sides: the comparator's own version, the release just below it (previous patch, or any
 * patch of the previous minor), and for an exact version also the next patch.
 */
export interface Required {
  fact: FactName;
  /** "1.27.11" (exact) or "1.26.*" (any patch of that minor) or kernel "5.8". */
  value: string;
  kind: 'version' | 'kernel';
  why: string;
}

export function leavesOf(c: Condition, out: LeafCondition[] = []): LeafCondition[] {
  if ('fact' in c) out.push(c);
  else if ('not' in c) leavesOf(c.not, out);
  else for (const p of 'all' in c ? c.all : c.any) leavesOf(p, out);
  return out;
}

export function ruleLeaves(rule: Rule): LeafCondition[] {
  return [rule.when, ...(rule.unless ?? [])].flatMap((c) => leavesOf(c));
}

function comparators(range: string): { operator: string; version: semver.SemVer }[] {
  return new semver.Range(range, { includePrerelease: true }).set
    .flat()
    .filter((c) => c.value !== '') // '*' has no version
    .map((c) => ({ operator: c.operator, version: c.semver }));
}

export function requiredValues(rule: Rule): Required[] {
  const out: Required[] = [];
  const add = (r: Required) => {
    if (!out.some((o) => o.fact === r.fact && o.value === r.value && o.kind === r.kind)) out.push(r);
  };
  for (const leaf of ruleLeaves(rule)) {
    // An unverified sub-range has boundaries of its own: both sides of each must be tested too.
    for (const range of [leaf.version, leaf.unverified?.version]) {
      if (range === undefined) continue;
      for (const { operator, version: v } of comparators(range)) {
        const why = `${leaf.fact} ${operator}${v.version}`;
        add({ fact: leaf.fact, value: v.version, kind: 'version', why });
        if (v.prerelease.length || v.patch === 0) add({ fact: leaf.fact, value: `${v.major}.${v.minor - 1}.*`, kind: 'version', why });
        else add({ fact: leaf.fact, value: `${v.major}.${v.minor}.${v.patch - 1}`, kind: 'version', why });
        if (operator === '') add({ fact: leaf.fact, value: `${v.major}.${v.minor}.${v.patch + 1}`, kind: 'version', why });
      }
    }
    if (leaf.kernel !== undefined) {
      for (const { operator, version: v } of comparators(leaf.kernel)) {
        const why = `${leaf.fact} kernel ${operator}${v.version}`;
        add({ fact: leaf.fact, value: `${v.major}.${v.minor}`, kind: 'kernel', why });
        if (v.minor > 0) add({ fact: leaf.fact, value: `${v.major}.${v.minor - 1}`, kind: 'kernel', why });
      }
    }
  }
  return out;
}

export function covers(facts: readonly Fact[], r: Required): boolean {
  return facts.some((f) => {
    if (f.name !== r.fact || f.unresolved) return false;
    if (r.kind === 'kernel') {
      const k = parseKernel(f.value);
      return !!k && `${k.major}.${k.minor}` === r.value;
    }
    const c = versionCandidates(f.value);
    if (!c || c.length !== 1) return false;
    if (r.value.endsWith('.*')) return c[0]!.startsWith(r.value.slice(0, -1));
    return c[0] === r.value;
  });
}
