import type { ScanResult } from '../model/finding.js';
import type { Place } from '../model/place.js';
import { activeFindings } from '../policy/verdict.js';
import { assemble } from './budget.js';
import { code, escapeMarkdown, truncateBytes } from './markdown.js';
import { plural } from './plural.js';
import { placeLink, SEVERITY_ICON } from './summary-markdown.js';
import { conclusionOf, countResults, verdictTitle } from './verdict.js';
import type { FailOn } from '../model/gate.js';

/** A PR comment body is at most 65,536 characters; bytes are stricter. */
export const COMMENT_MAX_BYTES = 65_536;

/** The hidden marker that finds our comment again on the next run; one per check name. */
export function commentMarker(checkName: string): string {
  return `<!-- netcompat:comment:${encodeURIComponent(checkName)} -->`;
}

export interface CommentOptions {
  checkName: string;
  failOn: FailOn;
  sha: string;
  /** Where the full report is (the check run or the workflow run), a URL we built. */
  detailsUrl?: string;
  link?: (p: Place) => string | undefined;
}

/** The comment while findings exist: verdict, one row per finding, a link to the full report. */
export function commentBody(result: Pick<ScanResult, 'findings' | 'undetermined'>, opts: CommentOptions): string {
  const c = countResults(result);
  const icon = conclusionOf(result, opts.failOn) === 'failure' ? '❌' : '⚠️';
  const more = opts.detailsUrl ? `[full report](${opts.detailsUrl})` : 'the job summary';
  const head =
    `${commentMarker(opts.checkName)}\n### ${icon} ${escapeMarkdown(opts.checkName)}: ${escapeMarkdown(verdictTitle(result, opts.failOn))}\n\n` +
    `Checked ${code(opts.sha.slice(0, 12))}.${c.undetermined ? ` ${plural(c.undetermined, 'undetermined rule')} (never failing) are listed in ${more}.` : ''}\n\n` +
    '| Severity | Rule | Values | Where |\n|---|---|---|---|\n';
  const rows = activeFindings(result).map(
    (f) => `| ${SEVERITY_ICON[f.severity]} ${f.severity} | ${code(f.ruleId)} | ${escapeMarkdown(truncateBytes(f.message, 1000))} | ${placeLink(f.primary, opts.link)} |\n`,
  );
  const footer = `\nDetails, evidence and fixes: ${more}.\n`;
  return assemble([{ head, rows, tail: '' }, { head: footer, rows: [] }], COMMENT_MAX_BYTES, (n) => `\n✂️ ${n} more not shown here; see ${more}.\n`);
}

/** Replaces the comment once the findings are gone, so the thread does not keep a stale failure. */
export function allClearBody(opts: Pick<CommentOptions, 'checkName' | 'sha'>): string {
  return `${commentMarker(opts.checkName)}\n### ✅ ${escapeMarkdown(opts.checkName)}: all clear\n\nNo findings any more as of ${code(opts.sha.slice(0, 12))}.\n`;
}
