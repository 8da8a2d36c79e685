import { othersText, type Conflict, type PlaceText } from '../context/conflicts.js';
import type { Fact, FactName } from '../model/fact.js';
import type { Finding, Undetermined } from '../model/finding.js';
import { intern } from '../model/intern.js';
import type { Place } from '../model/place.js';

const NONE: readonly string[] = [];

/**
 * A result that rests on one value of a conflicting fact names the others, so nobody fixes the wrong file.
 * With many clusters sharing platform files, thousands of results name the same conflict: conflicts are
 * looked up by cluster and fact, and each note and each message suffix is written once and shared. Made
 * once a scan and used on every batch of results (a cluster's at a time).
 */
export class ConflictNotes {
  private readonly texts = new Map<Conflict, Map<string, string>>();
  private readonly byContent = new Map<string, string>();
  private readonly listIds = new Map<readonly Place[], number>();
  private readonly suffixes = new Map<string, string>();
  private readonly noted = new Map<string, Map<string, string>>();
  // The clusters that have a conflict, each with its conflicts by fact name: a result of any other cluster
  // has no note to look for.
  private readonly conflicted = new Map<string, Map<FactName, Conflict>>();
  private here = new Map<FactName, Conflict>();
  // The fact names in any conflict, and per fact whether it or a fact it derives from has one: most facts
  // (a Service, a node's kernel) never do, in any cluster, and are passed over without a walk.
  private readonly names = new Set<FactName>();
  private readonly mayNote = new WeakMap<Fact, boolean>();
  // Per fact object, the notes of it and the facts it derives from, in eachFact's order, in the cluster at
  // hand; only one cluster's at a time, as results come a cluster at a time and a map per cluster would
  // hold every shared fact again. A shared Service met by sixty results is walked once, not sixty times.
  private known = new Map<Fact, readonly string[]>();
  private knownFor: string | undefined;

  /** `show`: how the notes name places (under the front end's place base, as the places will read). */
  constructor(
    conflicts: readonly Conflict[],
    private readonly show?: PlaceText,
  ) {
    for (const c of conflicts) {
      let byName = this.conflicted.get(c.context);
      if (!byName) this.conflicted.set(c.context, (byName = new Map()));
      // The first conflict of a cluster's fact is the one noted.
      if (byName.has(c.fact)) continue;
      byName.set(c.fact, c);
      this.names.add(c.fact);
    }
  }

  note(results: readonly (Finding | Undetermined)[]): void {
    if (this.conflicted.size === 0) return;
    for (const r of results) {
      if (r.context !== this.knownFor) {
        this.known = new Map();
        this.knownFor = r.context;
        this.here = this.conflicted.get(r.context) ?? new Map();
      }
      if (this.here.size === 0) continue;
      let notes: Set<string> | undefined;
      for (const f of r.evidence) if (this.mayHaveNote(f)) for (const n of this.notesOf(f)) (notes ??= new Set()).add(n);
      if (!notes) continue;
      const key = [...notes].join('\0');
      let suffix = this.suffixes.get(key);
      if (suffix === undefined) this.suffixes.set(key, (suffix = ` (conflict: ${[...notes].join('; ')}; see the conflict diagnostic)`));
      // One string per distinct message and note: a long note added to thousands of results is not copied
      // into each (messages are interned, so the lookup by message is by a string whose hash is known).
      let bySuffix = this.noted.get(r.message);
      if (!bySuffix) this.noted.set(r.message, (bySuffix = new Map()));
      let message = bySuffix.get(suffix);
      if (message === undefined) bySuffix.set(suffix, (message = intern(r.message + suffix)));
      r.message = message;
    }
  }

  /** The notes of a fact and of what it derives from (eachFact's order, each once), in the cluster at hand. */
  private notesOf(f: Fact): readonly string[] {
    let notes = this.known.get(f);
    if (notes) return notes;
    const c = this.here.get(f.name);
    const own = c && c.values.some((v) => v.value === f.value) ? this.text(c, f.value) : undefined;
    const below = f.derivedFrom?.flatMap((d) => (this.mayHaveNote(d) ? this.notesOf(d) : NONE)) ?? [];
    notes = own === undefined && below.length === 0 ? NONE : [...new Set(own === undefined ? below : [own, ...below])];
    this.known.set(f, notes);
    return notes;
  }

  private mayHaveNote(f: Fact): boolean {
    let may = this.mayNote.get(f);
    if (may === undefined) this.mayNote.set(f, (may = this.names.has(f.name) || (f.derivedFrom?.some((d) => this.mayHaveNote(d)) ?? false)));
    return may;
  }

  private text(c: Conflict, value: string): string {
    let byValue = this.texts.get(c);
    if (!byValue) this.texts.set(c, (byValue = new Map()));
    let t = byValue.get(value);
    if (t === undefined) {
      // Clusters that take the same shared files have the same conflict (findConflicts gives them one place
      // list per value): one text for all of them, not a copy per cluster.
      const key = `${c.fact}\0${value}\0${c.values.map((v) => `${v.value}\0${this.listId(v.places)}`).join('\0')}`;
      t = this.byContent.get(key);
      if (t === undefined) this.byContent.set(key, (t = othersText(c, value, this.show)));
      byValue.set(value, t);
    }
    return t;
  }

  private listId(places: readonly Place[]): number {
    let id = this.listIds.get(places);
    if (id === undefined) this.listIds.set(places, (id = this.listIds.size));
    return id;
  }
}
