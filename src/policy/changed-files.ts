import type { Finding } from '../model/finding.js';
import { evidencePlaces } from './suppress.js';

/**
 * PR-scoped gating: a finding counts only when some of its evidence sits in a changed file. Facts still
 * come from the whole repository; the others are hidden, not dropped.
 */
export function applyChangedFiles(findings: Finding[], changed: ReadonlySet<string>): void {
  for (const f of findings) {
    if (!evidencePlaces(f).some((p) => changed.has(p.file))) f.filtered ??= 'unchanged';
  }
}
