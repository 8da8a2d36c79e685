import type { FactName } from './fact.js';

export type Severity = 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];
export type Component = 'kube-proxy' | 'calico' | 'node';
export const COMPONENTS: readonly Component[] = ['kube-proxy', 'calico', 'node'];

/** A leaf test on one fact. Exactly one operator besides `fact`. See schema/rule.schema.json. */
export interface LeafCondition {
  fact: FactName;
  /** node-semver range over the coerced version. */
  version?: string;
  /** node-semver range over the kernel's major.minor (as major.minor.0). */
  kernel?: string;
  /** Case-insensitive membership. */
  in?: string[];
  /** Regular expression on the value as written. */
  matches?: string;
  /**
   * Comparators over a distro kernel's build ("<4.18.0-193": major.minor.patch, then the build number after
   * the dash). Unknown when the comparison turns on a part the value does not give (4.18.0-x.el8).
   */
  kernelBuild?: string;
  /** Which distro built the kernel, by its build tag (src/knowledge/kernel.ts); unknown for an untagged kernel. */
  kernelFlavor?: string[];
  /** Closed-world: true when any value exists, false when none; never unknown. */
  present?: boolean;
  /**
   * Beside `version`: versions whose status the sources leave UNVERIFIED (a probable backport). The leaf is
   * unknown for them, so the rule is undetermined with the note instead of a guessed finding or pass.
   */
  unverified?: { version: string; note: string };
}

export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export interface Rule {
  id: string;
  title: string;
  component: Component;
  severity: Severity;
  symptom: string;
  /** Template with {fact.name} placeholders, e.g. "kube-proxy {kubeProxy.version} in {kubeProxy.mode} mode". */
  message: string;
  when: Condition;
  /** Any of these true cancels the rule; an absent fact counts as false here. */
  unless?: Condition[];
  fix: string;
  references: string[];
  notes?: string[];
  /** Where the seed page was wrong, for `netcompat explain`. */
  seedErrors?: string[];
  /** Fact whose place is the finding's primary location; defaults to the first fact in `when`. */
  primaryFact?: FactName;
  helpUri?: string;
  /** A security problem (open access, bypassed policy): SARIF tags it `security` with a `security-severity`. */
  security?: boolean;
  /** CVE ids the rule covers. */
  cve?: string[];
  /** The affected condition in words, for the README table (the condition itself stays in `when`). */
  affected?: string;
}
