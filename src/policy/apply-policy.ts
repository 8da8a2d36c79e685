import { conflictDiagnostics, findConflicts } from '../context/conflicts.js';
import type { ClusterContext } from '../context/types.js';
import type { Evaluation } from '../evaluate/evaluate.js';
import type { Candidate } from '../model/candidate.js';
import type { Diagnostic, Undetermined } from '../model/finding.js';
import { applyBaseline, type Baseline } from './baseline.js';
import { applyChangedFiles } from './changed-files.js';
import { noteConflicts } from './conflict-notes.js';
import { mergeAcrossClusters } from './merge-clusters.js';
import { applySuppressions, type SuppressionInput } from './suppress.js';

export interface PolicyInput extends SuppressionInput {
  baseline?: Baseline;
  /** PR-scoped gating: root-relative paths of the changed files. */
  changedFiles?: ReadonlySet<string>;
  /** From the read stage: versions found in YAML nothing understood, shown with what they might decide. */
  candidates: readonly Candidate[];
}

/** The policy stage's output: the results, marked, and what the user's settings and the contexts need said. */
export interface Judged extends Pick<Evaluation, 'findings' | 'undetermined' | 'notApplicable'> {
  diagnostics: Diagnostic[];
}

/**
 * Marks findings (suppressed, hidden by a baseline, not in the change) and never drops one; reporters and
 * the verdict read the marks. Values that contradict each other in one cluster are said out loud, and
 * results resting on one name the others; shared facts give one result naming every cluster.
 */
export function applyPolicy(evaluation: Evaluation, contexts: readonly ClusterContext[], input: PolicyInput): Judged {
  const diagnostics = applySuppressions(evaluation.findings, input);
  if (input.baseline) applyBaseline(evaluation.findings, input.baseline);
  if (input.changedFiles) applyChangedFiles(evaluation.findings, input.changedFiles);
  attachCandidates(evaluation.undetermined, input.candidates);
  const conflicts = findConflicts(contexts);
  noteConflicts([...evaluation.findings, ...evaluation.undetermined], conflicts);
  diagnostics.push(...conflictDiagnostics(conflicts, contexts.length > 1), ...evaluation.diagnostics);
  return {
    findings: mergeAcrossClusters(evaluation.findings),
    undetermined: mergeAcrossClusters(evaluation.undetermined),
    notApplicable: evaluation.notApplicable,
    diagnostics,
  };
}

/** An undetermined rule shows the candidates for each fact it misses, so the user can pin them. */
function attachCandidates(undetermined: readonly Undetermined[], candidates: readonly Candidate[]): void {
  for (const u of undetermined) {
    for (const m of u.missing) {
      const mine = candidates.filter((c) => c.fact === m.fact || (m.fact === 'kubeProxy.version' && c.fact === 'kubernetes.version'));
      if (mine.length)
        m.hint += `; candidates: ${mine
          .slice(0, 3)
          .map((c) => c.message)
          .join('; ')}${mine.length > 3 ? ` (+${mine.length - 3} more)` : ''}`;
    }
  }
}
