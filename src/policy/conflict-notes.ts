import { othersText, type Conflict } from '../context/conflicts.js';
import { factTree, type Fact } from '../model/fact.js';
import type { Finding, Undetermined } from '../model/finding.js';

/**
 * A result that rests on one value of a conflicting fact names the others, so nobody fixes the wrong file.
 * Conflicts are looked up by cluster and fact, and each note is written once: with many clusters sharing
 * platform files, thousands of results name the same conflict.
 */
export function noteConflicts(results: readonly (Finding | Undetermined)[], conflicts: readonly Conflict[]): void {
  if (conflicts.length === 0) return;
  const index = new Map<string, Conflict>();
  for (const c of conflicts) {
    const key = `${c.context}\0${c.fact}`;
    if (!index.has(key)) index.set(key, c);
  }
  const texts = new Map<string, string | undefined>();
  const note = (context: string, f: Fact): string | undefined => {
    const key = `${context}\0${f.name}\0${f.value}`;
    if (texts.has(key)) return texts.get(key);
    const c = index.get(`${context}\0${f.name}`);
    const text = c && c.values.some((v) => v.value === f.value) ? othersText(c, f.value) : undefined;
    texts.set(key, text);
    return text;
  };
  for (const r of results) {
    const notes = new Set<string>();
    for (const { fact: f } of factTree(r.evidence)) {
      const other = note(r.context, f);
      if (other) notes.add(other);
    }
    if (notes.size) r.message += ` (conflict: ${[...notes].join('; ')}; see the conflict diagnostic)`;
  }
}
