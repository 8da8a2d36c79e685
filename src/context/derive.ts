import { kernelFlavor } from '../knowledge/kernel.js';
import { kernelRange, lookupOs } from '../knowledge/os-table.js';
import type { Fact, FactName } from '../model/fact.js';
import { calicoFromOperator, kubeProxyDisabledByCalicoBpf } from './derive-calico.js';

/**
 * Facts computed from others, each naming what it came from. A derivation runs only when the target
 * fact is absent: a kube-proxy image beats the cluster version, a running kernel beats the OS default.
 * Order matters: kernel and backend come from the OS, kube-proxy from the cluster version.
 */
export interface Derivation {
  target: FactName;
  from: FactName;
  derive(source: Fact): Fact | undefined;
}

function derived(target: FactName, value: string, source: Fact, note: string, by: string): Fact {
  const f: Fact = { name: target, value, origin: 'derived', source: `derive:${by}`, note, derivedFrom: [source] };
  // A value that is one of several (an installer release not pinned) stays one of the same several.
  if (source.candidates && value === source.value) f.candidates = [...source.candidates];
  return f;
}

export const DERIVATIONS: readonly Derivation[] = [
  // Before kube-controllers-from-calico, so an operator install gets both.
  calicoFromOperator,
  kubeProxyDisabledByCalicoBpf,
  {
    target: 'kubeProxy.version',
    from: 'kubernetes.version',
    derive: (k) =>
      k.unresolved
        ? { ...derived('kubeProxy.version', k.value, k, 'cluster version', 'kube-proxy-from-cluster'), unresolved: true }
        : derived('kubeProxy.version', k.value, k, 'cluster version', 'kube-proxy-from-cluster'),
  },
  {
    target: 'calico.kubeControllersVersion',
    from: 'calico.version',
    derive: (c) => (c.unresolved ? undefined : derived('calico.kubeControllersVersion', c.value, c, 'Calico version', 'kube-controllers-from-calico')),
  },
  {
    target: 'node.kernel',
    from: 'node.os',
    derive: (os) => (os.candidates ? kernelOfCandidates(os) : kernelOfOs(os)),
  },
  {
    target: 'host.iptablesBackend',
    from: 'node.os',
    derive: (os) => {
      const r = os.unresolved ? undefined : lookupOs(os.value);
      if (!r?.iptablesBackend) return undefined;
      const unverified = r.backendVerified === false ? ' (UNVERIFIED)' : '';
      return derived('host.iptablesBackend', r.iptablesBackend, os, `${r.label} uses iptables-${r.iptablesBackend}${unverified}`, 'backend-from-os');
    },
  },
  {
    // Without an OS, an Enterprise Linux kernel still names its userland: EL7 ships iptables-legacy,
    // EL8 and later iptables-nft (rules-evidence.md section 6, section 11).
    target: 'host.iptablesBackend',
    from: 'node.kernel',
    derive: (k) => {
      const el = k.unresolved ? undefined : kernelFlavor(k.value)?.el;
      if (el === undefined) return undefined;
      const backend = el >= 8 ? 'nft' : 'legacy';
      return derived('host.iptablesBackend', backend, k, `kernel ${k.value} is an EL${el} build; EL${el} hosts use iptables-${backend}`, 'backend-from-kernel');
    },
  },
];

function kernelOfOs(os: Fact): Fact | undefined {
  const r = os.unresolved ? undefined : lookupOs(os.value);
  if (!r) return undefined;
  const unverified = r.verified === false ? ' (UNVERIFIED)' : '';
  const range = kernelRange(r);
  if (range.series.length > 1) {
    // Not pinned: every series the image family has shipped; rules decide only where all agree.
    const pin = r.pin ? `; to pin it, ${r.pin}` : '; to pin it, give kernel-version';
    const note = `${range.what}: kernel ${spanOf(range.series)}${unverified} (one of ${range.series.join(', ')})${pin}`;
    return { ...derived('node.kernel', spanOf(range.series), os, note, 'kernel-from-os'), candidates: range.series };
  }
  const exact = range.series[0]!;
  const value = exact === r.kernel && !r.date ? (r.kernelString ?? r.kernel) : exact;
  return derived('node.kernel', value, os, `${range.what} ${r.date ? 'runs' : 'default'} kernel ${exact}${unverified}`, 'kernel-from-os');
}

/**
 * An OS that is one of several (a Talos release not pinned): the kernel is one of the series they run,
 * and only when the table knows every one of them; a single unknown leaves the kernel unknown.
 */
function kernelOfCandidates(os: Fact): Fact | undefined {
  const rows = (os.candidates ?? []).map((c) => lookupOs(c));
  if (os.unresolved || rows.length === 0 || rows.some((r) => r === undefined)) return undefined;
  const unverified = rows.some((r) => r!.verified === false) ? ' (UNVERIFIED)' : '';
  const series = [...new Set(rows.flatMap((r) => kernelRange(r!).series))].sort(compareSeries);
  const note = `${os.value}: kernel ${spanOf(series)}${unverified}${series.length > 1 ? ` (one of ${series.join(', ')}); to pin it, give the release or kernel-version` : ''}`;
  const f: Fact = { name: 'node.kernel', value: spanOf(series), origin: 'derived', source: 'derive:kernel-from-os', note, derivedFrom: [os] };
  return series.length > 1 ? { ...f, candidates: series } : f;
}

const spanOf = (series: readonly string[]): string => (series.length > 1 ? `${series[0]}–${series[series.length - 1]}` : series[0]!);

function compareSeries(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

export function applyDerivations(facts: readonly Fact[], derivations: readonly Derivation[] = DERIVATIONS): Fact[] {
  const out = [...facts];
  // The facts of the names the derivations read or write, found in one pass (a cluster holds hundreds of
  // facts of other names, which a pass per derivation walked again), then kept up to date as facts are added.
  const byName = new Map<FactName, Fact[]>();
  for (const d of derivations) {
    byName.set(d.target, []);
    byName.set(d.from, []);
  }
  for (const f of facts) byName.get(f.name)?.push(f);
  for (const d of derivations) {
    if (byName.get(d.target)!.length > 0) continue;
    for (const src of [...byName.get(d.from)!]) {
      const f = d.derive(src);
      if (!f) continue;
      out.push(f);
      byName.get(f.name)?.push(f);
    }
  }
  return out;
}
