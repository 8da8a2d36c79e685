import type { Fact } from '../model/fact.js';
import { Fingerprints } from '../model/fingerprints.js';
import type { Finding, Undetermined } from '../model/finding.js';
import { formatPlace, type Place } from '../model/place.js';

/**
 * What makes two clusters' results the same result: the rule, what it says and the line it points at (the
 * facts behind the words may sit in each cluster's own files: every cluster's kubeadm config giving the
 * same admission plugins). Texts are numbered once (a message may carry a long conflict note), so a key is
 * a short line of numbers, not a copy of every text it stands for.
 */
class KeyMaker {
  private readonly textIds = new Map<string, number>();
  private readonly factIds = new Map<Fact, number>();
  // Places are shared objects (a fact's own): each is written out once, not once per result.
  private readonly placeIds = new Map<Place, number>();

  key(r: Finding | Undetermined): string {
    const f = r as Partial<Finding>;
    const marks = f.suppressed || f.filtered ? this.textId(`${f.suppressed?.reason ?? ''}|${f.filtered ?? ''}`) : '';
    const missing = 'missing' in r && r.missing.length ? this.textId(r.missing.map((m) => `${m.fact}:${m.hint}`).join('|')) : '';
    // Without a line to point at (values given as inputs), only the same facts make the same result.
    const where = r.primary ? this.placeId(r.primary) : r.evidence.map((e) => this.factId(e)).join(',');
    return `${this.textId(r.ruleId)} ${this.textId(r.message)} ${where} ${marks} ${missing}`;
  }

  private placeId(p: Place): number {
    let id = this.placeIds.get(p);
    if (id === undefined) this.placeIds.set(p, (id = this.textId(formatPlace(p))));
    return id;
  }

  private textId(text: string): number {
    let id = this.textIds.get(text);
    if (id === undefined) this.textIds.set(text, (id = this.textIds.size));
    return id;
  }

  /** Facts with the same name, value and place are the same evidence, whichever object holds them. */
  factId(f: Fact): number {
    let id = this.factIds.get(f);
    if (id === undefined) this.factIds.set(f, (id = this.textId(`${f.name}=${f.value}@${f.place ? formatPlace(f.place) : f.source}`)));
    return id;
  }
}

/**
 * Facts shared by several clusters (platform files outside every cluster's tree) give the same result in
 * each: one result that names them all, instead of look-alike copies on the same line. `context` lists
 * the clusters ("c1, c2"), `clusters` holds them one by one, `evidence` the facts of all. A result is
 * copied only when another joins it (most are alone), so the input objects are never changed. Results
 * are added as they come (one cluster at a time), so the copies of every cluster are never held at once.
 */
export class ClusterMerger<T extends Finding | Undetermined> {
  private readonly out: T[] = [];
  private readonly seen = new Map<string, number>();
  private readonly keys = new KeyMaker();
  // Per merged result: the facts it holds, so each join is one lookup per fact, and the evidence list
  // last joined (clusters given one list for facts they share join it at no cost).
  private readonly evidenceIds = new Map<T, { ids: IdSet; last: readonly Fact[] }>();
  private readonly shared = new WeakSet<string[]>();

  add(r: T): void {
    const key = this.keys.key(r);
    const at = this.seen.get(key);
    if (at === undefined) {
      this.seen.set(key, this.out.length);
      this.out.push(r);
      return;
    }
    let first = this.out[at]!;
    let held = this.evidenceIds.get(first);
    if (!held) {
      const evidence = first.evidence;
      this.out[at] = first = {
        ...first,
        evidence: [...evidence],
        ...(first.clusters ? { clusters: [...first.clusters] } : {}),
        ...(first.fingerprints ? { fingerprints: new Fingerprints(first.fingerprints) } : {}),
      };
      const ids = new IdSet();
      for (const f of evidence) ids.add(this.keys.factId(f));
      this.evidenceIds.set(first, (held = { ids, last: evidence }));
    }
    // The evidence of every cluster, each fact once: what is the same in all is listed once. A list joined
    // just before (the evaluation gives every cluster the same list for a finding on shared facts alone)
    // adds nothing.
    if (r.evidence !== held.last) {
      for (const f of r.evidence) {
        const id = this.keys.factId(f);
        if (held.ids.add(id)) first.evidence.push(f);
      }
      held.last = r.evidence;
    }
    // A cluster's results come together (one batch a cluster), so a cluster already named is most often
    // the last one; a new cluster's fingerprints are new (the cluster is part of each), so only a cluster
    // met again has its fingerprints checked one by one. No sets: they doubled what a merged result holds.
    let names = (first.clusters ??= [first.context]);
    // A list results() shared between results is copied before it grows.
    if (this.shared.has(names)) names = first.clusters = [...names];
    const prints = (first.fingerprints ??= new Fingerprints([first.fingerprint]));
    const incoming = r.fingerprints ?? [r.fingerprint];
    if (names[names.length - 1] !== r.context && !names.includes(r.context)) {
      names.push(r.context);
      if (r.fingerprints) prints.pushAll(r.fingerprints);
      else prints.push(r.fingerprint);
    } else {
      for (const p of incoming) if (!prints.includes(p)) prints.push(p);
    }
  }

  /**
   * The merged results in first-seen order; `context` is joined once here, not on every join. Results
   * standing for the same clusters (most of those from shared files stand for all of them) share one
   * list and one `context` text: hundreds of names each.
   */
  results(): T[] {
    const lists = new Map<string, { clusters: string[]; context: string }[]>();
    for (const r of this.evidenceIds.keys()) {
      const names = r.clusters!;
      const key = `${names.length}\0${names[0]}\0${names[names.length - 1]}`;
      const same = lists.get(key) ?? [];
      let list = same.find((l) => l.clusters.length === names.length && l.clusters.every((n, i) => n === names[i]));
      if (!list) {
        same.push((list = { clusters: names, context: names.join(', ') }));
        lists.set(key, same);
      }
      r.clusters = list.clusters;
      r.context = list.context;
      this.shared.add(list.clusters);
      r.fingerprints?.trim();
    }
    return this.out;
  }
}

/**
 * The fact numbers a merged result holds, sorted in one typed array: 4 bytes a fact where a Set took about
 * 24 (a 100,000-file monorepo's merged results hold 200,000 facts until the last cluster is judged).
 */
class IdSet {
  private ids = new Int32Array(8);
  private size = 0;

  /** Adds the number; false when it was there already. */
  add(id: number): boolean {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ids[mid]! < id) lo = mid + 1;
      else hi = mid;
    }
    if (lo < this.size && this.ids[lo] === id) return false;
    if (this.size === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids.copyWithin(lo + 1, lo, this.size);
    this.ids[lo] = id;
    this.size++;
    return true;
  }
}
