import { installerProfiles, kubernetesCore, type InstallerProfile } from '../knowledge/installers.js';
import type { Fact } from '../model/fact.js';
import { versionSpan } from '../model/version-span.js';

type Builds = NonNullable<InstallerProfile['kubeProxy']['patchBuilds']>;

/**
 * What a pinned version of such an installer can be, as one candidate span (a node-semver range that reports
 * show as it is): its patch up to the minor's last patch (AKS hotfix builds: `>=1.27.9 <1.28.0`), or any later
 * build where the version is only a floor (GKE: `>=1.27.3`). A minor alone starts at its first patch.
 */
function span(b: Builds, minor: string, core: string): { candidates: string[]; shown: string } {
  const lowest = core === minor ? `${minor}.0` : core;
  return b.versionFloor
    ? { candidates: [versionSpan(lowest, false)], shown: `${lowest} or later` }
    : { candidates: [versionSpan(lowest, true)], shown: `${lowest}–${minor}.x` };
}

/**
 * kube-proxy of an installer that runs its own builds of a patch (AKS: v1.27.9-hotfix.20240131, which can
 * carry fixes of later patches): the cluster's patch is the lowest kube-proxy can be and the minor's last
 * patch the highest (GKE: no highest), so a rule fixed in a later patch of the minor is undetermined, never a
 * finding the build may already have fixed. Undefined when the installer builds no such patches or the cluster
 * version is unknown; a version without a patch ("1.27") already reads as its whole minor.
 */
export function patchBuildKubeProxy(p: InstallerProfile, facts: readonly Fact[]): Fact | undefined {
  const builds = p.kubeProxy.patchBuilds;
  if (!builds) return undefined;
  // Where versions are floors, a cluster version the user gives is what runs (see boundBuildVersions).
  const k8s = facts.filter((f) => f.name === 'kubernetes.version' && !f.unresolved && !f.candidates && !(builds.versionFloor && f.origin === 'explicit'));
  const cores = [...new Set(k8s.map((f) => kubernetesCore(f.value)))];
  const patched = cores.map((c) => (c === undefined ? undefined : /^(\d+\.\d+)\.\d+$/.exec(c))).filter((m): m is RegExpExecArray => m !== null);
  if (patched.length === 0 || patched.length !== cores.length) return undefined;
  // Each version and the last patch of its minor: a rule decides only where both ends agree.
  const spans = patched.map((m) => span(builds, m[1]!, m[0]));
  const from = k8s.filter((f) => patched.some((m) => kubernetesCore(f.value) === m[0]));
  const place = from.find((f) => f.place)?.place;
  const f: Fact = {
    name: 'kubeProxy.version',
    value: spans.map((s) => s.shown).join(', '),
    candidates: [...new Set(spans.flatMap((s) => s.candidates))],
    origin: 'default',
    source: `installer:${p.name}`,
    note: `${p.label} ${patched.map((m) => m[0]).join(', ')}: ${builds.note}`,
    derivedFrom: from,
  };
  if (place) f.place = place;
  return f;
}

/**
 * An installer whose every version is only the lowest the cluster runs (GKE: 1.27.3-gke.100 for the control
 * plane and each node pool is its own build, may carry fixes upstream never released for the minor, and GKE
 * upgrades past a pinned minimum): each pinned Kubernetes and kube-proxy version of the cluster becomes that
 * patch, the minor's last patch and any later build, keeping the value as written, so a rule is a finding only
 * where every later build would be affected too, and a bug fixed after the version is undetermined. A value
 * the user gives stays as given. Applied after the installer's defaults, which read the minor as written.
 */
export function boundBuildVersions(p: InstallerProfile, facts: Fact[]): Fact[] {
  return p.kubeProxy.patchBuilds?.versionFloor ? boundBuilds(p, facts, () => true) : facts;
}

/** Each pinned Kubernetes and kube-proxy version `only` picks, as the installer's build of it (see boundBuildVersions). */
function boundBuilds(p: InstallerProfile, facts: Fact[], only: (f: Fact) => boolean): Fact[] {
  const builds = p.kubeProxy.patchBuilds!;
  return facts.map((f) => {
    // A value the user gives (read off the running cluster) is theirs to pin: the way to decide such a rule.
    if (!isPinnedVersion(f) || !only(f)) return f;
    const core = kubernetesCore(f.value);
    if (core === undefined) return f;
    const { candidates, shown } = span(builds, /^\d+\.\d+/.exec(core)![0], core);
    const note = `${p.label} ${builds.versionFloor ? `${f.value.trim()} or later` : `${f.value.trim()}: ${shown}`}: ${builds.note}`;
    return { ...f, candidates, note: f.note ? `${f.note}; ${note}` : note };
  });
}

/**
 * An installer whose node images carry its own kubelet builds, patched with later fixes (EKS AMIs: CVE-2020-8558
 * patched into the 1.14.9 and 1.15.11 kubelets, which upstream never fixed): each pinned cluster version becomes
 * the lowest the kubelet can be, with any later build above it, so a kubelet rule fixed after it is undetermined,
 * never a finding the node's AMI may already have fixed. Applied after the derivations: kube-proxy, which the
 * installer ships as its own pinned images, keeps the version as written. A value the user gives stays as given.
 */
export function boundKubeletBuilds(p: InstallerProfile, facts: Fact[]): Fact[] {
  const builds = p.kubeletBuilds;
  if (!builds) return facts;
  return facts.map((f) => {
    if (f.name !== 'kubernetes.version' || !isPinnedVersion(f)) return f;
    const core = kubernetesCore(f.value);
    const minor = core === undefined ? undefined : /^\d+\.\d+/.exec(core)?.[0];
    if (core === undefined || minor === undefined) return f;
    const lowest = core === minor ? `${minor}.0` : core;
    const note = `${p.label} kubelet ${f.value.trim()} or a later build: ${builds.note}`;
    return { ...f, candidates: [versionSpan(lowest, false)], note: f.note ? `${f.note}; ${note}` : note };
  });
}

function isPinnedVersion(f: Fact): boolean {
  return (f.name === 'kubernetes.version' || f.name === 'kubeProxy.version') && !f.unresolved && !f.candidates && f.origin !== 'explicit';
}

/** A version with a tag after its patch that is no pre-release (`-gke.100`, `-hotfix.20240131`); the tag. */
const BUILD_TAG = /^v?\d+\.\d+\.\d+-([a-z]+)\./;

/**
 * Versions written as an installer's own build (patchBuilds.buildTag: `v1.27.3-gke.100` in a cluster GKE is not
 * recognised in, such as a kube-proxy DaemonSet exported from a GKE cluster; an AKS hotfix build's image in an AKS
 * cluster): read as that installer reads them, never as the upstream patch, whose fixes the build may or may not
 * carry. `installer`: the cluster's own.
 */
export function boundOtherBuilds(facts: Fact[], installer: InstallerProfile | undefined): Fact[] {
  const tags = new Set(facts.filter(isPinnedVersion).map((f) => BUILD_TAG.exec(f.value.trim())?.[1]));
  tags.delete(undefined);
  if (tags.size === 0) return facts;
  let out = facts;
  for (const p of installerProfiles().values()) {
    const tag = p.kubeProxy.patchBuilds?.buildTag;
    // An installer whose versions are all floors has read its own builds already (boundBuildVersions).
    if ((p === installer && p.kubeProxy.patchBuilds?.versionFloor) || tag === undefined || !tags.has(tag)) continue;
    out = boundBuilds(p, out, (f) => BUILD_TAG.exec(f.value.trim())?.[1] === tag);
  }
  return out;
}
