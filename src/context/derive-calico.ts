import { calicoForOperator } from '../knowledge/operator-calico.js';
import type { Fact } from '../model/fact.js';
import type { Derivation } from './derive.js';

/**
 * tigera/operator v1.32.3 installs Calico v3.27.0 (data/operator-calico.yaml). An operator release the
 * table pins gives the exact Calico release, any other of a known line gives the Calico minor ("3.27"),
 * which the engine treats as unknown where a range splits it.
 */
export const calicoFromOperator: Derivation = {
  target: 'calico.version',
  from: 'calico.operatorVersion',
  derive(op) {
    const m = op.unresolved ? undefined : calicoForOperator(op.value);
    if (!m) return undefined;
    const unverified = m.verified ? '' : ' (UNVERIFIED mapping)';
    const note = `tigera/operator v${op.value} installs Calico v${m.calico}${m.exact ? '' : '.x'}${unverified}`;
    return { name: 'calico.version', value: m.calico, origin: 'derived', source: 'derive:calico-from-operator', note, derivedFrom: [op] };
  },
};

/**
 * Calico's eBPF dataplane does kube-proxy's work (services, NAT) itself and cleans up kube-proxy's
 * rules, so kube-proxy's own bugs no longer apply. The fact sits where BPF was set, for the report.
 */
export const kubeProxyDisabledByCalicoBpf: Derivation = {
  target: 'kubeProxy.disabled',
  from: 'calico.dataplane',
  derive(dp: Fact) {
    if (dp.unresolved || dp.value.trim().toLowerCase() !== 'bpf') return undefined;
    const f: Fact = {
      name: 'kubeProxy.disabled',
      value: 'true',
      origin: 'derived',
      source: 'derive:kube-proxy-replaced-by-calico-bpf',
      note: 'Calico eBPF dataplane replaces kube-proxy',
      derivedFrom: [dp],
    };
    if (dp.place) f.place = dp.place;
    return f;
  },
};
