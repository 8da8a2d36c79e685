import type { Place } from '../../model/place.js';
import type { HclExpr } from './hcl-file.js';

/**
 * What the two readers of HCL text share (the grammar's tree, src/parse/hcl/parse-hcl.ts, and the plain
 * items read without it, src/parse/hcl/plain-items.ts): places, expressions read from their text, and a
 * heredoc's content, so both give the same values at the same places.
 */

/** Offsets → 1-based line and column (columns count characters, as editors and the YAML places do). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  lineStart(line: number): number {
    return this.starts[line - 1] ?? 0;
  }
  /** The line the last answer was on: readers ask in text order, mostly for the same or the next line. */
  private last = 0;
  at(offset: number): { line: number; column: number } {
    const i = this.index(offset);
    return { line: i + 1, column: offset - this.starts[i]! + 1 };
  }

  /** The place from `start` to `end` in `file`: what `at` gives for both, made as one object. */
  place(file: string, start: number, end: number): Place {
    const s = this.index(start);
    const e = this.index(end);
    const starts = this.starts;
    return { file, line: s + 1, column: start - starts[s]! + 1, endLine: e + 1, endColumn: end - starts[e]! + 1 };
  }

  /** The 0-based line of an offset: the last line start at or before it. */
  private index(offset: number): number {
    const starts = this.starts;
    const last = this.last;
    // The same line or the next one without a search (each step of it costs about as much as this check).
    if (starts[last]! <= offset) {
      if (last + 1 >= starts.length || offset < starts[last + 1]!) return last;
      if (last + 2 >= starts.length || offset < starts[last + 2]!) return (this.last = last + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return (this.last = lo);
  }
}

/**
 * Which top-level blocks to convert with their bodies, by type and labels; the others keep their type,
 * labels and place but an empty body (a provider pin or an unrelated resource cannot change a fact, and
 * converting it costs time and memory in a large monorepo). Default: every block.
 */
export type BlockFilter = (type: string, labels: readonly string[]) => boolean;

/** Offsets `[start, end)` of the text to parse (see joinSpans). */
export interface Span {
  start: number;
  end: number;
}

/** A quoted string with no escape, interpolation or directive; a decimal number; a dotted name. */
const PLAIN_STRING = /^"([^"\\$%\n]*)"$/;
const PLAIN_NUMBER = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*$/;
/** Words the grammar gives a meaning of its own: never read as a plain name. */
export const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if', 'else', 'endif', 'endfor']);

/**
 * The most common expressions read from their text alone, exactly as the tree reads them (a string's
 * `template_literal`, a `numeric_lit`, a `variable_expr` with `get_attr` steps): walking the tree costs
 * calls into WebAssembly for each of the four or five nodes below such an expression. Anything else, or
 * anything with an escape, `${`, `%{`, a comment or a blank inside, is read from the tree.
 */
export function plainExpr(text: string, place: Place): HclExpr | undefined {
  const c = text.charCodeAt(0);
  if (c === 34 /* " */) {
    const m = PLAIN_STRING.exec(text);
    return m ? { kind: 'string', value: m[1]!, place } : undefined;
  }
  if (c >= 48 && c <= 57) return PLAIN_NUMBER.test(text) ? { kind: 'number', raw: text, place } : undefined;
  if (text === 'true' || text === 'false') return { kind: 'bool', value: text === 'true', place };
  if (text === 'null') return { kind: 'null', place };
  if (!PLAIN_NAME.test(text)) return undefined;
  const [root, ...steps] = text.split('.');
  if (KEYWORDS.has(root!)) return undefined;
  return { kind: 'traversal', root: root!, steps, text, place };
}

/**
 * A heredoc from the offsets of its opening marker's end and its closing marker's start (in the file):
 * `content` is the lines between them, with `<<-` indentation (the least of the non-blank lines) removed.
 */
export function heredocExpr(
  text: string,
  lines: LineIndex,
  openEnd: number,
  closeStart: number,
  indented: boolean,
  interpolated: boolean,
  place: Place,
): HclExpr {
  const from = text.indexOf('\n', openEnd) + 1;
  const closeLine = lines.at(closeStart).line;
  const to = lines.lineStart(closeLine);
  const raw = from > 0 && to > from ? text.slice(from, to) : '';
  const rawLines = raw.split('\n');
  if (rawLines[rawLines.length - 1] === '') rawLines.pop();
  const lineStarts: number[] = [];
  let pos = from;
  for (const l of rawLines) {
    lineStarts.push(pos);
    pos += l.length + 1;
  }
  const strip = indented ? Math.min(...rawLines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length), Infinity) : 0;
  const cut = Number.isFinite(strip) ? strip : 0;
  const content = rawLines.map((l) => l.slice(Math.min(cut, l.length - l.trimStart().length))).join('\n') + (rawLines.length ? '\n' : '');
  return { kind: 'heredoc', content, lineStarts, strip: cut, interpolated, place };
}
