import { othersText, type Conflict, type PlaceText } from '../context/conflicts.js';
import { eachFact, type Fact } from '../model/fact.js';
import type { Finding, Undetermined } from '../model/finding.js';
import { intern } from '../model/intern.js';
import type { Place } from '../model/place.js';

/**
 * A result that rests on one value of a conflicting fact names the others, so nobody fixes the wrong file.
 * With many clusters sharing platform files, thousands of results name the same conflict: conflicts are
 * looked up by cluster and fact, and each note and each message suffix is written once and shared. Made
 * once a scan and used on every batch of results (a cluster's at a time).
 */
export class ConflictNotes {
  private readonly index = new Map<string, Conflict>();
  private readonly texts = new Map<Conflict, Map<string, string>>();
  private readonly byContent = new Map<string, string>();
  private readonly listIds = new Map<readonly Place[], number>();
  private readonly suffixes = new Map<string, string>();
  private readonly noted = new Map<string, Map<string, string>>();
  // Per fact object, the note it gives in the cluster at hand (undefined: none); only one cluster's at a
  // time, as results come a cluster at a time and a map per cluster would hold every shared fact again.
  private known = new Map<Fact, string | undefined>();
  private knownFor: string | undefined;

  /** `show`: how the notes name places (under the front end's place base, as the places will read). */
  constructor(
    conflicts: readonly Conflict[],
    private readonly show?: PlaceText,
  ) {
    for (const c of conflicts) {
      const key = `${c.context}\0${c.fact}`;
      if (!this.index.has(key)) this.index.set(key, c);
    }
  }

  note(results: readonly (Finding | Undetermined)[]): void {
    if (this.index.size === 0) return;
    for (const r of results) {
      if (r.context !== this.knownFor) {
        this.known = new Map();
        this.knownFor = r.context;
      }
      const notes = new Set<string>();
      eachFact(r.evidence, (f) => {
        let note = this.known.get(f);
        if (note === undefined && !this.known.has(f)) {
          const c = this.index.get(`${r.context}\0${f.name}`);
          note = c && c.values.some((v) => v.value === f.value) ? this.text(c, f.value) : undefined;
          this.known.set(f, note);
        }
        if (note) notes.add(note);
      });
      if (notes.size === 0) continue;
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
