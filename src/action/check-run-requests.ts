import type { Annotation } from '../report/annotations.js';
import { utf8Bytes } from '../report/markdown.js';
import { plainLine, plainLines } from '../report/safe-text.js';
import { CHECK_OUTPUT_MAX_BYTES } from '../report/summary-markdown.js';
import type { Conclusion } from '../policy/verdict.js';
import type { GitHubClient } from './octokit.js';

// The Checks API's request shapes, taken from the typed client (@octokit/plugin-rest-endpoint-methods,
// through @actions/github), so a body that GitHub would reject does not type-check.
type ChecksMethods = GitHubClient['rest']['checks'];
/** `POST /repos/{owner}/{repo}/check-runs`. */
export type CheckRunCreate = NonNullable<Parameters<ChecksMethods['create']>[0]>;
/** `PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}`. */
export type CheckRunUpdate = NonNullable<Parameters<ChecksMethods['update']>[0]>;
/** `Omit` that keeps the named fields of a type with an index signature (Octokit's `RequestParameters`). */
type Without<T, K extends PropertyKey> = { [P in keyof T as P extends K ? never : P]: T[P] };
/** The body without the address: `owner`, `repo` (and the run's id) are added when posting. */
export type CheckRunCreateBody = Without<CheckRunCreate, 'owner' | 'repo'>;
export type CheckRunUpdateBody = Without<CheckRunUpdate, 'owner' | 'repo' | 'check_run_id'>;
/** One annotation object of the Checks API. */
export type CheckAnnotation = NonNullable<NonNullable<CheckRunCreate['output']>['annotations']>[number];

/** Checks API: at most 50 annotations per create/update request; later updates append (docs.github.com/rest/checks/runs). */
export const ANNOTATIONS_PER_REQUEST = 50;

/** A neutral annotation as the Checks API wants it; undefined when there is no file to attach it to. */
export function checkAnnotation(a: Annotation, fallbackPath?: string): CheckAnnotation | undefined {
  const p = a.place;
  if (!p && !fallbackPath) return undefined;
  const line = p?.line ?? 1;
  const endLine = p ? (p.endLine ?? p.line) : 1;
  const out: CheckAnnotation = {
    path: p?.file ?? (fallbackPath as string),
    start_line: line,
    end_line: endLine,
    annotation_level: a.level,
    // Shown as text by GitHub: no controls, no bidi reordering.
    title: plainLine(a.title),
    message: plainLines(p ? a.message : `${a.message}\n(No file in the repository: the values came from the workflow's inputs.)`),
    raw_details: plainLines(a.rawDetails),
  };
  if (p && endLine === line) {
    out.start_column = p.column;
    out.end_column = p.endColumn ?? p.column;
  }
  return out;
}

/** Slices of at most `size`, in order; no item lost or repeated. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface CheckOutput {
  title: string;
  summary: string;
  text: string;
}

/** What the report stage decided, in the Action's terms: the run's name, commit, conclusion, texts and annotations. */
export interface CheckRunPlan {
  name: string;
  headSha: string;
  conclusion: Conclusion;
  output: CheckOutput;
  annotations: readonly CheckAnnotation[];
  startedAt: string;
  completedAt: string;
}

export interface CheckRunRequests {
  create: CheckRunCreateBody;
  /** Each appends up to 50 more annotations; the last one completes the run. */
  updates: CheckRunUpdateBody[];
  /** Annotations carried by create (index 0) and each update (index i + 1). */
  carried: CheckAnnotation[][];
}

/**
 * The request bodies, pure: the run is created already completed, with its conclusion and the first 50
 * annotations; updates only append the rest, 50 at a time. A run is never left in_progress, whatever
 * happens to the updates (the conclusion depends on the findings only).
 */
export function checkRunRequests(plan: CheckRunPlan): CheckRunRequests {
  const slices = batches(plan.annotations, ANNOTATIONS_PER_REQUEST);
  if (slices.length === 0) slices.push([]);
  const output = (annotations: CheckAnnotation[]) => ({ ...plan.output, annotations });
  const first = slices[0] as CheckAnnotation[];
  const create: CheckRunCreateBody = {
    name: plan.name,
    head_sha: plan.headSha,
    started_at: plan.startedAt,
    status: 'completed',
    conclusion: plan.conclusion,
    completed_at: plan.completedAt,
    output: output(first),
  };
  const updates: CheckRunUpdateBody[] = slices.slice(1).map((anns) => ({ output: output(anns) }));
  return { create, updates, carried: slices };
}

/**
 * The closing update after a failed annotation batch: the conclusion still reflects the findings, and
 * the summary starts with what could not be posted (cut at a line boundary to keep the limit).
 */
export function closingUpdate(plan: CheckRunPlan, note: string): CheckRunUpdateBody {
  return {
    status: 'completed',
    conclusion: plan.conclusion,
    completed_at: plan.completedAt,
    output: { title: plan.output.title, summary: prependNote(note, plan.output.summary), annotations: [] },
  };
}

/** The neutral run of a scan that was aborted: it decided nothing. */
export function abortedCheckRun(name: string, headSha: string, summary: string, completedAt: string): CheckRunCreateBody {
  return { name, head_sha: headSha, status: 'completed', conclusion: 'neutral', completed_at: completedAt, output: { title: 'Scan aborted', summary } };
}

function prependNote(note: string, summary: string, limit = CHECK_OUTPUT_MAX_BYTES): string {
  const head = `${note}\n\n`;
  const closer = '\n</details>\n';
  let out = head;
  for (const line of summary.split('\n')) {
    if (utf8Bytes(out) + utf8Bytes(line) + 1 + utf8Bytes(closer) > limit) break;
    out += `${line}\n`;
  }
  const open = (out.match(/<details>/g) ?? []).length - (out.match(/<\/details>/g) ?? []).length;
  return open > 0 ? out + closer : out;
}
