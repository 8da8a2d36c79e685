import { posix } from 'node:path';
import type { Fact, FactDecode, FactName, FactOrigin } from '../model/fact.js';
import type { Place } from '../model/place.js';
import type { SourcedUse, Word } from './shell-words.js';
import { envDefault, isPlaceholder } from './values.js';

/** A fact found in text, placed by line and column in that text; `toFact` places it in a file. */
export interface TextFact {
  name: FactName;
  value: string;
  raw?: string;
  line: number;
  column: number;
  length: number;
  note?: string;
  origin?: FactOrigin;
  unresolved?: boolean;
  key?: string;
  candidates?: string[];
  /** Written value still to be decoded in the context stage (see `Fact.decode`). */
  decode?: FactDecode;
  /** Variables set in a sourced file that the value used: their places become the fact's `derivedFrom`. */
  from?: readonly SourcedUse[];
  /**
   * The fact replaces facts of the same name in the files the text names (`kind create cluster --config F
   * --image X`: X is every node's image of F's cluster), as written; `toFacts` makes them Fact.overrides targets.
   */
  overrides?: { by: string; paths: readonly string[] };
}

/** A variable, command substitution or workflow expression that stands for a folder (`$(dirname "$0")/`, `${ROOT}/`, `$PWD/`, `${{ github.workspace }}/`). */
const FOLDER_PREFIX = /^(?:\$\{\{[^}]*\}\}|\$\([^)]*\)|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*)\//;

/**
 * The repository files a path written in a script may be: relative to the repository root (where CI runs
 * commands) or to the script's own folder (a Makefile, `cd "$(dirname "$0")"`); `-` (standard input) is the
 * script itself. A leading variable is taken for either folder; a path outside the root, or absolute, is none.
 */
export function namedFiles(file: string, written: string): string[] {
  const text = written.replace(/^["']|["']$/g, '');
  if (text === '-') return [file];
  const rest = text.replace(FOLDER_PREFIX, '');
  if (rest.startsWith('/') || rest === '' || rest.includes('$')) return [];
  const out = new Set<string>();
  for (const p of [posix.normalize(rest), posix.normalize(posix.join(posix.dirname(file), rest))]) {
    if (p !== '..' && !p.startsWith('../') && p !== '.') out.add(p);
  }
  return [...out];
}

export interface TextFactOptions {
  note?: string;
  origin?: FactOrigin;
  key?: string;
}

/** A fact at a word, its value given. */
export function textFactAt(w: Word, name: FactName, value: string, opts: TextFactOptions = {}): TextFact {
  const written = w.expansion?.raw ?? w.text;
  const from = w.expansion?.from;
  const uses = w.expansion ? `${w.expansion.uses.join(', ')}${from ? '' : ' in the same file'}` : undefined;
  const note = [opts.note, uses].filter(Boolean).join('; ');
  return {
    name,
    value,
    line: w.line,
    column: w.column,
    length: written.length,
    ...(written !== value ? { raw: written } : {}),
    ...strip({ ...opts, ...(note ? { note } : {}) }),
    ...(from ? { from } : {}),
  };
}

/**
 * A fact from a word's text that may be a placeholder: `${VAR:-d}` gives the default (labelled), `$VAR` and
 * other placeholders give an unresolved fact, text `normalize` rejects gives nothing.
 */
export function textFactFromWord(w: Word, name: FactName, normalize: (s: string) => string | undefined, opts: TextFactOptions = {}): TextFact | undefined {
  const dflt = envDefault(w.text);
  if (dflt === undefined && isPlaceholder(w.text)) return { ...textFactAt(w, name, w.text, opts), unresolved: true };
  const value = normalize(dflt ?? w.text);
  if (value === undefined) return undefined;
  const note = dflt === undefined ? opts.note : [opts.note, `default of ${w.text}`].filter(Boolean).join('; ');
  return textFactAt(w, name, value, { ...opts, ...(note ? { note } : {}) });
}

function strip(opts: TextFactOptions): Partial<TextFact> {
  const out: Partial<TextFact> = {};
  if (opts.note) out.note = opts.note;
  if (opts.origin && opts.origin !== 'repository') out.origin = opts.origin;
  if (opts.key) out.key = opts.key;
  return out;
}

/**
 * Places text facts in a file. `map` turns a line and column of the text into a place in the file (a
 * YAML block scalar's lines sit indented below its key); without it the text is the file. `show`: how a
 * note names files (TextHelpers.showPath).
 */
export function toFacts(
  source: string,
  file: string,
  hits: readonly TextFact[],
  map?: (line: number, column: number) => { line: number; column: number },
  show: (path: string) => string = (p) => p,
): Fact[] {
  return hits.map((h) => {
    const at = map ? map(h.line, h.column) : { line: h.line, column: h.column };
    const end = map ? map(h.line, h.column + h.length) : { line: h.line, column: h.column + h.length };
    const place: Place = { file, line: at.line, column: at.column, endLine: end.line, endColumn: end.column };
    const f: Fact = { name: h.name, value: h.value, origin: h.origin ?? 'repository', place, source };
    if (h.raw !== undefined && h.raw !== h.value) f.raw = h.raw;
    if (h.unresolved) f.unresolved = true;
    if (h.candidates) f.candidates = h.candidates;
    if (h.note) f.note = h.note;
    if (h.key) f.key = h.key;
    if (h.decode) f.decode = h.decode;
    if (h.overrides) {
      const targets = h.overrides.paths.flatMap((p) => namedFiles(file, p));
      if (targets.length > 0) f.overrides = { by: h.overrides.by, targets };
    }
    if (h.from) {
      // The places the value came from in files the script sources, as Terraform's `var.` hops are kept.
      f.derivedFrom = h.from.map((u) => ({
        name: h.name,
        value: h.value,
        origin: 'repository' as const,
        place: { file: u.file, line: u.line, column: u.column, endLine: u.line, endColumn: u.column + u.value.length },
        source,
        note: u.via ? `${u.name}=${u.value}, ${u.via}` : `${u.name}=${u.value}, set in ${show(u.file)}, which ${show(file)} sources`,
      }));
    }
    return f;
  });
}

/**
 * A fact written inside a template condition or loop (or beside template output): present, but it may not
 * render, so its value is not certain. `conditional` says why for a line, or undefined.
 */
export function insideTemplateCondition(f: Fact, conditional: ((line: number) => string | undefined) | undefined): Fact {
  const why = f.place ? conditional?.(f.place.line) : undefined;
  if (!why) return f;
  return { ...f, unresolved: true, note: [f.note, why].filter(Boolean).join('; ') };
}
