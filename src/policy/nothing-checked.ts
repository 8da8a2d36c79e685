import type { ScanResult } from '../model/finding.js';
import { byCode } from '../model/code-order.js';

/** A cluster for which every rule was not applicable, and why. */
export interface UncheckedCluster {
  name: string;
  reason: string;
}

export interface NothingChecked {
  /** "no kube-proxy or Calico configuration found in 12 parsed files". */
  reason: string;
  clusters: UncheckedCluster[];
}

type Checked = Pick<ScanResult, 'rules' | 'contexts' | 'notApplicable' | 'findings' | 'undetermined' | 'stats'> & Partial<Pick<ScanResult, 'candidates'>>;

function reasonOf(reasons: readonly string[]): string {
  const set = [...new Set(reasons)];
  const none = set.filter((r) => /^no [a-z-]+ configuration found$/.test(r));
  const other = set.filter((r) => !none.includes(r));
  // Every component missing reads as one sentence; kube-proxy and Calico are what a cluster must show.
  const order = ['kube-proxy', 'calico'];
  const rank = (n: string) => (order.includes(n) ? order.indexOf(n) : order.length);
  const names = none
    .map((r) => r.replace(/^no | configuration found$/g, ''))
    .sort((a, b) => rank(a) - rank(b) || byCode(a, b))
    .map((n) => (n === 'calico' ? 'Calico' : n));
  const joined = names.length > 1 ? `no ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]} configuration found` : none[0];
  const parts = [...(joined ? [joined] : []), ...other];
  return parts.join('; ') || 'no rule applies';
}

/** Clusters that yielded nothing to check: every rule is not applicable there (no kube-proxy and no Calico facts). */
export function uncheckedClusters(result: Checked): UncheckedCluster[] {
  return result.contexts.flatMap((ctx) => {
    const na = result.notApplicable.filter((n) => n.context === ctx.name);
    if (result.rules.length > 0 && na.length < result.rules.length) return [];
    return [{ name: ctx.name, reason: reasonOf(na.map((n) => n.reason)) }];
  });
}

/**
 * Nothing was checked: no finding, nothing undetermined, and every rule was not applicable in every
 * cluster (or there was no rule or no cluster). Never shown as a pass: the verdict says so with the reason.
 */
export function nothingChecked(result: Checked): NothingChecked | undefined {
  if (result.findings.length > 0 || result.undetermined.length > 0) return undefined;
  const clusters = uncheckedClusters(result);
  if (result.contexts.length > 0 && clusters.length < result.contexts.length) return undefined;
  const files = `${result.stats.filesParsed} parsed file${result.stats.filesParsed === 1 ? '' : 's'}`;
  let reason = result.rules.length === 0 ? 'no rules to check' : `${reasonOf(clusters.map((c) => c.reason))} in ${files}`;
  const candidates = result.candidates?.length ?? 0;
  if (candidates > 0)
    reason += `; ${candidates} version-looking value${candidates === 1 ? '' : 's'} in files netcompat does not recognise (listed as candidates)`;
  return { reason, clusters };
}
