import type { Fact } from '../model/fact.js';
import type { ContextSummary } from '../model/finding.js';
import { factValue } from './fact-text.js';
import { plural } from './plural.js';

/** Facts that say how the repository is laid out rather than what runs in the cluster. */
const LAYOUT = new Set(['cluster.definition', 'kustomize.layer']);
/** Values shown per fact in the short list; more are counted. */
const SHOWN_VALUES = 2;

/**
 * How the contexts were formed, for people. Reads the `formedBy` wording of src/context/group.ts:
 * "config file: …" for declared clusters, "directory …" for a repository split by its cluster definitions.
 */
export function formationLine(contexts: readonly Pick<ContextSummary, 'name' | 'formedBy'>[]): string {
  if (contexts.length === 0) return 'no cluster';
  if (contexts.every((c) => c.formedBy.startsWith('config file'))) {
    return `${plural(contexts.length, 'cluster')} from the config file; files in no cluster's paths apply to every cluster`;
  }
  if (contexts.length === 1) return `one cluster: ${contexts[0]!.formedBy}`;
  const base = `${contexts.length} clusters, split by directory: each cluster definition's tree is one cluster, files outside every tree apply to all`;
  // group.ts words a cluster split by file "directory D/, one of N files there that each define a Cluster API Cluster …".
  if (!contexts.some((c) => / files there that each define a Cluster API Cluster /.test(c.formedBy))) return base;
  return `${base}; a folder where several files each define a Cluster API Cluster is one cluster per file, and the folder's other files apply to each`;
}

/** Is there anything to say about clusters beyond "the whole repository is one"? */
export function hasClusters(contexts: readonly Pick<ContextSummary, 'name' | 'formedBy'>[]): boolean {
  return contexts.length > 1 || contexts.some((c) => c.formedBy.startsWith('config file'));
}

/** The facts of a cluster in one short line: "kubernetes.version v1.27.3; kubeProxy.mode iptables; …". */
export function factsBrief(facts: readonly Fact[]): string {
  // A set per name: thousands of Services in shared folders must not make this quadratic.
  const byName = new Map<string, Set<string>>();
  for (const f of facts) {
    if (LAYOUT.has(f.name)) continue;
    let values = byName.get(f.name);
    if (!values) byName.set(f.name, (values = new Set()));
    values.add(factValue(f));
  }
  if (byName.size === 0) return 'no facts';
  return [...byName]
    .map(([name, set]) => {
      const values = [...set];
      const shown = values.slice(0, SHOWN_VALUES).join(', ');
      return `${name} ${shown}${values.length > SHOWN_VALUES ? ` (+${values.length - SHOWN_VALUES} more)` : ''}`;
    })
    .join('; ');
}
