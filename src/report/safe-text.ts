/**
 * Repository strings end up on stdout, and a CI runner reads stdout for workflow commands: a line that
 * starts (after blanks) with `::` is a command (`::error::`, `::add-mask::`), and the legacy `##[cmd]`
 * form is honoured anywhere on a line. These helpers keep such text inert.
 */

/** One line of display text: control characters (newlines, ANSI escapes) shown escaped, as in JSON. */
export function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
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
