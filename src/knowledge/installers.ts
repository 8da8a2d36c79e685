import semver from 'semver';
import { knowledgeData, knowledgePaths } from 'virtual:netcompat-knowledge';
import type { FactName } from '../model/fact.js';
import { KnowledgeError } from './knowledge-error.js';

/** data/installers/<name>.yaml, one profile per installer (schema/installer.schema.json). */
export type InstallerName =
  | 'kubespray'
  | 'kubean'
  | 'kubeasz'
  | 'kubekey'
  | 'kind'
  | 'kubeone'
  | 'k0s'
  | 'k3s'
  | 'rke2'
  | 'rke1'
  | 'kops'
  | 'cluster-api'
  | 'kubeadm'
  | 'microk8s'
  | 'talos'
  | 'eks'
  | 'aks'
  | 'gke';

/** A condition over the release, the cluster's Kubernetes version and its CNI. */
export interface InstallerWhen {
  release?: string;
  kubernetes?: string;
  cni?: string[];
}

export interface InstallerDefault {
  fact: FactName;
  value: string;
  setting: string;
  when?: InstallerWhen;
  verified?: boolean;
  note?: string;
  references: string[];
}

export interface InstallerRelease {
  release: string;
  to?: string;
  written?: string;
  kubernetes?: string;
  supports?: string;
  calico?: string;
  canal?: string;
  calicoByKubernetes?: { kubernetes: string; calico: string }[];
  verified?: boolean;
  note?: string;
  references: string[];
}

export interface InstallerProfile {
  name: InstallerName;
  label: string;
  summary: string;
  references: string[];
  specialises?: InstallerName[];
  releaseScheme?: 'own' | 'kubernetes';
  detect: { signal: string; verified?: boolean; references?: string[] }[];
  kubeProxy: {
    runs: boolean;
    how: string;
    disabledBy: string[];
    references: string[];
    /**
     * kube-proxy builds named after a patch that may carry later fixes: the cluster's patch is a lower bound.
     * `versionFloor`: every Kubernetes and kube-proxy version the cluster names is only the lowest it runs (GKE).
     */
    patchBuilds?: { note: string; buildTag?: string; versionFloor?: boolean; references: string[] };
  };
  /** Kubelet builds of the minor that carry later fixes (EKS AMIs): the cluster version is a lower bound for kubelet rules. */
  kubeletBuilds?: { note: string; references: string[] };
  cni: { value: string; when?: InstallerWhen; note?: string; references: string[] }[];
  defaults: InstallerDefault[];
  kubeProxyVersions?: { release: string; kubeProxy: string; note?: string; references: string[] }[];
  releases: InstallerRelease[];
}

let profiles: Map<InstallerName, InstallerProfile> | undefined;

/** Every installer profile, validated once; a file must be named after its installer. */
export function installerProfiles(): Map<InstallerName, InstallerProfile> {
  if (!profiles) {
    const out = new Map<InstallerName, InstallerProfile>();
    for (const path of knowledgePaths.filter((p) => /^data\/installers\/[^/]+\.ya?ml$/.test(p)).sort()) {
      const p = profileAt(path);
      out.set(p.name, p);
    }
    profiles = out;
  }
  return profiles;
}

/** One profile as the bundle ships it (parsed and validated against installer.schema.json when the bundle was built). */
function profileAt(path: string): InstallerProfile {
  const p = knowledgeData(path) as InstallerProfile;
  if (path !== `data/installers/${p.name}.yaml`) throw new KnowledgeError(path, `/name "${p.name}" does not match the file name`);
  return p;
}

const byName = new Map<string, InstallerProfile | undefined>();

/**
 * The profile of one installer, read from its own file on first use: a scan reads the profiles of the
 * installers its clusters name, not all fifteen (a Terraform monorepo names EKS, AKS and GKE).
 */
export function installerProfile(name: string): InstallerProfile | undefined {
  if (profiles) return profiles.get(name as InstallerName);
  if (!byName.has(name)) {
    const path = `data/installers/${name}.yaml`;
    byName.set(name, knowledgePaths.includes(path) ? profileAt(path) : undefined);
  }
  return byName.get(name);
}

/**
 * A release as a list of numbers, in the installer's own order: "2.18.2" → [2,18,2], "1.22.9+k0s.2" →
 * [1,22,9,0,2]... every digit run counts, so build suffixes (+k0s.1, +rke2r2, -rancher1-2) order too.
 */
function releaseKey(v: string): number[] {
  return [...v.trim().replace(/^v/i, '').matchAll(/\d+/g)].map((m) => Number(m[0]));
}

export function compareRelease(a: string, b: string): number {
  const x = releaseKey(a);
  const y = releaseKey(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** A release against a range of comparators ('>=2.19.0', '<=3.6.10', '>=1.8.0 <1.14.0'). */
export function releaseSatisfies(release: string, range: string): boolean {
  return range
    .trim()
    .split(/\s+/)
    .every((c) => {
      const m = /^(>=|<=|>|<|=)?(.+)$/.exec(c);
      if (!m) return false;
      const d = compareRelease(release, m[2]!);
      switch (m[1]) {
        case '>=':
          return d >= 0;
        case '<=':
          return d <= 0;
        case '>':
          return d > 0;
        case '<':
          return d < 0;
        default:
          return d === 0;
      }
    });
}

/** The rows of the table that hold a release (a row is one release, or an inclusive range). */
export function releaseRows(profile: InstallerProfile, release: string): InstallerRelease[] {
  return profile.releases.filter((r) => compareRelease(r.release, release) <= 0 && compareRelease(release, r.to ?? r.release) <= 0);
}

/** "v1.23.5+k0s.0" → "1.23.5", "v1.24.9-rancher1-1" → "1.24.9", "1.28" → "1.28"; undefined when no version. */
export function kubernetesCore(v: string): string | undefined {
  const m = /^v?(\d+\.\d+(?:\.\d+)?)(?:$|[-+.])/.exec(v.trim());
  return m?.[1];
}

export type Tri = 'true' | 'false' | 'unknown';

/**
 * A Kubernetes version ("1.28.3", "1.28") against a node-semver range: unknown when a minor-only version
 * falls on both sides of it.
 */
export function kubernetesSatisfies(k8s: string, range: string): Tri {
  const core = kubernetesCore(k8s);
  if (!core) return 'unknown';
  // The same few versions meet the same profile ranges once per cluster (106 Terraform clusters ask alike).
  const key = `${core} ${range}`;
  const known = satisfiesSeen.get(key);
  if (known) return known;
  const parts = core.split('.');
  const ends = parts.length === 3 ? [core] : [`${core}.0`, `${core}.99999`];
  const r = ends.map((v) => semver.satisfies(v, range));
  const t: Tri = r.every((x) => x) ? 'true' : r.every((x) => !x) ? 'false' : 'unknown';
  if (satisfiesSeen.size < SATISFIES_KEPT) satisfiesSeen.set(key, t);
  return t;
}

/** Answers of `kubernetesSatisfies` by version core and range (a pure function of both), at most SATISFIES_KEPT. */
const satisfiesSeen = new Map<string, Tri>();
const SATISFIES_KEPT = 4096;
