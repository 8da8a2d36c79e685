/**
 * makejinja (onedr0p's cluster-template and its many copies) renders `*.yaml.j2` with its own delimiters:
 * `#% if … %#` blocks and `#{ var }#` values. To a YAML parser both are comments, so every branch of a
 * condition would read as plain YAML and a `#{ }#` value as empty: such a file is skipped with the reason,
 * never read as if its branches all applied.
 */
const BLOCK_LINE = /^[ \t]*#%/m;

/** Whether a Jinja file uses comment-like custom delimiters (linear: one search for each marker). */
export function hasCommentDelimiters(text: string): boolean {
  if (BLOCK_LINE.test(text)) return true;
  const open = text.indexOf('#{');
  return open >= 0 && text.indexOf('}#', open + 2) >= 0;
}
