import type { FailOn } from '../model/gate.js';
import type { ScanResult } from '../model/finding.js';
import type { Place } from '../model/place.js';
import { prView, type ViewKind } from './pr-view.js';

/** Checks API `output.summary` / `output.text`: at most 65,535 characters; counted here in bytes, which is stricter. */
export const CHECK_OUTPUT_MAX_BYTES = 65_535;
/** The job summary of one step is at most 1 MiB; a bigger one is rejected ("upload aborted"). */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024;

export { quietSkips } from './pr-view.js';
export { SEVERITY_ICON } from './pr-lines.js';

export interface SummaryOptions {
  failOn: FailOn;
  /** Byte budget of the whole text. */
  limit: number;
  /** The job summary (default) or the check run's summary. */
  kind?: Exclude<ViewKind, 'comment'>;
  /** Markdown written by netcompat itself (never repository text): PR-head warning, where annotations went. */
  notes?: readonly string[];
  /** Link for a place (a blob URL at the scanned commit); plain text when absent. */
  link?: (p: Place) => string | undefined;
  /** Where the results cut for size can be read, for the cut note. */
  elsewhere?: string;
}

/**
 * The markdown report of the job summary and the check run's `output.summary` (see prView): verdict,
 * counts, findings most severe first with their details collapsed, undetermined rules, facts last.
 */
export function summaryMarkdown(result: ScanResult, opts: SummaryOptions): string {
  return prView(result, {
    kind: opts.kind ?? 'summary',
    failOn: opts.failOn,
    limit: opts.limit,
    ...(opts.notes ? { notes: opts.notes } : {}),
    ...(opts.link ? { link: opts.link } : {}),
    elsewhere: opts.elsewhere ?? 'the SARIF file and the JSON report (`json-file`)',
  });
}
