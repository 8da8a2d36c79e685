import { ESCAPES, unicodeEscape } from '../../parse/hcl/escapes.js';
import type { HclExpr, HclFile } from '../../parse/hcl/hcl-file.js';
import type { LineIndex } from '../../parse/hcl/parse-hcl.js';
import { scalarText, type Hop, type ModuleScope } from './module.js';

/**
 * A string of a `.tf` file as the shell receives it (a `remote-exec` command): escapes undone, each
 * interpolation whose value resolves in the module directory replaced by it (with the places it passed
 * through), any other left as written (`${…}`, a placeholder the shell readers take as unresolved), directives
 * (`%{ if }`) blanked, and every character of the text mapped back to its place in the file.
 */
export interface WrittenText {
  text: string;
  /** A 1-based line and column of `text` → its place in the file. */
  map: (line: number, column: number) => { line: number; column: number };
  /** The places a value substituted at this line and column of `text` passed through (none for written text). */
  via: (line: number, column: number) => Hop[];
  /** Whether this line and column of `text` lies inside a `%{ if }` / `%{ for }` directive: it may not be rendered. */
  conditional: (line: number, column: number) => boolean;
}

/** The text of a quoted string, template or heredoc expression; undefined for anything else. */
export function writtenText(scope: ModuleScope, file: HclFile, expr: HclExpr, lines: LineIndex): WrittenText | undefined {
  if (expr.kind === 'heredoc') {
    const outer = lines;
    return {
      text: blankDirectives(expr.content),
      map: (line, column) => {
        const start = expr.lineStarts[line - 1];
        return start === undefined ? { line: expr.place.line, column: expr.place.column } : outer.at(start + expr.strip + column - 1);
      },
      via: () => [],
      conditional: inDirective(expr.content),
    };
  }
  if (expr.kind !== 'string' && expr.kind !== 'template') return undefined;
  const open = lines.lineStart(expr.place.line) + expr.place.column - 1;
  if (file.text[open] !== '"') return undefined;
  let out = '';
  const src: number[] = [];
  const substituted: { start: number; end: number; via: Hop[] }[] = [];
  const t = file.text;
  let i = open + 1;
  while (i < t.length && t[i] !== '"' && t[i] !== '\n') {
    const c = t[i]!;
    const hex = c === '\\' ? unicodeEscape(t, i) : undefined;
    if (hex) {
      // `\u00e9`, `\U0001F600`: one character (two UTF-16 units above U+FFFF), each placed at the backslash.
      out += hex.char;
      for (let k = 0; k < hex.char.length; k++) src.push(i);
      i += hex.length;
    } else if (c === '\\' && i + 1 < t.length) {
      out += ESCAPES[t[i + 1]!] ?? t[i + 1]!;
      src.push(i);
      i += 2;
    } else if ((c === '$' || c === '%') && t[i + 1] === c && t[i + 2] === '{') {
      // `$${` and `%%{` are a literal `${` / `%{`.
      out += `${c}{`;
      src.push(i, i + 2);
      i += 3;
    } else if ((c === '$' || c === '%') && t[i + 1] === '{') {
      const end = closing(t, i + 2);
      if (end < 0) return undefined;
      // Only a plain reference is substituted (`${var.v}`, `${local.m["k"]}`); directives and anything else stay as written.
      const ref = c === '$' ? reference(t.slice(i + 2, end), lines.at(i + 2), file.path) : undefined;
      const r = ref ? scope.resolve(ref) : undefined;
      const value = r?.known ? scalarText(r.expr) : undefined;
      const shown = value ?? t.slice(i, end + 1);
      if (value !== undefined && r) substituted.push({ start: out.length, end: out.length + value.length, via: r.via });
      for (let k = 0; k < shown.length; k++) src.push(value !== undefined ? i : i + k);
      out += shown;
      i = end + 1;
    } else {
      out += c;
      src.push(i);
      i++;
    }
  }
  // The closing quote: where a fact ending with the text ends.
  src.push(i);
  const starts = lineOffsets(out);
  const offset = (line: number, column: number) => (starts[line - 1] ?? 0) + column - 1;
  return {
    text: blankDirectives(out),
    map: (line, column) => lines.at(src[Math.min(offset(line, column), src.length - 1)] ?? open),
    via: (line, column) => {
      const o = offset(line, column);
      return substituted.find((x) => x.start <= o && o < x.end)?.via ?? [];
    },
    conditional: inDirective(out),
  };
}

const DIRECTIVE = /%\{~?\s*(if|for|endif|endfor)\b[^}]*\}/g;

/** Directives (`%{ if … }`, `%{ else }`) as spaces, so the commands around them read as written and stay in place. */
function blankDirectives(text: string): string {
  return text.replace(/%\{[^}]*\}/g, (m) => ' '.repeat(m.length));
}

/** Which parts of a text lie between a `%{ if }` / `%{ for }` and its end, by 1-based line and column. */
function inDirective(text: string): (line: number, column: number) => boolean {
  const ranges: [number, number][] = [];
  let depth = 0;
  let start = 0;
  for (const m of text.matchAll(DIRECTIVE)) {
    const opens = m[1] === 'if' || m[1] === 'for';
    if (opens && depth++ === 0) start = m.index;
    else if (!opens && depth > 0 && --depth === 0) ranges.push([start, m.index + m[0].length]);
  }
  if (depth > 0) ranges.push([start, text.length]);
  const starts = lineOffsets(text);
  return (line, column) => {
    const o = (starts[line - 1] ?? 0) + column - 1;
    return ranges.some(([a, b]) => a <= o && o < b);
  };
}

/** The offset of the `}` closing an interpolation whose body starts at `from`; -1 when none. */
function closing(t: string, from: number): number {
  let depth = 0;
  for (let i = from; i < t.length; i++) {
    const c = t[i];
    if (c === '"') {
      for (i++; i < t.length && t[i] !== '"'; i++) if (t[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (c === '\n') return -1;
  }
  return -1;
}

function lineOffsets(s: string): number[] {
  const out = [0];
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

const REF = /^\s*(var|local)((?:\.[A-Za-z_][\w-]*|\[\d+\]|\["[^"\\]*"\])+)\s*$/;
const STEP = /\.([A-Za-z_][\w-]*)|\[(\d+)\]|\["([^"\\]*)"\]/g;

/** `var.x`, `local.a.b`, `local.m["k"][0]` as a traversal to resolve; undefined for anything else. */
function reference(text: string, at: { line: number; column: number }, file: string): HclExpr | undefined {
  const m = REF.exec(text);
  if (!m) return undefined;
  const steps: (string | number)[] = [...m[2]!.matchAll(STEP)].map((x) => x[1] ?? (x[2] !== undefined ? Number(x[2]) : x[3]!));
  return { kind: 'traversal', root: m[1]!, steps, text: text.trim(), place: { file, line: at.line, column: at.column } };
}
