import type { Place } from './place.js';

/**
 * Every fact the extractors may emit and the rules may test. The catalog in data/facts.yaml describes
 * each one (component, meaning, how a user provides it); a test keeps the two lists equal.
 */
export const FACT_NAMES = [
  'kubernetes.version',
  'kubeProxy.version',
  'kubeProxy.mode',
  'kubeProxy.disabled',
  'kubeProxy.image',
  'calico.version',
  'calico.kubeControllersVersion',
  'calico.operatorVersion',
  'calico.ipipMode',
  'calico.vxlanMode',
  'calico.iptablesBackend',
  'calico.featureDetectOverride',
  'calico.dataplane',
  'node.os',
  'node.kernel',
  'host.iptablesBackend',
  'host.ipTablesModuleLoaded',
  'host.nodeIpInterfaceMayChange',
  'service.externalIPsLocal',
  'service.loadBalancerSourceRanges',
  'cluster.definition',
  'kustomize.layer',
  'installer.name',
  'installer.release',
  'cluster.cni',
  'kubeProxy.featureGates',
  'kubeProxy.nftablesSkipKernelCheck',
  'calico.nftablesMode',
  'service.externalIPs',
  'apiserver.admissionPlugins',
  'ansible.variable',
] as const;

export type FactName = (typeof FACT_NAMES)[number];

export function isFactName(s: string): s is FactName {
  return (FACT_NAMES as readonly string[]).includes(s);
}

/**
 * Facts that name one object among many a cluster holds (a Service): a finding about the cluster's own
 * settings names every affected object, and each object keeps its own identity (fingerprint, suppression).
 */
export function isObjectFact(name: FactName): boolean {
  return name.startsWith('service.');
}

/**
 * - repository: read from a file;
 * - explicit: given by a flag, Action input or config file (wins over the repository);
 * - default: what a component does when the setting is absent (used only when no other value exists);
 * - derived: computed from other facts (derivedFrom says which).
 */
export type FactOrigin = 'repository' | 'explicit' | 'default' | 'derived';

export interface Fact {
  name: FactName;
  /** Normalised value: versions without `v` ("1.27.3"), modes lower-case, encapsulation modes capitalised. */
  value: string;
  /** The text as written, when it differs from value. */
  raw?: string;
  /** Placeholder (`{{ }}`, `${VAR}`): present but unknown; never matched against a range. */
  unresolved?: boolean;
  /**
   * The value is one of these, not known which: the kernel series an image family has shipped, the Calico
   * versions of every installer release that fits. A condition is true when it holds for every candidate,
   * false when it holds for none, otherwise unknown. `value` is then the display form ("5.4–5.15").
   */
  candidates?: string[];
  origin: FactOrigin;
  /** Missing for explicit facts given on the command line. */
  place?: Place;
  /** Extractor id, or `input:<name>` / `derive:<name>`. */
  source: string;
  /** Human explanation, e.g. "rockylinux-8-kube-v1.28.3 → Rocky Linux 8 → kernel 4.18". */
  note?: string;
  derivedFrom?: Fact[];
  /** What the value was read from, when several things give the same fact: the image path ("calico/node"). */
  key?: string;
  /** Set by extractors on facts that replace others (kustomize `images:`, patches); applied in src/context/overrides.ts. */
  overrides?: FactOverride;
  /**
   * Which of several clusters defined in one directory this fact belongs to (Terraform: the cluster's
   * address, `module.eks_prod`), set only where a directory defines more than one. A `cluster.definition`
   * carrying it makes that directory one cluster per key; a fact of the directory without it goes to each.
   */
  cluster?: string;
  /**
   * On a `cluster.definition`: what names the cluster beyond its folder (a Talos control-plane config's
   * endpoint and cluster name). Definitions with the same identity in several folders (one per node) are one
   * cluster; unset where nothing names it, or its name is a placeholder.
   */
  identity?: string;
  /**
   * On a `cluster.definition` of a kind a folder holds several of side by side, a file each (an eksctl
   * ClusterConfig): the name the file gives its cluster (`metadata.name`, as written). Files of one such folder
   * giving the same name are one cluster (a cluster file and a node-group file); unset where none is written.
   */
  clusterName?: string;
  /**
   * Read from a document Ansible renders (YamlDoc.renderedBy): a `{{ var }}` value is resolved from the cluster's
   * Ansible variables like the inventory's own (src/context/resolve-vars.ts, which removes the mark).
   */
  renderedBy?: 'ansible';
  /**
   * Set by extractors on a fact whose value is still the text AS WRITTEN (an OS image name, a Helm chart
   * version) and must be decoded through knowledge data; src/context/decode.ts, the context stage's first
   * step, replaces it with the decoded fact (or drops it) and removes the marker. No marked fact reaches a rule.
   */
  decode?: FactDecode;
}

/**
 * What a marked fact is decoded as. `before` is note text that precedes the decoded note; `form` picks the
 * note wording of the extractor family that wrote it (YAML, Terraform, Vagrantfile; Helm, RKE2, Terraform).
 */
export type FactDecode =
  | {
      as: 'os-image';
      /** An OsImageKind of src/knowledge/os-image-patterns.ts (the model does not import knowledge). */
      kind: string;
      k8sMinor?: string;
      before?: string;
      /** Note text that follows the decoded note (a custom AMI: the fact then stays unresolved). */
      after?: string;
      /** Who the fact describes ("node worker-1"), written before the whole note with a colon. */
      label?: string;
      form?: 'hcl' | 'vagrant';
    }
  | { as: 'calico-chart'; chart: string; before?: string; form?: 'rke' | 'hcl' };

/**
 * A replacement declared in one file for facts read from others. On a `kustomize.layer` fact, the facts of
 * the `patches` files replace those of the `targets`; on any other fact, the fact itself replaces the
 * targets' facts of its name (and key, when both have one).
 */
export interface FactOverride {
  /** Who replaces, for people: "kustomize images", "kustomize patches". */
  by: string;
  /** Repository-relative files, or folders ending in "/", whose facts are replaced. */
  targets: string[];
  patches?: string[];
}

/** One fact in an evidence tree: how deep it sits (0 for the evidence itself) and the fact derived from it. */
export interface FactInTree {
  fact: Fact;
  depth: number;
  via?: Fact;
}

/** The nearest place of a fact: its own, else the nearest one along what it was derived from (any depth). */
export function nearestPlace(f: Fact): Place | undefined {
  // Its own place is the nearest (most facts have one): no tree is walked.
  if (f.place) return f.place;
  let nearest: FactInTree | undefined;
  for (const x of factTree([f])) if (x.fact.place && (!nearest || x.depth < nearest.depth)) nearest = x;
  return nearest?.fact.place;
}

/**
 * The one walk over evidence trees: every fact, then (depth first, in order) every fact it was derived
 * from, at any depth. Reporters, suppression, conflict notes and fingerprints all read derivations through it.
 */
export function factTree(facts: readonly Fact[]): FactInTree[] {
  const out: FactInTree[] = [];
  const walk = (list: readonly Fact[], depth: number, via?: Fact): void => {
    for (const fact of list) {
      out.push(via ? { fact, depth, via } : { fact, depth });
      if (fact.derivedFrom) walk(fact.derivedFrom, depth + 1, fact);
    }
  };
  walk(facts, 0);
  return out;
}

/** factTree's facts in factTree's order, visited without making the list (asked for every result of a scan). */
export function eachFact(facts: readonly Fact[], visit: (fact: Fact) => void): void {
  for (const fact of facts) {
    visit(fact);
    if (fact.derivedFrom) eachFact(fact.derivedFrom, visit);
  }
}
