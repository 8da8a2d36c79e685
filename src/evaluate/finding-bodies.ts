import type { Fact } from '../model/fact.js';
import type { Place } from '../model/place.js';
import type { Rule } from '../model/rule.js';
import type { FactValue } from './fact-values.js';
import type { SortedTail } from './fingerprint.js';

/** What a finding says whichever cluster it is made for: its words, evidence and place, and its fingerprints' tails. */
export interface FindingBody {
  message: string;
  evidence: Fact[];
  primary?: Place;
  /** Per fingerprint, what it hashes after the rule and the cluster (fingerprint.ts, fingerprintTail). */
  tails: string[];
}

/** Evidence entries and tail characters held at most (a few MiB); past it the bodies and lists kept so far are let go. */
const ROOM = 1 << 18;

/**
 * The bodies of findings whose values are all the scan's shared values (facts from files no cluster owns,
 * grouped once for every cluster that takes them, so the very same value objects): each cluster's finding
 * differs from another's only by its cluster and fingerprints. A finding resting on a shared Calico manifest
 * lists hundreds of facts as evidence and hashes their files: made once, not once per cluster. A finding
 * with any value of the cluster's own is made for that cluster alone, as before. The evidence of undetermined
 * results is shared the same way (the rest of such a result is the cluster's: its hints are added to).
 */
export class FindingBodies {
  private readonly ids = new WeakMap<FactValue, number>();
  private readonly bodies = new Map<Rule, Map<string, FindingBody>>();
  private readonly evidence = new Map<Rule, Map<string, Fact[]>>();
  private readonly tails = new Map<string, SortedTail>();
  private nextId = 0;
  private held = 0;

  /** `shared`: whether a value object is one every cluster taking the shared facts is given. */
  constructor(private readonly shared: (v: FactValue) => boolean) {}

  /** The body of a rule's finding over these values (a Merged group), made by `make` if not known. */
  of(rule: Rule, values: ReadonlyMap<string, readonly FactValue[]>, make: () => FindingBody): FindingBody {
    // The values in their order name the body: a rule reads its facts in one order, so the same
    // value objects make the same message, evidence, place and tails.
    const key = this.sharedKey(values.values());
    return key === undefined ? make() : this.perRule(this.bodies, rule, key, make, (b) => b.evidence.length + b.tails.reduce((n, t) => n + t.length, 0));
  }

  /** Whether a value object is one every cluster taking the shared facts is given. */
  isShared(v: FactValue): boolean {
    return this.shared(v);
  }

  /**
   * The sorted fingerprint parts (fingerprint.ts, SortedTail) of shared values, made by `make` if not known:
   * a finding resting on a shared Calico manifest and a cluster's own kernel hashes the manifest's files in
   * every cluster, and they are sorted once.
   */
  sortedTailOf(values: readonly FactValue[], make: () => SortedTail): SortedTail {
    let key = '';
    for (const v of values) key += `${this.id(v)},`;
    let tail = this.tails.get(key);
    if (!tail) {
      tail = make();
      this.hold(tail.values.length + tail.files.length);
      this.tails.set(key, tail);
    }
    return tail;
  }

  /** The evidence of a rule's undetermined result over these known values, made by `make` if not known. */
  evidenceOf(rule: Rule, values: readonly FactValue[], make: () => Fact[]): Fact[] {
    const key = this.sharedKey([values]);
    return key === undefined ? make() : this.perRule(this.evidence, rule, key, make, (list) => list.length);
  }

  /** The key of value lists that are all shared values, in their order; undefined when one is the cluster's own. */
  private sharedKey(lists: Iterable<readonly FactValue[]>): string | undefined {
    let key = '';
    for (const list of lists) {
      for (const v of list) {
        if (!this.shared(v)) return undefined;
        key += `${this.id(v)},`;
      }
    }
    return key;
  }

  /** A rule's entry under `key` in `store`, made by `make` (and counted by its `size`) if not known. */
  private perRule<T>(store: Map<Rule, Map<string, T>>, rule: Rule, key: string, make: () => T, size: (t: T) => number): T {
    let byKey = store.get(rule);
    if (!byKey) store.set(rule, (byKey = new Map()));
    let entry = byKey.get(key);
    if (entry === undefined) {
      entry = make();
      this.hold(size(entry));
      byKey.set(key, entry);
    }
    return entry;
  }

  /** Counts what a new entry holds; past ROOM every entry so far is let go (the new one is kept after). */
  private hold(size: number): void {
    if (this.held + size > ROOM) {
      for (const m of this.bodies.values()) m.clear();
      for (const m of this.evidence.values()) m.clear();
      this.tails.clear();
      this.held = 0;
    }
    this.held += size;
  }

  private id(v: FactValue): number {
    let id = this.ids.get(v);
    if (id === undefined) this.ids.set(v, (id = this.nextId++));
    return id;
  }
}
