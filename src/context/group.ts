import { Minimatch } from 'minimatch';
import { KIND_DEFINITION } from '../extract/kind-definition.js';
import { INVENTORY_VARS, KUBESPRAY_DEFINITION } from '../extract/kubespray-definition.js';
import type { Fact } from '../model/fact.js';
import { naturalCompare, naturalSorted } from '../model/natural-order.js';

/** A cluster as the grouping sees it: which files are its own, and the values given for it. */
export interface ClusterSpec {
  name: string;
  formedBy: string;
  owns(file: string): boolean;
  explicit: Fact[];
  /**
   * Literal folder prefixes (`clusters/prod`) every file the cluster owns starts with; '' when a pattern
   * can match anywhere. Lets grouping test a file against the few clusters that can own it.
   */
  prefixes?: string[];
  /**
   * One of several clusters defined in one directory (`Fact.cluster`): it takes the facts carrying this
   * key; the directory's facts without a key go to each of them.
   */
  key?: string;
  /**
   * One of several clusters defined side by side in one folder, a file each (Cluster API templates: one
   * `kind: Cluster` per `cluster-template-*.yaml`), or the files naming one cluster (an eksctl cluster file
   * and its node-group file): it takes the facts of these files; the folder's files that define no cluster
   * go to each of them.
   */
  files?: readonly string[];
}

export interface Group {
  name: string;
  formedBy: string;
  facts: Fact[];
  explicit: Fact[];
  /**
   * Which of `facts` came from files no cluster owns, given to every group (one set, the same for all
   * groups); empty when the repository is one group.
   */
  shared: ReadonlySet<Fact>;
}

/** Clusters declared in the config file: a cluster owns the files its globs match. */
export function clustersFromConfig(clusters: readonly { name: string; paths: string[]; explicit: Fact[] }[]): ClusterSpec[] {
  return clusters.map((c) => {
    // Each glob compiled once (not once per fact and cluster): a path or anything below it.
    const matchers = c.paths.flatMap((p) => [new Minimatch(p, { dot: true }), new Minimatch(`${p.replace(/\/$/, '')}/**`, { dot: true })]);
    return {
      name: c.name,
      formedBy: `config file: paths ${c.paths.join(', ')}`,
      owns: (file: string) => matchers.some((m) => m.match(file)),
      explicit: c.explicit,
      prefixes: c.paths.map(literalPrefix),
    };
  });
}

/** The leading folders of a glob before its first pattern character: `clusters/prod/**` → `clusters/prod`. */
export function literalPrefix(glob: string): string {
  const parts = glob.replace(/^\.\//, '').split('/');
  const out: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (/[*?[\]{}()!+@\\]/.test(part)) break;
    out.push(part);
  }
  return out.join('/');
}

/**
 * Clusters found from the repository: every cluster definition (a kubeadm ClusterConfiguration, a
 * Kubespray inventory, a Cluster API Cluster, a kops or eksctl cluster…) emits a `cluster.definition`
 * fact whose value is the root of its directory tree. Two or more distinct roots make one cluster each;
 * a file belongs to the deepest root above it. One root (or none) is one cluster: the repository.
 */
export function clustersFromDefinitions(facts: readonly Fact[]): ClusterSpec[] {
  const defs = rootedTogether(facts.filter((f) => f.name === 'cluster.definition' && !f.unresolved));
  const under = (file: string, root: string) => root === '' || file === root || file.startsWith(`${root}/`);
  // Each root's definitions, found once (a monorepo has a hundred roots).
  const defsAt = new Map<string, Fact[]>();
  for (const d of defs) {
    const list = defsAt.get(d.value);
    if (list) list.push(d);
    else defsAt.set(d.value, [d]);
  }
  // Natural order, so a report lists dev-2 before dev-10.
  let roots = naturalSorted([...defsAt.keys()]);
  // A control plane or machine deployment below a tree that defines a cluster is part of that cluster.
  const part = (root: string) => defsAt.get(root)!.every((d) => /^Cluster API (?!Cluster$)/.test(d.note ?? ''));
  roots = roots.filter((r) => !(part(r) && roots.some((o) => o !== r && under(r, o))));
  // A config a playbook renders (its own role's template, a task's content) takes its `{{ var }}` values from each
  // inventory below it: it defines no cluster beside them, and its files apply to the inventories' clusters.
  const rendered = (root: string) => defsAt.get(root)!.every((d) => d.renderedBy === 'ansible');
  const inventory = (root: string) => defsAt.get(root)!.some((d) => d.source === KUBESPRAY_DEFINITION.source && INVENTORY_VARS.test(d.place?.file ?? ''));
  roots = roots.filter((r) => !(rendered(r) && roots.some((o) => o !== r && under(o, r) && inventory(o))));
  const kinds = new Map(roots.map((r) => [r, [...new Set(defsAt.get(r)!.map((d) => d.note ?? d.source))].join(', ')]));
  for (const [dir, why] of siblingClusters(facts, roots)) kinds.set(dir, why);
  roots = naturalSorted([...kinds.keys()]);
  // A directory whose definitions carry two or more cluster keys (Terraform: two cluster resources or
  // module calls in one module directory) is one cluster per key.
  const keyed = new Map<string, Set<string>>();
  for (const d of defs) if (d.cluster) keyed.set(d.value, (keyed.get(d.value) ?? new Set()).add(d.cluster));
  const rootSet = new Set(roots);
  const perFile = clusterFiles(defs, rootSet);
  // Folders whose definitions all name one cluster (per-node Talos configs): one cluster, not one per folder.
  const joined = joinedRoots(defs, roots);
  const units = roots.length - [...new Set(joined.values())].reduce((n, g) => n + g.length - 1, 0);
  if (units < 2 && ![...keyed.values()].some((k) => k.size > 1) && perFile.size === 0) return [];
  const memo = new Map<string, string | undefined>();
  // Asked once per fact and cluster: remembered per file, as a repository may hold hundreds of clusters.
  // The deepest root is the longest of the file itself, its folders and '' that is a root.
  const deepest = (file: string) => {
    if (!memo.has(file)) memo.set(file, longestRootAbove(file, rootSet));
    return memo.get(file);
  };
  const keysOf = (root: string) => [...(keyed.get(root) ?? [])].sort(naturalCompare);
  return roots.flatMap((root) => {
    const name = root === '' ? '.' : root;
    const dir = `directory ${root === '' ? '(repository root)' : `${root}/`}`;
    const owns = (file: string) => deepest(file) === root;
    const keys = keysOf(root);
    const together = joined.get(root);
    if (together) return together[0] === root ? [joinedCluster(together, defs, deepest)] : [];
    // Every file a root's cluster owns is at or below the root: grouping tries only the roots above a file.
    const prefixes = [root];
    const groups = perFile.get(root);
    if (keys.length < 2 && groups) {
      return groups.map((files) => ({
        // Several files naming one cluster: named after the shortest path (`lab.yaml` beside `lab-nodegroups.yaml`).
        name: files.reduce((a, b) => (b.length < a.length ? b : a)),
        formedBy:
          files.length === 1
            ? `${dir}, one of ${groups.length} files there that each define ${withArticle(sideBySideLabel(defs, root))} (the folder's files without a Cluster apply to each)`
            : `${dir}, one of ${groups.length} clusters there: ${files.join(', ')} name the same ${sideBySideLabel(defs, root)} (the folder's files without a Cluster apply to each)`,
        owns,
        explicit: [],
        prefixes,
        files,
      }));
    }
    if (keys.length < 2) return [{ name, formedBy: `${dir}: ${kinds.get(root)}`, owns, explicit: [], prefixes }];
    return keys.map((key) => {
      const why = [...new Set((defsAt.get(root) ?? []).filter((d) => d.cluster === key).map((d) => d.note ?? d.source))].join(', ');
      return {
        name: root === '' ? key : `${root} (${key})`,
        formedBy: `${dir}, one of ${keys.length} clusters defined there: ${why}`,
        owns,
        explicit: [],
        prefixes,
        key,
      };
    });
  });
}

/** Cluster definitions of which a folder may hold several side by side, each file a cluster, by their note. */
const SIDE_BY_SIDE = new Set(['Cluster API Cluster', KIND_DEFINITION, 'eksctl ClusterConfig']);

/** "a Cluster API Cluster", "an eksctl ClusterConfig". */
function withArticle(label: string): string {
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
}

/** "Cluster API Cluster", "kind Cluster": what the files of a folder split by file each define. */
function sideBySideLabel(defs: readonly Fact[], root: string): string {
  return [...new Set(defs.filter((d) => d.value === root && SIDE_BY_SIDE.has(d.note ?? '')).map((d) => d.note!))].sort().join(' or ');
}

/**
 * Roots whose cluster definitions all carry one identity that definitions at other roots carry too (Talos
 * control-plane configs of one endpoint and cluster name, one folder per node), in natural order, a list per
 * identity. A root with a definition of another identity or none (a kubeadm config beside it) is in none.
 */
function identityGroups(defs: readonly Fact[], roots: readonly string[]): string[][] {
  const identityOf = new Map<string, string | null>();
  const rootSet = new Set(roots);
  for (const d of defs) {
    if (!rootSet.has(d.value)) continue;
    const had = identityOf.get(d.value);
    const id = d.identity ?? null;
    identityOf.set(d.value, had === undefined || had === id ? id : null);
  }
  const byIdentity = new Map<string, string[]>();
  for (const root of [...roots].sort(naturalCompare)) {
    const id = identityOf.get(root);
    if (id) byIdentity.set(id, [...(byIdentity.get(id) ?? []), root]);
  }
  return [...byIdentity.values()].filter((g) => g.length > 1);
}

/** Each root of an identity group (see identityGroups) mapped to its group. */
function joinedRoots(defs: readonly Fact[], roots: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const group of identityGroups(defs, roots)) for (const r of group) out.set(r, group);
  return out;
}

/**
 * Per-node configs of one cluster in folders of their own (controlplane-1/, controlplane-2/, each naming the
 * same endpoint and cluster name): their definitions are rooted at the folder that holds them all, so the
 * cluster is that folder (with a worker's config beside them). Not where another cluster is rooted at or
 * below that folder: those stay apart, and joinedRoots makes them one cluster over their own folders only.
 */
function rootedTogether(defs: readonly Fact[]): readonly Fact[] {
  const groups = identityGroups(defs, [...new Set(defs.map((d) => d.value))]);
  if (groups.length === 0) return defs;
  const moved = new Map<string, { folder: string; where: string }>();
  for (const together of groups) {
    const folder = commonFolder(together);
    const set = new Set(together);
    const crowded = defs.some((d) => !set.has(d.value) && (folder === '' || d.value === folder || d.value.startsWith(`${folder}/`)));
    if (crowded) continue;
    const where = together.map((r) => `${folder === '' ? r : r.slice(folder.length + 1)}/`).join(', ');
    for (const r of together) moved.set(r, { folder, where });
  }
  if (moved.size === 0) return defs;
  return defs.map((d) => {
    const m = moved.get(d.value);
    return m ? { ...d, value: m.folder, note: `${d.note ?? d.source}s of one cluster in ${m.where} (${d.identity})` } : d;
  });
}

/** The deepest folder holding every root ('' for the repository root). */
function commonFolder(roots: readonly string[]): string {
  const parts = roots.map((r) => (r === '' ? [] : r.split('/')));
  const common: string[] = [];
  for (let i = 0; parts.every((p) => p.length > i && p[i] === parts[0]![i]); i++) common.push(parts[0]![i]!);
  return common.join('/');
}

/** One cluster over the roots of one identity that could not be rooted together, named after their folder and the identity. */
function joinedCluster(together: readonly string[], defs: readonly Fact[], deepest: (file: string) => string | undefined): ClusterSpec {
  const set = new Set(together);
  const identity = defs.find((d) => d.value === together[0] && d.identity)!.identity!;
  const why = [...new Set(defs.filter((d) => set.has(d.value)).map((d) => d.note ?? d.source))].join(', ');
  return {
    name: `${commonFolder(together) || '.'} (${identity})`,
    formedBy: `directories ${together.map((r) => `${r}/`).join(', ')}: ${why} of one cluster (${identity})`,
    owns: (file: string) => {
      const root = deepest(file);
      return root !== undefined && set.has(root);
    },
    explicit: [],
    prefixes: [...together],
  };
}

/**
 * Folders where two or more files each define a Cluster API `Cluster` (cluster-api-provider-aws keeps twenty
 * `cluster-template-*.yaml` flavours side by side in `templates/`: Flatcar, AL2023, EKS, ROSA), a kind
 * `Cluster` (a project's `hack/kind-ipvs.yaml` beside `hack/kind-iptables.yaml`, one test cluster each) or an
 * eksctl `ClusterConfig` (eksctl's `examples/`, a team's `prod.yaml` beside `dev.yaml`): each such file is a
 * cluster of its own, except that files giving the same cluster name (`Fact.clusterName`: an eksctl cluster
 * file and its node-group file) are one; the clusters in natural order of their first file. A folder whose
 * files all make one cluster changes nothing.
 */
function clusterFiles(defs: readonly Fact[], roots: ReadonlySet<string>): Map<string, string[][]> {
  const byRoot = new Map<string, Map<string, Set<string>>>();
  for (const d of defs) {
    if (!SIDE_BY_SIDE.has(d.note ?? '') || !d.place || !roots.has(d.value)) continue;
    let groups = byRoot.get(d.value);
    if (!groups) byRoot.set(d.value, (groups = new Map()));
    const key = d.clusterName !== undefined ? `name ${d.clusterName}` : `file ${d.place.file}`;
    const files = groups.get(key);
    if (files) files.add(d.place.file);
    else groups.set(key, new Set([d.place.file]));
  }
  const out = new Map<string, string[][]>();
  for (const [root, groups] of byRoot) {
    if (groups.size < 2) continue;
    const lists = [...groups.values()].map((files) => [...files].sort(naturalCompare));
    out.set(
      root,
      lists.sort((a, b) => naturalCompare(a[0]!, b[0]!)),
    );
  }
  return out;
}

/** Facts that belong to one cluster: a second cluster's kube-proxy or Calico never applies to this one. */
const CLUSTER_LEVEL = /^(kubeProxy\.|calico\.|kubernetes\.version$|node\.)/;

/**
 * Directories beside cluster roots (`clusters/c7/` next to `clusters/c1/`) that hold cluster-level facts
 * of their own (a kube-proxy DaemonSet, calico-node) are clusters too, not config shared by all.
 */
function siblingClusters(facts: readonly Fact[], roots: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const parents = new Set(roots.filter((r) => r.includes('/')).map((r) => r.slice(0, r.lastIndexOf('/'))));
  // A directory is related to the roots when it is one, holds one, or lies inside one: the roots and every
  // folder above one, in sets, so each question costs a few lookups rather than one test per root.
  const rootSet = new Set(roots);
  const aboveRoots = new Set<string>();
  for (const r of roots) for (const f of folders(r)) aboveRoots.add(f);
  // Asked per fact, answered per folder (a file holds many facts, a folder many files).
  const relatedSeen = new Map<string, boolean>();
  const related = (dir: string) => {
    let r = relatedSeen.get(dir);
    if (r === undefined) relatedSeen.set(dir, (r = rootSet.has(dir) || aboveRoots.has(dir) || folders(dir).some((f) => rootSet.has(f))));
    return r;
  };
  // The facts that can make a cluster, found once and listed under every parent folder they sit two or more
  // levels below (a Terraform monorepo has as many parents as clusters), in the order read; a file's
  // parents are found once.
  const byParent = new Map<string, Fact[]>();
  const parentsOf = new Map<string, string[]>();
  for (const f of facts) {
    if (!f.place || !CLUSTER_LEVEL.test(f.name) || f.origin === 'default') continue;
    const file = f.place.file;
    let above = parentsOf.get(file);
    if (!above) parentsOf.set(file, (above = folders(file.slice(0, Math.max(0, file.lastIndexOf('/')))).filter((p) => parents.has(p))));
    for (const parent of above) {
      const list = byParent.get(parent);
      if (list) list.push(f);
      else byParent.set(parent, [f]);
    }
  }
  for (const parent of parents) {
    const found = new Map<string, Set<string>>();
    for (const f of byParent.get(parent) ?? []) {
      const rest = f.place!.file.slice(parent.length + 1);
      const dir = `${parent}/${rest.slice(0, rest.indexOf('/'))}`;
      if (related(dir)) continue;
      const set = found.get(dir) ?? new Set<string>();
      set.add(f.name);
      found.set(dir, set);
    }
    for (const [dir, names] of found)
      out.set(dir, `beside the cluster directories of ${parent}/ with cluster-level facts of its own (${[...names].sort().join(', ')})`);
  }
  return out;
}

/** The folders above a path, nearest last: `a/b/c` → `a`, `a/b` (not '' and not the path itself). */
function folders(path: string): string[] {
  const out: string[] = [];
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) out.push(path.slice(0, i));
  return out;
}

/** The longest root among the path itself, its folders and '' (the repository root); undefined for none. */
function longestRootAbove(path: string, roots: ReadonlySet<string>): string | undefined {
  if (roots.has(path)) return path;
  for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
    const folder = path.slice(0, i);
    if (roots.has(folder)) return folder;
  }
  return roots.has('') ? '' : undefined;
}

/**
 * Splits facts among clusters. Facts of a file no cluster owns (shared platform config) go to every
 * cluster; a cluster's own facts never reach another cluster. With no clusters, the whole repository is
 * one group.
 */
export function groupFacts(facts: readonly Fact[], clusters: readonly ClusterSpec[]): Group[] {
  if (clusters.length === 0) return [{ name: 'repository', formedBy: 'whole repository (one cluster)', facts: [...facts], explicit: [], shared: new Set() }];
  const shared = new Set<Fact>();
  const groups = clusters.map((c) => ({ name: c.name, formedBy: c.formedBy, facts: [] as Fact[], explicit: c.explicit, shared }));
  const ownerOf = ownerLookup(clusters);
  // Clusters split from one directory by key: the owner found by file stands for all of them.
  // (They share one `owns`, so ownerOf returns the first of them.)
  const splits = new Map<number, number[]>();
  const byOwns = new Map<ClusterSpec['owns'], number[]>();
  clusters.forEach((c, i) => (c.key !== undefined || c.files !== undefined) && byOwns.set(c.owns, [...(byOwns.get(c.owns) ?? []), i]));
  for (const same of byOwns.values()) for (const i of same) splits.set(i, same);
  for (const f of facts) {
    const file = f.place?.file;
    // The first matching cluster wins, so overlapping globs cannot mix one file into two clusters.
    const owner = file === undefined ? -1 : ownerOf(file);
    if (owner < 0) {
      shared.add(f);
      for (const g of groups) g.facts.push(f);
      continue;
    }
    const siblings = splits.get(owner);
    if (!siblings) {
      groups[owner]!.facts.push(f);
      continue;
    }
    // Split by file: the facts of a Cluster's own files; split by key: the facts carrying that key.
    const mine = siblings.find((i) =>
      clusters[i]!.files !== undefined ? file !== undefined && clusters[i]!.files.includes(file) : clusters[i]!.key === f.cluster,
    );
    for (const i of mine !== undefined ? [mine] : siblings) groups[i]!.facts.push(f);
  }
  return groups;
}

/**
 * The index of the first cluster owning a file, -1 for none: asked once per file (not per fact), and
 * only of the clusters whose literal prefixes the file's folders match, so 5,000 clusters do not make
 * every file try 5,000 patterns.
 */
function ownerLookup(clusters: readonly ClusterSpec[]): (file: string) => number {
  const byPrefix = new Map<string, number[]>();
  const anywhere: number[] = [];
  clusters.forEach((c, i) => {
    if (!c.prefixes) return anywhere.push(i);
    for (const p of new Set(c.prefixes)) {
      if (p === '') anywhere.push(i);
      else byPrefix.set(p, [...(byPrefix.get(p) ?? []), i]);
    }
  });
  const memo = new Map<string, number>();
  return (file) => {
    const known = memo.get(file);
    if (known !== undefined) return known;
    const candidates = new Set(anywhere);
    const parts = file.split('/');
    // Its folders, and the file itself (a cluster whose root is that path).
    for (let n = 1; n <= parts.length; n++) for (const i of byPrefix.get(parts.slice(0, n).join('/')) ?? []) candidates.add(i);
    let owner = -1;
    for (const i of [...candidates].sort((a, b) => a - b)) {
      if (clusters[i]!.owns(file)) {
        owner = i;
        break;
      }
    }
    memo.set(file, owner);
    return owner;
  };
}
