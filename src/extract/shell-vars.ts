import type { SourcedUse, Word } from './shell-words.js';

/**
 * Shell and make variables a script sets to one literal value (`K8S_VERSION="1.32.0-1.1"`,
 * `CALICO_VERSION ?= v3.26.1`), and the words that use them expanded with that value: read, never run.
 * A variable given two different values, or any value that is not a plain literal, is not expanded: the
 * word stays a placeholder and its fact unresolved, never a guess.
 */
export interface Assignment {
  value: string;
  line: number;
  /** Column of the value (1-based). */
  column: number;
  /** Set when the assignment is in another file, one the script sources (shell-sources.ts). */
  file?: string;
  /** How the value reached the script when it was not by sourcing (SourcedUse.via). */
  via?: string;
  /** Set when the value is the default of `V=${V:-value}`: how that is written. */
  dflt?: string;
}

/** `${NAME:-value}` / `${NAME-value}` / `${NAME:=value}` of the variable being set, and where its value starts. */
function selfDefault(name: string, value: string): { value: string; offset: number } | undefined {
  const m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-=])([^}$`]*)\}$/.exec(value);
  if (!m || m[1] !== name || !m[3]) return undefined;
  return { value: m[3], offset: 2 + name.length + m[2]!.length };
}

const DECLARERS = new Set(['export', 'readonly', 'local', 'declare', 'typeset']);
const MAKE_OPERATORS = new Set(['=', ':=', '?=', '::=']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A literal worth expanding: no quoting, substitution or glob characters left in it. */
const LITERAL = /^[A-Za-z0-9_.+:/@%-]+$/;

/** Every variable of the commands that is set to exactly one literal value. */
export function shellVariables(commands: readonly Word[][]): Map<string, Assignment> {
  return literalVariables(variableTable(commands));
}

/** The variables of a table (variableTable) set to one literal value. */
export function literalVariables(table: ReadonlyMap<string, Assignment | null>): Map<string, Assignment> {
  const out = new Map<string, Assignment>();
  for (const [name, a] of table) if (a) out.set(name, a);
  return out;
}

/** Every variable the commands set: its one literal value, or null when it is set to several or to a non-literal. */
export function variableTable(commands: readonly Word[][]): Map<string, Assignment | null> {
  const seen = new Map<string, Assignment | null>();
  const pending: { name: string; value: string }[] = [];
  const record = (name: string, value: string | undefined, line: number, column: number, dflt?: string): void => {
    const literal = value !== undefined && value.length <= 256 && LITERAL.test(value) ? value : undefined;
    const before = seen.get(name);
    if (literal === undefined || before === null || (before && before.value !== literal)) seen.set(name, null);
    else if (!before) seen.set(name, { value: literal, line, column, ...(dflt ? { dflt } : {}) });
  };
  for (const words of commands) {
    let i = 0;
    while (i < words.length && DECLARERS.has(words[i]!.text)) i++;
    // `NAME ?= value` (make): the name, the operator and the value as three words.
    const op = words[i + 1]?.text;
    if (op !== undefined && MAKE_OPERATORS.has(op) && NAME.test(words[i]!.text)) {
      const v = words.length === i + 3 ? words[i + 2] : undefined;
      record(words[i]!.text, v?.text, words[i]!.line, v?.column ?? words[i]!.column);
      continue;
    }
    // `A=1 B=2 cmd`: assignments before the program. One later in the command (`else A=2`, `echo A=2`)
    // cannot set a variable here, but a different value there makes it ambiguous.
    let leading = true;
    for (; i < words.length; i++) {
      const w = words[i]!;
      const eq = w.text.indexOf('=');
      if (eq <= 0 || !NAME.test(w.text.slice(0, eq))) {
        leading = false;
        continue;
      }
      // A quoted literal loses its quotes; `$(…)`, backquotes and arrays are commands, not values.
      const raw = w.text.slice(eq + 1);
      const quoted = /^["']/.test(raw);
      const value = quoted ? raw.slice(1) : raw;
      const name = w.text.slice(0, eq);
      // `V=${V:-2.29.1}`: the script's default for a variable the environment may set, read as that default.
      const own = selfDefault(name, quoted ? value.replace(/["']$/, '') : value);
      const at = w.column + eq + 1 + (quoted ? 1 : 0);
      if (leading && own) record(name, own.value, w.line, at + own.offset, `the default of ${value.replace(/["']$/, '')}`);
      else if (leading) record(name, value, w.line, at);
      else if (seen.has(name) && seen.get(name)?.value !== value) seen.set(name, null);
      else if (!seen.has(name)) pending.push({ name, value });
    }
  }
  // A variable set only inside commands (`else V=1.27.3`) is ambiguous only if it is also set elsewhere.
  for (const p of pending) if (seen.has(p.name) && seen.get(p.name)?.value !== p.value) seen.set(p.name, null);
  return seen;
}

/** A shell glob (`-*`, `v`, `.*`) as an anchored regular expression over one side of a value. */
function globSource(glob: string): string | undefined {
  if (glob.length > 32 || /[[\]\\{}]/.test(glob)) return undefined;
  return glob
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^$()|]/g, '\\$&')))
    .join('');
}

/**
 * `${NAME%glob}` and the other trims: `%` the shortest matching suffix removed, `%%` the longest, `#` the
 * shortest matching prefix, `##` the longest.
 */
function trim(value: string, op: string, glob: string): string | undefined {
  const src = globSource(glob);
  if (src === undefined) return undefined;
  const re = new RegExp(`^(?:${src})$`);
  const n = value.length;
  switch (op) {
    case '%':
      for (let i = n; i >= 0; i--) if (re.test(value.slice(i))) return value.slice(0, i);
      return value;
    case '%%':
      for (let i = 0; i <= n; i++) if (re.test(value.slice(i))) return value.slice(0, i);
      return value;
    case '#':
      for (let i = 0; i <= n; i++) if (re.test(value.slice(0, i))) return value.slice(i);
      return value;
    case '##':
      for (let i = n; i >= 0; i--) if (re.test(value.slice(0, i))) return value.slice(i);
      return value;
    default:
      return undefined;
  }
}

/** One `$NAME`, `${NAME}`, `${NAME%glob}`, `$(NAME)` (make) reference expanded, or undefined. */
function reference(ref: string, vars: ReadonlyMap<string, Assignment>, used: Set<string>): string | undefined {
  const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(%%|%|##|#|:-|-)([^}]*))?\}|\(([A-Za-z_][A-Za-z0-9_]*)\)?|([A-Za-z_][A-Za-z0-9_]*))$/.exec(ref);
  if (!m) return undefined;
  const name = m[1] ?? m[4] ?? m[5]!;
  const a = vars.get(name);
  if (!a) return undefined;
  used.add(name);
  const op = m[2];
  if (op === undefined || op === ':-' || op === '-') return a.value;
  return trim(a.value, op, m[3] ?? '');
}

// `$(NAME` at the end of a word: the word splitter strips a closing parenthesis there.
const REFERENCE = /\$(?:\{[^}]*\}|\([A-Za-z_][A-Za-z0-9_]*(?:\)|$)|[A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * The word with every variable reference replaced by its value. The word is returned unchanged when it
 * holds none, or when one of them cannot be expanded (an unknown variable, a trim this does not read).
 * `show`: how the note names a sourced file (under the front end's place base).
 */
export function expandWord(w: Word, vars: ReadonlyMap<string, Assignment>, show: (path: string) => string = (p) => p): Word {
  if (vars.size === 0 || !w.text.includes('$') || w.text.length > 1024) return w;
  const used = new Set<string>();
  let failed = false;
  const text = w.text.replace(REFERENCE, (ref) => {
    const v = reference(ref, vars, used);
    if (v === undefined) failed = true;
    return v ?? ref;
  });
  if (failed || used.size === 0) return w;
  const uses = [...used].map((n) => {
    const a = vars.get(n)!;
    return `${n}=${a.value} (${a.dflt ? `${a.dflt}, ` : ''}${a.file ? `${show(a.file)}:${a.line}` : `line ${a.line}`})`;
  });
  const from: SourcedUse[] = [...used].flatMap((n) => {
    const a = vars.get(n)!;
    return a.file ? [{ name: n, value: a.value, file: a.file, line: a.line, column: a.column, ...(a.via ? { via: a.via } : {}) }] : [];
  });
  return { ...w, text, expansion: { raw: w.text, uses, ...(from.length ? { from } : {}) } };
}
