import { kubernetesCore, type InstallerProfile } from '../knowledge/installers.js';
import type { Fact } from '../model/fact.js';

/**
 * kube-proxy of an installer that runs its own builds of a patch (AKS: v1.27.9-hotfix.20240131, which can
 * carry fixes of later patches): the cluster's patch is the lowest kube-proxy can be and the minor's last
 * patch the highest, so a rule fixed in a later patch of the minor is undetermined, never a finding the build
 * may already have fixed. Undefined when the installer builds no such patches or the cluster version is unknown;
 * a version without a patch ("1.27") already reads as its whole minor.
 */
export function patchBuildKubeProxy(p: InstallerProfile, facts: readonly Fact[]): Fact | undefined {
  const builds = p.kubeProxy.patchBuilds;
  if (!builds) return undefined;
  const k8s = facts.filter((f) => f.name === 'kubernetes.version' && !f.unresolved && !f.candidates);
  const cores = [...new Set(k8s.map((f) => kubernetesCore(f.value)))];
  const patched = cores.map((c) => (c === undefined ? undefined : /^(\d+\.\d+)\.\d+$/.exec(c))).filter((m): m is RegExpExecArray => m !== null);
  if (patched.length === 0 || patched.length !== cores.length) return undefined;
  // Each version and the last patch of its minor: a rule decides only where both ends agree.
  const candidates = patched.flatMap((m) => [m[0], `${m[1]}.99999`]);
  const shown = patched.map((m) => `${m[0]}–${m[1]}.x`).join(', ');
  const from = k8s.filter((f) => patched.some((m) => kubernetesCore(f.value) === m[0]));
  const place = from.find((f) => f.place)?.place;
  const f: Fact = {
    name: 'kubeProxy.version',
    value: shown,
    candidates,
    origin: 'default',
    source: `installer:${p.name}`,
    note: `${p.label} ${patched.map((m) => m[0]).join(', ')}: ${builds.note}`,
    derivedFrom: from,
  };
  if (place) f.place = place;
  return f;
}
