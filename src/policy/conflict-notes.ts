import { otherValues, type Conflict } from '../context/conflicts.js';
import type { Fact } from '../model/fact.js';
import type { Finding, Undetermined } from '../model/finding.js';

function withSources(f: Fact): Fact[] {
  return [f, ...(f.derivedFrom ?? []).flatMap(withSources)];
}

/** A result that rests on one value of a conflicting fact names the others, so nobody fixes the wrong file. */
export function noteConflicts(results: readonly (Finding | Undetermined)[], conflicts: readonly Conflict[]): void {
  if (conflicts.length === 0) return;
  for (const r of results) {
    const notes = new Set<string>();
    for (const f of r.evidence.flatMap(withSources)) {
      const other = otherValues(conflicts, r.context, f);
      if (other) notes.add(other);
    }
    if (notes.size) r.message += ` (conflict: ${[...notes].join('; ')}; see the conflict diagnostic)`;
  }
}
