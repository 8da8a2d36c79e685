import { KIND_DEFINITION } from '../extract/kind-definition.js';
import { byCode } from '../model/code-order.js';
import type { Fact } from '../model/fact.js';
import type { ExcludedTree } from '../model/finding.js';

/**
 * What kind's command line says (`kind create cluster --image`, the kind release a script fetches, a CI kind
 * action: facts keyed `kind`) is about a kind cluster, and a repository's scripts are shared by all its
 * clusters: a Cluster API or Kubespray repository that starts a kind management or test cluster must not get
 * kind's release or node image. They count only in a cluster a kind config defines; elsewhere they are let go.
 * A command that names another cluster's kind config (`kind create cluster --config hack/b.yaml --image X`, its
 * image fact overriding that file: `kindConfigs` holds every kind config's file) is not about this cluster.
 */
export function scopeKindCommandFacts(facts: readonly Fact[], kindConfigs: ReadonlySet<string> = new Set()): readonly Fact[] {
  if (!facts.some((f) => f.key === 'kind')) return facts;
  const own = new Set(facts.filter(isKindDefinition).map((f) => f.place?.file));
  if (own.size === 0) return facts.filter((f) => f.key !== 'kind');
  const elsewhere = (f: Fact) => {
    const targets = f.key === 'kind' ? f.overrides?.targets : undefined;
    return !!targets && targets.some((t) => kindConfigs.has(t)) && !targets.some((t) => own.has(t));
  };
  return facts.some(elsewhere) ? facts.filter((f) => !elsewhere(f)) : facts;
}

/** The files of the repository's kind configs (each defines a kind cluster). */
export function kindConfigFiles(facts: readonly Fact[]): Set<string> {
  return new Set(facts.filter(isKindDefinition).flatMap((f) => (f.place ? [f.place.file] : [])));
}

/**
 * A repository where no kind config defines a cluster: its kind command-line facts are set aside before the
 * clusters form, and the report names each file they came from (LEFT OUT), so a repository that only runs
 * `kind create cluster` or a kind action is never "nothing found" without a word about what was read.
 */
export function setAsideKindCommandFacts(facts: readonly Fact[]): { facts: readonly Fact[]; excluded: ExcludedTree[] } {
  if (!facts.some((f) => f.key === 'kind') || facts.some(isKindDefinition)) return { facts, excluded: [] };
  const files = new Map<string, ExcludedTree>();
  const kept: Fact[] = [];
  for (const f of facts) {
    if (f.key !== 'kind') {
      kept.push(f);
      continue;
    }
    const file = f.place?.file ?? '';
    const e = files.get(file) ?? {
      path: file,
      reason: 'kind command line or CI kind action, and no kind config (kind: Cluster) in the repository defines the cluster it starts',
      include: 'to check that kind cluster, keep the kind config it is created with in the repository (kind create cluster --config FILE)',
      facts: 0,
    };
    e.facts++;
    files.set(file, e);
  }
  return { facts: kept, excluded: [...files.values()].sort((a, b) => byCode(a.path, b.path)) };
}

function isKindDefinition(f: Fact): boolean {
  return f.name === 'cluster.definition' && f.note === KIND_DEFINITION;
}
