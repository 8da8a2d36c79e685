import { otherValues, type Conflict } from '../context/conflicts.js';
import { factTree } from '../model/fact.js';
import type { Finding, Undetermined } from '../model/finding.js';

/** A result that rests on one value of a conflicting fact names the others, so nobody fixes the wrong file. */
export function noteConflicts(results: readonly (Finding | Undetermined)[], conflicts: readonly Conflict[]): void {
  if (conflicts.length === 0) return;
  for (const r of results) {
    const notes = new Set<string>();
    for (const { fact: f } of factTree(r.evidence)) {
      const other = otherValues(conflicts, r.context, f);
      if (other) notes.add(other);
    }
    if (notes.size) r.message += ` (conflict: ${[...notes].join('; ')}; see the conflict diagnostic)`;
  }
}
