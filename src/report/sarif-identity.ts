import { digest } from '../evaluate/fingerprint.js';
import { eachFact, type Fact } from '../model/fact.js';
import type { Finding, Undetermined } from '../model/finding.js';
import type { Place } from '../model/place.js';

/**
 * The code-scanning identity of a SARIF result (`partialFingerprints["netcompat/v2"]`): what the alert is
 * about, not who shares it. A result standing for several Services, nodes or clusters is one alert; its
 * members come and go (a Service added, a cluster removed, the order changed) without closing it and
 * opening a "new" one. So the identity holds the rule, the kind (finding or undetermined), the file of the
 * primary place and the value written there (`kubeProxy.version=1.27.3`), and for an undetermined result
 * the facts it lacks: never a line (unrelated edits move lines), never a cluster or Service name. The
 * baseline keeps its own per-member fingerprints (`RuleResult.fingerprints`), which must all be held.
 *
 * Two results of one run can point at the same value in the same file (two clusters of one Terraform file
 * pinning the same version, one shared kube-proxy line with different node kernels per cluster). Only
 * those get more in their identity, step by step until they differ: what the result says (without a
 * conflict note, which names lines), then the clusters it stands for, then its position in report order.
 */
export const ALERT_KEY = 'netcompat/v2';

type Result = (Finding | Undetermined) & { primary: Place };

/** `file:12:18` in a conflict note: the place without its line and column. */
const LINE_COLUMN = /(\S):\d+:\d+(?=[\s,;)]|$)/g;

/** The fact whose own place is the primary one (the value written on that line), first in evidence order. */
function factAt(evidence: readonly Fact[], p: Place): Fact | undefined {
  let found: Fact | undefined;
  eachFact(evidence, (f) => {
    if (!found && f.place && f.place.file === p.file && f.place.line === p.line && f.place.column === p.column) found = f;
  });
  return found;
}

function anchor(r: Result): string[] {
  const at = factAt(r.evidence, r.primary);
  const missing = 'missing' in r ? r.missing.map((m) => m.fact).sort() : [];
  return [ALERT_KEY, r.ruleId, 'missing' in r ? 'undetermined' : 'finding', r.primary.file, at ? `${at.name}=${at.value}` : '', ...missing];
}

/** The steps that tell results with the same anchor apart, in order. */
const STEPS: ((r: Result, i: number) => string)[] = [
  (r) => r.message.replace(LINE_COLUMN, '$1'),
  (r) => [...(r.clusters ?? [r.context])].sort().join('\n'),
  (_, i) => `#${i}`,
];

/** Each result's identity (results in report order; each one distinct within the run). */
export function alertIdentities(results: readonly Result[]): Map<Result, string> {
  const parts = new Map<Result, string[]>(results.map((r) => [r, anchor(r)]));
  for (const step of STEPS) {
    const groups = new Map<string, Result[]>();
    for (const r of results) {
      const key = JSON.stringify(parts.get(r));
      const g = groups.get(key);
      if (g) g.push(r);
      else groups.set(key, [r]);
    }
    let clash = false;
    for (const g of groups.values()) {
      if (g.length < 2) continue;
      clash = true;
      g.forEach((r, i) => parts.get(r)!.push(step(r, i)));
    }
    if (!clash) break;
  }
  return new Map(results.map((r) => [r, digest(JSON.stringify(parts.get(r)))]));
}
