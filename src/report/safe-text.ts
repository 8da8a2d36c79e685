/**
 * Repository strings end up on stdout, in the job summary, the check run, the PR comment and workflow
 * annotations. Every one of them is hostile text: a CI runner reads stdout for workflow commands (a line
 * starting with `::`, or `##[cmd]` anywhere), a terminal obeys escape sequences, bidi controls (U+202E)
 * make text read differently from what it is, and markdown turns `[text](url)` into a live link.
 * These helpers keep such text inert; every reporter and the Action use them.
 */

/** Bidi embedding, override and isolate controls, and the marks: text that displays reordered. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** `s` without bidi controls (they are dropped: nothing legitimate in a config needs them shown). */
export function stripBidi(s: string): string {
  return s.replace(BIDI, '');
}

/** `s` on one line with no control character: C0/C1 controls become spaces, bidi controls are dropped. */
export function plainLine(s: string): string {
  return stripBidi(s).replace(CONTROLS, ' ');
}

/** Several lines: like plainLine, but line feeds stay (CR and the Unicode separators become spaces). */
export function plainLines(s: string): string {
  return s
    .split('\n')
    .map((line) => plainLine(line))
    .join('\n');
}

/**
 * One line of terminal text: control characters (newlines, ANSI escapes) and bidi controls shown
 * escaped, as in JSON, so the reader sees that they are there.
 */
export function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * Neutralises workflow commands in rendered text: a line starting with `::` gets a backslash in front,
 * and `##[` becomes `#\#[`. Our own templates never produce either, so only repository text is changed.
 */
export function neutraliseCommands(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^(\s*)::/, '$1\\::').replaceAll('##[', '#\\#['))
    .join('\n');
}

/**
 * The same for JSON documents printed to stdout: `::` can only start a line inside a string, which
 * JSON.stringify never breaks; `##[` is rewritten as `#\u0023[`, which parses to the same string.
 */
export function neutraliseJson(json: string): string {
  return json.replaceAll('##[', '#\\u0023[');
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '|': '&#124;' };

/** For HTML attributes and table cells: one plain line, entities for `& < > " ' |`. */
export function escapeHtml(s: string): string {
  return plainLine(s).replace(/[&<>"'|]/g, (c) => HTML[c] ?? c);
}

/**
 * Plain text inside markdown: one plain line, a backslash before every markdown punctuation character,
 * HTML entities, and a zero-width space after `@` so a value such as `@team` never mentions anyone.
 */
export function escapeMarkdown(s: string): string {
  // Backslashes first: the entities added next contain `#`, which must stay unescaped.
  return escapeHtml(plainLine(s).replace(/[\\`*_{}[\]()#+!~]/g, (c) => `\\${c}`)).replace(/@/g, '@\u200b');
}

/**
 * Inline code for markdown. GitHub still reads markdown inside an HTML `<code>` element (a value
 * `[Fix here](https://…)` would be a live link), so the content is markdown-escaped as well.
 */
export function code(s: string): string {
  return `<code>${escapeMarkdown(s)}</code>`;
}

/**
 * A markdown code span fenced with one backtick more than the longest run inside, padded with a blank
 * when the value starts or ends with a backtick. Inside a code span markdown is inert; `|` is still
 * escaped for tables (GitHub splits cells before it reads spans) and `@` cannot mention.
 */
export function backtickCode(s: string): string {
  const line = plainLine(s);
  let longest = 0;
  let run = 0;
  for (const c of line) {
    run = c === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') || line === '' ? ' ' : '';
  return `${fence}${pad}${line.replace(/\|/g, '\\|').replace(/@/g, '@\u200b')}${pad}${fence}`;
}

/**
 * For workflow-command properties (annotation `file`, `title`): one plain line. `@actions/core` escapes
 * `%`, CR, LF, `:` and `,`, but passes ESC and other controls through to the runner.
 */
export function annotationText(s: string): string {
  return plainLine(s);
}
