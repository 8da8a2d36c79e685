import { isLineTerminator } from './spans.js';

/**
 * Whether text holds template syntax: `{{`, `{%`, a line starting with `%{`, or a `${…}` that ends its
 * line. The same answer as `/\{\{|\{%|^%\{|\$\{[^}]*\}\s*$/m`, found in one pass: that regex scans from
 * every `${` to the next `}` again, quadratic on a line of `${${${…`.
 */
export function hasTemplateMark(text: string): boolean {
  if (text.includes('{{') || text.includes('{%')) return true;
  if (text.startsWith('%{')) return true;
  for (let i = text.indexOf('%{'); i > 0; i = text.indexOf('%{', i + 1)) if (isLineTerminator(text[i - 1])) return true;
  let close = -1;
  for (let i = text.indexOf('${'); i >= 0; i = text.indexOf('${', i + 1)) {
    if (close < i + 2) close = text.indexOf('}', i + 2);
    if (close < 0) return false;
    // `\s*$`: blanks, then the end of a line or of the text.
    let j = close + 1;
    while (j < text.length && !isLineTerminator(text[j]) && /\s/.test(text[j]!)) j++;
    if (j === text.length || isLineTerminator(text[j])) return true;
    // Every `${` before this `}` would meet the same `}`: go on after it.
    i = close;
  }
  return false;
}

/** Lines starting with `---` followed by a blank or the end (YAML document starts), counted up to `max`. */
export function countDocumentStarts(text: string, max: number): number {
  let n = 0;
  for (let i = text.indexOf('---'); i >= 0 && n < max; i = text.indexOf('---', i + 3)) {
    if (i > 0 && text[i - 1] !== '\n') continue;
    const next = text[i + 3];
    if (next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r') n++;
  }
  return n;
}

/**
 * The deepest flow nesting (`[` and `{` not yet closed) of the text, counted up to `max`, ignoring
 * comments. An over-estimate (brackets inside quoted strings count too): only used to refuse text
 * nested far deeper than any config, which the YAML parser reads at about 70 µs a level.
 */
export function flowDepthOver(text: string, max: number): boolean {
  let depth = 0;
  let inComment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inComment) {
      if (c === '\n') inComment = false;
      continue;
    }
    if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\n')) inComment = true;
    else if (c === '[' || c === '{') {
      if (++depth > max) return true;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return false;
}
