import type { Finding, ScanResult } from '../model/finding.js';
import type { Place } from '../model/place.js';
import { activeFindings, type Conclusion, verdictTitle } from '../policy/verdict.js';
import { batches, type CheckAnnotation } from './annotations.js';
import { assemble, type Block } from './budget.js';
import { evidenceLines } from './evidence.js';
import { escapeMarkdown, truncateChars, utf8Bytes } from './markdown.js';
import { plural } from './plural.js';
import { formatPlace } from '../model/place.js';
import { viewOrder } from './pr-view.js';
import { CHECK_OUTPUT_MAX_BYTES } from './summary-markdown.js';
import type { FailOn } from '../model/gate.js';

/** Checks API: at most 50 annotations per create/update request; later updates append (docs.github.com/rest/checks/runs). */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Checks API `output.title`: kept to 255 characters like an annotation title. */
export const MAX_OUTPUT_TITLE_CHARS = 255;

export function checkTitle(result: Pick<ScanResult, 'findings' | 'undetermined'> & Partial<Pick<ScanResult, 'nothingChecked'>>, failOn: FailOn): string {
  return truncateChars(verdictTitle(result, failOn), MAX_OUTPUT_TITLE_CHARS);
}

/** The place as a markdown link (a blob URL at the scanned commit), or as text. */
function placeLink(p: Place | undefined, link?: (p: Place) => string | undefined): string {
  if (!p) return 'inputs';
  const shown = escapeMarkdown(formatPlace(p));
  const url = link?.(p);
  return url ? `[${shown}](${url})` : shown;
}

function findingSection(f: Finding, link?: (p: Place) => string | undefined): string {
  const chain = evidenceLines(f.evidence).map((l) => {
    const depth = l.length - l.trimStart().length;
    return `${' '.repeat(depth)}- ${escapeMarkdown(l.trimStart())}`;
  });
  const refs = f.references.map((r) => `- <${encodeURI(r).replace(/[<>]/g, '')}>`);
  return [
    `### ${escapeMarkdown(f.ruleId)}: ${escapeMarkdown(f.title)} (${f.severity})`,
    '',
    `${escapeMarkdown(f.message)}. At ${placeLink(f.primary, link)}.`,
    '',
    '**Evidence**',
    '',
    ...chain,
    '',
    `**Fix:** ${escapeMarkdown(f.fix)}`,
    '',
    ...(refs.length ? ['**References**', '', ...refs, ''] : []),
    '',
  ].join('\n');
}

/** `output.text`: each finding's evidence chain and references, most severe first, cut between findings to fit 65,535 bytes. */
export function checkText(result: Pick<ScanResult, 'findings'>, link?: (p: Place) => string | undefined, limit = CHECK_OUTPUT_MAX_BYTES): string {
  const findings = viewOrder(activeFindings(result));
  if (findings.length === 0) return 'No findings.\n';
  const block: Block = { head: '', rows: findings.map((f) => findingSection(f, link)) };
  return assemble(
    [block],
    limit,
    (n) =>
      `\n> [!NOTE]\n> ✂️ Cut to fit GitHub's limit of ${limit.toLocaleString('en-US')} bytes: ${plural(n, 'more finding')} not shown. See the job summary and the SARIF file.\n`,
  );
}

export interface CheckOutput {
  title: string;
  summary: string;
  text: string;
}

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
  create: Record<string, unknown>;
  /** Each appends up to 50 more annotations; the last one completes the run. */
  updates: Array<Record<string, unknown>>;
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
  const output = (anns: CheckAnnotation[]) => ({ ...plan.output, annotations: anns });
  const done = { status: 'completed', conclusion: plan.conclusion, completed_at: plan.completedAt };
  const first = slices[0] as CheckAnnotation[];
  const create: Record<string, unknown> = {
    name: plan.name,
    head_sha: plan.headSha,
    started_at: plan.startedAt,
    ...done,
    output: output(first),
  };
  const updates = slices.slice(1).map((anns) => ({ output: output(anns) }));
  return { create, updates, carried: slices };
}

/**
 * The closing update after a failed annotation batch: the conclusion still reflects the findings, and
 * the summary starts with what could not be posted (cut at a line boundary to keep the limit).
 */
export function closingUpdate(plan: CheckRunPlan, note: string): Record<string, unknown> {
  return {
    status: 'completed',
    conclusion: plan.conclusion,
    completed_at: plan.completedAt,
    output: { title: plan.output.title, summary: prependNote(note, plan.output.summary), annotations: [] },
  };
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
