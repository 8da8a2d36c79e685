import { posix } from 'node:path';
import type { Fact } from './fact.js';
import type { ScanResult } from './finding.js';
import { formatPlace, type Place } from './place.js';

/**
 * Through the pipeline places are relative to the scan root (fingerprints, baselines, config `paths` and
 * changed files are too); the result a front end gets has them under the base it gave `scan()` once: the
 * repository for GitHub, the directory as typed for a terminal. With base `clusters`, `prod/kubeadm.yaml`
 * becomes `clusters/prod/kubeadm.yaml` everywhere: annotations, summary links, SARIF, text (`..` segments allowed).
 */
/** A scan-root path under the base (`normalize`: the config file may sit above, "clusters/../.netcompat.yaml"). */
export function basedPath(prefix: string, path: string): string {
  return prefix ? posix.normalize(`${prefix}/${path}`) : path;
}

/** How a text names a place: `formatPlace`, or under the front end's place base (`basedPlaceText`). */
export type PlaceText = (p: Place) => string;

/**
 * `file:line:column` under the base, for texts that name places (conflict warnings and notes, fact notes,
 * not-applicable reasons): made before `withPlaceBase` rebases the place objects, they must read the same
 * as those places. Without a base, `formatPlace`.
 */
export function basedPlaceText(prefix: string | undefined): PlaceText {
  return prefix ? (p) => `${basedPath(prefix, p.file)}:${p.line}:${p.column}` : formatPlace;
}

/** A scan-root path as texts name it under the base (the path itself without one). */
export function basedPathText(prefix: string | undefined): (path: string) => string {
  return prefix ? (path) => basedPath(prefix, path) : (path) => path;
}

export function withPlaceBase(result: ScanResult, prefix: string): ScanResult {
  if (!prefix) return result;
  const path = (p: string) => basedPath(prefix, p);
  const place = (p: Place): Place => ({ ...p, file: path(p.file) });
  // One copy per fact object: a fact shared by every cluster stays one object (sharedFacts are found by
  // identity), and is not copied once per cluster and per finding.
  const copies = new Map<Fact, Fact>();
  const fact = (f: Fact): Fact => {
    let copy = copies.get(f);
    if (!copy) {
      copy = { ...f, ...(f.place ? { place: place(f.place) } : {}), ...(f.derivedFrom ? { derivedFrom: f.derivedFrom.map(fact) } : {}) };
      copies.set(f, copy);
    }
    return copy;
  };
  // The shared list every context references stays one list.
  const lists = new Map<readonly Fact[], Fact[]>();
  const sharedList = (list: readonly Fact[]): Fact[] => {
    let copy = lists.get(list);
    if (!copy) lists.set(list, (copy = list.map(fact)));
    return copy;
  };
  return {
    ...result,
    contexts: result.contexts.map((c) => ({
      ...c,
      facts: c.facts.map(fact),
      ...(c.shared ? { shared: { facts: sharedList(c.shared.facts), runs: c.shared.runs } } : {}),
      ...(c.overridden ? { overridden: c.overridden.map(fact) } : {}),
    })),
    ...(result.sharedFacts ? { sharedFacts: sharedList(result.sharedFacts) } : {}),
    findings: result.findings.map((f) => ({
      ...f,
      ...(f.primary ? { primary: place(f.primary) } : {}),
      evidence: f.evidence.map(fact),
      // `by` is "file:line" of the ignore entry or directive.
      ...(f.suppressed ? { suppressed: { ...f.suppressed, by: path(f.suppressed.by) } } : {}),
    })),
    undetermined: result.undetermined.map((u) => ({
      ...u,
      ...(u.primary ? { primary: place(u.primary) } : {}),
      evidence: u.evidence.map(fact),
      missing: u.missing.map((m) => ({ ...m, ...(m.unresolvedAt ? { unresolvedAt: m.unresolvedAt.map(place) } : {}) })),
    })),
    skipped: result.skipped.map((s) => ({ ...s, path: path(s.path) })),
    ...(result.candidates ? { candidates: result.candidates.map((c) => ({ ...c, place: place(c.place) })) } : {}),
    ...(result.diagnostics
      ? {
          diagnostics: result.diagnostics.map((d) => ({
            ...d,
            ...(d.place ? { place: place(d.place) } : {}),
            ...(d.conflict ? { conflict: { ...d.conflict, values: d.conflict.values.map((v) => ({ ...v, places: v.places.map(place) })) } } : {}),
          })),
        }
      : {}),
  };
}
