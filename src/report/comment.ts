import type { ScanResult } from '../model/finding.js';
import type { Place } from '../model/place.js';
import { code, escapeMarkdown } from './markdown.js';
import { prView } from './pr-view.js';
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

/**
 * The comment while findings exist: the same layout as the summaries (verdict, counts, findings most
 * severe first, details collapsed) without the facts, with a link to the full report.
 */
export function commentBody(result: ScanResult, opts: CommentOptions): string {
  const more = opts.detailsUrl ? `the [full report](${opts.detailsUrl}), the job summary and the SARIF file` : 'the job summary and the SARIF file';
  return prView(result, {
    kind: 'comment',
    failOn: opts.failOn,
    limit: COMMENT_MAX_BYTES,
    name: opts.checkName,
    prefix: `${commentMarker(opts.checkName)}\n`,
    sha: opts.sha,
    ...(opts.link ? { link: opts.link } : {}),
    ...(opts.detailsUrl ? { detailsUrl: opts.detailsUrl } : {}),
    elsewhere: more,
  });
}

/** Replaces the comment once the findings are gone, so the thread does not keep a stale failure. */
export function allClearBody(opts: Pick<CommentOptions, 'checkName' | 'sha'>): string {
  return `${commentMarker(opts.checkName)}\n### ✅ ${escapeMarkdown(opts.checkName)}: all clear\n\nNo findings any more as of ${code(opts.sha.slice(0, 12))}.\n`;
}
