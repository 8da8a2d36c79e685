import type { Candidate } from './candidate.js';
import type { HoldsFacts } from './cluster-facts.js';
import type { Fingerprints } from './fingerprints.js';
import type { Fact, FactName } from './fact.js';
import type { Place } from './place.js';
import type { Component, Rule, Severity } from './rule.js';
import type { SkippedFile } from './source.js';

/** What a finding and an undetermined result share: the rule, the cluster, the words, the evidence and the identity. */
export interface RuleResult {
  ruleId: string;
  title: string;
  severity: Severity;
  component: Component;
  /** The cluster, or the clusters ("c1, c2") whose shared facts give the same result. */
  context: string;
  /** Set when one result stands for several clusters (shared platform files): each cluster's name. */
  clusters?: string[];
  message: string;
  /** The most actionable place (a version line); missing only when every fact came from inputs. */
  primary?: Place;
  /** Every fact the result rests on, each with its own derivation chain (for an undetermined result: the facts that were known and did not rule the bug out). */
  evidence: Fact[];
  /** Stable across runs and unrelated line moves. */
  fingerprint: string;
  /**
   * Set when the result stands for several clusters or names several Services: each one's own fingerprint (the
   * first is `fingerprint`); a baseline hides the result only while it holds every one.
   */
  fingerprints?: Fingerprints;
}

export interface Finding extends RuleResult {
  /** Concrete values: "kube-proxy 1.27.3 in ipvs mode on kernel 3.10 (CentOS 7.9)". */
  message: string;
  fix: string;
  references: string[];
  /** From the rule: a security issue, with its CVE ids. */
  security?: boolean;
  cve?: string[];
  suppressed?: { reason: string; by: string };
  /** Hidden from reports and the verdict: already in the baseline, or no evidence in the changed files. */
  filtered?: 'baseline' | 'unchanged';
}

/** Problems with the user's own settings: an expired ignore entry, a suppression without a reason. */
export interface Diagnostic {
  level: 'warning' | 'notice';
  /** For people: lists in it name a few items and count the rest. */
  message: string;
  place?: Place;
  /** A conflict diagnostic's full data (the message lists a few places per value). */
  conflict?: ConflictDetail;
}

/** One fact with several values in the clusters named: every value with every place that says it. */
export interface ConflictDetail {
  fact: FactName;
  values: { value: string; places: Place[] }[];
  /** The clusters that have this conflict (absent when the repository is one cluster). */
  clusters?: string[];
}

export interface MissingFact {
  fact: FactName;
  /** How a user can provide it, from data/facts.yaml. */
  hint: string;
  /** Found but templated, e.g. "{{ kube_version }}". */
  unresolvedAt?: Place[];
}

/** A rule that applies but cannot be decided: what is missing and how to give it. */
export interface Undetermined extends RuleResult {
  missing: MissingFact[];
}

export interface NotApplicable {
  ruleId: string;
  context: string;
  reason: string;
}

/**
 * The facts of one cluster as the result reports them (the context stage's ClusterContext, which always has
 * `overridden`): `facts` are its own, `shared` places the scan's shared facts among them; `clusterFacts()`
 * (cluster-facts.ts) gives the whole list.
 */
export interface ContextSummary extends HoldsFacts {
  name: string;
  /** How the context was formed, for people: "whole repository", "directory clusters/prod". */
  formedBy: string;
  /** Repository facts replaced by an explicit value or a kustomize overlay: shown by `netcompat facts`, not evaluated. */
  overridden?: Fact[];
}

/** A tree of installer templates or test fixtures that was not made a cluster (src/context/exclusions.ts). */
export interface ExcludedTree {
  /** "inventory/sample/". */
  path: string;
  reason: string;
  /** How to check it anyway. */
  include: string;
  /** Facts set aside. */
  facts: number;
}

/** Nothing was checked, why, and whether that fails the run (`fail-if-nothing-checked`). */
export interface NothingCheckedVerdict {
  reason: string;
  clusters: { name: string; reason: string }[];
  fails: boolean;
}

export interface ScanResult {
  tool: { name: string; version: string };
  root: string;
  rules: Rule[];
  /** Every cluster with its own facts, and where it takes the shared ones (`clusterFacts()` gives them all). */
  contexts: ContextSummary[];
  /**
   * Facts from files no cluster owns (shared platform folders) that every context holds, the same objects
   * (and the same array) as in `contexts[].shared.facts`: held and given once. Absent with one context or none shared.
   */
  sharedFacts?: Fact[];
  findings: Finding[];
  undetermined: Undetermined[];
  notApplicable: NotApplicable[];
  skipped: SkippedFile[];
  /** Installer templates and fixtures left out of the clusters. */
  excluded?: ExcludedTree[];
  /** Version-looking values in files no extractor recognised: suggestions, never facts. */
  candidates?: Candidate[];
  /** Set when every rule was not applicable in every cluster: never a green pass (src/policy/nothing-checked.ts). */
  nothingChecked?: NothingCheckedVerdict;
  diagnostics?: Diagnostic[];
  stats: { filesSeen: number; filesRead: number; filesParsed: number; facts: number };
}
