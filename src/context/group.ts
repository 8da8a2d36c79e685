import { minimatch } from 'minimatch';
import type { Fact } from '../model/fact.js';
import { naturalCompare } from '../model/natural-order.js';

/** A cluster as the grouping sees it: which files are its own, and the values given for it. */
export interface ClusterSpec {
  name: string;
  formedBy: string;
  owns(file: string): boolean;
  explicit: Fact[];
}

export interface Group {
  name: string;
  formedBy: string;
  facts: Fact[];
  explicit: Fact[];
}

/** Clusters declared in the config file: a cluster owns the files its globs match. */
export function clustersFromConfig(clusters: readonly { name: string; paths: string[]; explicit: Fact[] }[]): ClusterSpec[] {
  return clusters.map((c) => ({
    name: c.name,
    formedBy: `config file: paths ${c.paths.join(', ')}`,
    owns: (file) => c.paths.some((p) => minimatch(file, p, { dot: true }) || minimatch(file, `${p.replace(/\/$/, '')}/**`, { dot: true })),
    explicit: c.explicit,
  }));
}

/**
 * Clusters found from the repository: every cluster definition (a kubeadm ClusterConfiguration, a
 * Kubespray inventory, a Cluster API Cluster, a kops or eksctl cluster…) emits a `cluster.definition`
 * fact whose value is the root of its directory tree. Two or more distinct roots make one cluster each;
 * a file belongs to the deepest root above it. One root (or none) is one cluster: the repository.
 */
export function clustersFromDefinitions(facts: readonly Fact[]): ClusterSpec[] {
  const defs = facts.filter((f) => f.name === 'cluster.definition' && !f.unresolved);
  // Natural order, so a report lists dev-2 before dev-10.
  const roots = [...new Set(defs.map((f) => f.value))].sort(naturalCompare);
  if (roots.length < 2) return [];
  const under = (file: string, root: string) => root === '' || file === root || file.startsWith(`${root}/`);
  const memo = new Map<string, string | undefined>();
  // Asked once per fact and cluster: remembered per file, as a repository may hold hundreds of clusters.
  const deepest = (file: string) => {
    if (!memo.has(file)) memo.set(file, roots.filter((r) => under(file, r)).sort((a, b) => b.length - a.length)[0]);
    return memo.get(file);
  };
  return roots.map((root) => {
    const kinds = [...new Set(defs.filter((d) => d.value === root).map((d) => d.note ?? d.source))].join(', ');
    return {
      name: root === '' ? '.' : root,
      formedBy: `directory ${root === '' ? '(repository root)' : `${root}/`}: ${kinds}`,
      owns: (file: string) => deepest(file) === root,
      explicit: [],
    };
  });
}

/**
 * Splits facts among clusters. Facts of a file no cluster owns (shared platform config) go to every
 * cluster; a cluster's own facts never reach another cluster. With no clusters, the whole repository is
 * one group.
 */
export function groupFacts(facts: readonly Fact[], clusters: readonly ClusterSpec[]): Group[] {
  if (clusters.length === 0) return [{ name: 'repository', formedBy: 'whole repository (one cluster)', facts: [...facts], explicit: [] }];
  const groups = clusters.map((c) => ({ name: c.name, formedBy: c.formedBy, facts: [] as Fact[], explicit: c.explicit }));
  const ownerOf = new Map<string, number>();
  for (const f of facts) {
    const file = f.place?.file;
    let owner = -1;
    if (file !== undefined) {
      // The first matching cluster wins, so overlapping globs cannot mix one file into two clusters.
      if (!ownerOf.has(file)) ownerOf.set(file, clusters.findIndex((c) => c.owns(file)));
      owner = ownerOf.get(file)!;
    }
    if (owner >= 0) groups[owner]!.facts.push(f);
    else for (const g of groups) g.facts.push(f);
  }
  return groups;
}
