import type { Finding, ScanResult } from '../model/finding.js';
import type { Place } from '../model/place.js';
import { activeFindings, verdictTitle } from '../policy/verdict.js';
import { assemble, type Block } from './budget.js';
import { evidenceLines } from './evidence.js';
import { escapeMarkdown, truncateChars } from './markdown.js';
import { groupDigits, plural } from './plural.js';
import { formatPlace } from '../model/place.js';
import { viewOrder } from './pr-view.js';
import { CHECK_OUTPUT_MAX_BYTES } from './summary-markdown.js';
import type { FailOn } from '../model/gate.js';

// The check run's texts (title and per-finding details), as neutral markdown; src/action/check-run-requests.ts
// turns them into Checks API requests.

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
      `\n> [!NOTE]\n> ✂️ Cut to fit GitHub's limit of ${groupDigits(limit)} bytes: ${plural(n, 'more finding')} not shown. See the job summary and the SARIF file.\n`,
  );
}
