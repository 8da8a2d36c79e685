import { conflictDiagnostics, findConflicts, type Conflict, type PlaceText } from '../context/conflicts.js';
import { basedPlaceText } from '../model/place-base.js';
import type { ClusterContext } from '../context/types.js';
import type { Evaluation } from '../evaluate/evaluate.js';
import type { Candidate } from '../model/candidate.js';
import type { Diagnostic, Finding, NotApplicable, Undetermined } from '../model/finding.js';
import { applyBaseline, type Baseline } from './baseline.js';
import { applyChangedFiles } from './changed-files.js';
import { ConflictNotes } from './conflict-notes.js';
import { ClusterMerger } from './merge-clusters.js';
import { markSuppressed, suppressionDiagnostics, type SuppressionInput } from './suppress.js';

export interface PolicyInput extends SuppressionInput {
  baseline?: Baseline;
  /** PR-scoped gating: root-relative paths of the changed files. */
  changedFiles?: ReadonlySet<string>;
  /** From the read stage: versions found in YAML nothing understood, shown with what they might decide. */
  candidates: readonly Candidate[];
  /**
   * The base the front end puts places under (`ScanOptions.placeBase`): conflict warnings and notes name
   * places in their text, which no later rebase reaches, so they are written under it here.
   */
  placeBase?: string;
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
  const judge = new PolicyJudge(contexts, input);
  judge.add(evaluation);
  return judge.judged();
}

/**
 * The policy stage fed one batch of results at a time (a cluster's, as the evaluation makes them): each
 * batch is marked and merged into the results so far, so no cluster's copies outlive its batch.
 */
export class PolicyJudge {
  private readonly findings = new ClusterMerger<Finding>();
  private readonly undetermined = new ClusterMerger<Undetermined>();
  private readonly notApplicable: NotApplicable[] = [];
  private readonly evaluationDiagnostics: Diagnostic[] = [];
  private readonly conflicts: Conflict[];
  private readonly notes: ConflictNotes;
  private readonly show: PlaceText | undefined;

  constructor(
    private readonly contexts: readonly ClusterContext[],
    private readonly input: PolicyInput,
  ) {
    this.conflicts = findConflicts(contexts);
    this.show = input.placeBase ? basedPlaceText(input.placeBase) : undefined;
    this.notes = new ConflictNotes(this.conflicts, this.show);
  }

  add(batch: Evaluation): void {
    markSuppressed(batch.findings, this.input);
    if (this.input.baseline) applyBaseline(batch.findings, this.input.baseline);
    if (this.input.changedFiles) applyChangedFiles(batch.findings, this.input.changedFiles);
    attachCandidates(batch.undetermined, this.input.candidates);
    this.notes.note([...batch.findings, ...batch.undetermined]);
    for (const f of batch.findings) this.findings.add(f);
    for (const u of batch.undetermined) this.undetermined.add(u);
    this.notApplicable.push(...batch.notApplicable);
    this.evaluationDiagnostics.push(...batch.diagnostics);
  }

  judged(): Judged {
    return {
      findings: this.findings.results(),
      undetermined: this.undetermined.results(),
      notApplicable: this.notApplicable,
      diagnostics: [
        ...suppressionDiagnostics(this.input),
        ...conflictDiagnostics(this.conflicts, this.contexts.length > 1, this.show),
        ...this.evaluationDiagnostics,
      ],
    };
  }
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
