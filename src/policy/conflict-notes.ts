import { othersText, type Conflict } from '../context/conflicts.js';
import { factTree, type Fact } from '../model/fact.js';
import type { Finding, Undetermined } from '../model/finding.js';
import { intern } from '../model/intern.js';

/**
 * A result that rests on one value of a conflicting fact names the others, so nobody fixes the wrong file.
 * With many clusters sharing platform files, thousands of results name the same conflict: conflicts are
 * looked up by cluster and fact, and each note and each message suffix is written once and shared.
 */
export function noteConflicts(results: readonly (Finding | Undetermined)[], conflicts: readonly Conflict[]): void {
  if (conflicts.length === 0) return;
  const index = new Map<string, Conflict>();
  for (const c of conflicts) {
    const key = `${c.context}\0${c.fact}`;
    if (!index.has(key)) index.set(key, c);
  }
  const texts = new Map<Conflict, Map<string, string>>();
  const text = (c: Conflict, value: string): string => {
    let byValue = texts.get(c);
    if (!byValue) texts.set(c, (byValue = new Map()));
    let t = byValue.get(value);
    if (t === undefined) byValue.set(value, (t = othersText(c, value)));
    return t;
  };
  // Per cluster, per fact object: the note it gives (undefined: none).
  const notesOf = new Map<string, Map<Fact, string | undefined>>();
  const suffixes = new Map<string, string>();
  const noted = new Map<string, Map<string, string>>();
  for (const r of results) {
    let known = notesOf.get(r.context);
    if (!known) notesOf.set(r.context, (known = new Map()));
    const notes = new Set<string>();
    for (const { fact: f } of factTree(r.evidence)) {
      let note = known.get(f);
      if (note === undefined && !known.has(f)) {
        const c = index.get(`${r.context}\0${f.name}`);
        note = c && c.values.some((v) => v.value === f.value) ? text(c, f.value) : undefined;
        known.set(f, note);
      }
      if (note) notes.add(note);
    }
    if (notes.size === 0) continue;
    const key = [...notes].join('\0');
    let suffix = suffixes.get(key);
    if (suffix === undefined) suffixes.set(key, (suffix = ` (conflict: ${[...notes].join('; ')}; see the conflict diagnostic)`));
    // One string per distinct message and note: a long note added to thousands of results is not copied
    // into each (messages are interned, so the lookup by message is by a string whose hash is known).
    let bySuffix = noted.get(r.message);
    if (!bySuffix) noted.set(r.message, (bySuffix = new Map()));
    let message = bySuffix.get(suffix);
    if (message === undefined) bySuffix.set(suffix, (message = intern(r.message + suffix)));
    r.message = message;
  }
}
