import { othersText, type Conflict, type PlaceText } from '../context/conflicts.js';
import type { Fact, FactName } from '../model/fact.js';
import type { Finding, Undetermined } from '../model/finding.js';
import { intern } from '../model/intern.js';
import type { Place } from '../model/place.js';

const NONE: readonly string[] = [];

/** What an evidence list's notes depend on: the conflicting fact names it holds, and its suffixes so far. */
interface ListNotes {
  names: readonly FactName[];
  suffixes: Map<string, string>;
}
/** Evidence lists of at most this many facts are not remembered when none of their facts has a note. */
const SHORT = 4;
/** A list none of whose facts (or what they derive from) is in any conflict. */
const NO_NOTES: ListNotes = { names: [], suffixes: new Map() };

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
  // Per evidence list, the conflicting fact names its facts' notes can come from, and its message suffix
  // ('' for none) by what the cluster's conflicts of those names say: clusters that take the same shared
  // files are given the same list for a finding on them, and have the same conflicts there (the same
  // text), so the notes of a list of hundreds of facts are gathered once, not once per cluster.
  private readonly lists = new WeakMap<readonly Fact[], ListNotes>();
  private readonly contentIds = new Map<string, number>();
  private readonly conflictIds = new WeakMap<Conflict, number>();

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
      let list = this.lists.get(r.evidence);
      if (!list) {
        // A short list none of whose facts can have a note (a Service and the cluster's admission plugins,
        // in each cluster) is passed over before any name is gathered.
        if (r.evidence.length <= SHORT && !this.anyMayHaveNote(r.evidence)) continue;
        const names = this.namesIn(r.evidence);
        // A short list without notes is looked at again for less than it costs to remember.
        if (names.length === 0 && r.evidence.length <= SHORT) continue;
        this.lists.set(r.evidence, (list = names.length ? { names, suffixes: new Map() } : NO_NOTES));
      }
      if (list === NO_NOTES) continue;
      let said = '';
      for (const n of list.names) {
        const c = this.here.get(n);
        said += `${c ? this.conflictId(c) : -1},`;
      }
      let suffix = list.suffixes.get(said);
      if (suffix === undefined) list.suffixes.set(said, (suffix = this.suffixOf(r.evidence)));
      if (suffix === '') continue;
      // One string per distinct message and note: a long note added to thousands of results is not copied
      // into each (messages are interned, so the lookup by message is by a string whose hash is known).
      let bySuffix = this.noted.get(r.message);
      if (!bySuffix) this.noted.set(r.message, (bySuffix = new Map()));
      let message = bySuffix.get(suffix);
      if (message === undefined) bySuffix.set(suffix, (message = intern(r.message + suffix)));
      r.message = message;
    }
  }

  /** The message suffix of results with this evidence in the cluster at hand; '' when no fact has a note. */
  private suffixOf(evidence: readonly Fact[]): string {
    let notes: Set<string> | undefined;
    for (const f of evidence) if (this.mayHaveNote(f)) for (const n of this.notesOf(f)) (notes ??= new Set()).add(n);
    if (!notes) return '';
    const key = [...notes].join('\0');
    let suffix = this.suffixes.get(key);
    if (suffix === undefined) this.suffixes.set(key, (suffix = ` (conflict: ${[...notes].join('; ')}; see the conflict diagnostic)`));
    return suffix;
  }

  /** The fact names in any conflict that the facts of `evidence` or those they derive from hold, sorted. */
  private namesIn(evidence: readonly Fact[]): FactName[] {
    const found = new Set<FactName>();
    const visit = (f: Fact): void => {
      if (this.names.has(f.name)) found.add(f.name);
      for (const d of f.derivedFrom ?? []) if (this.mayHaveNote(d)) visit(d);
    };
    for (const f of evidence) if (this.mayHaveNote(f)) visit(f);
    return [...found].sort();
  }

  /** One number for conflicts that read the same (fact, values and their place lists): their notes are the same. */
  private conflictId(c: Conflict): number {
    let id = this.conflictIds.get(c);
    if (id === undefined) {
      const key = `${c.fact}\0${c.values.map((v) => `${v.value}\0${this.listId(v.places)}`).join('\0')}`;
      id = this.contentIds.get(key);
      if (id === undefined) this.contentIds.set(key, (id = this.contentIds.size));
      this.conflictIds.set(c, id);
    }
    return id;
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

  private anyMayHaveNote(evidence: readonly Fact[]): boolean {
    for (const f of evidence) if (this.mayHaveNote(f)) return true;
    return false;
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
      const key = `${this.conflictId(c)}\0${value}`;
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
