/**
 * Shell-like text (scripts, Makefile recipes, Vagrantfile provisioners, systemd `ExecStart=`, CI `run:`
 * steps) split into commands of words, each word with its 1-based line and column in the text. Read, never
 * run: this is not a shell parser, only enough to find flags, assignments and URLs. Every step is a single
 * pass over the characters (no backtracking patterns over repository text).
 */
export interface Word {
  /** The word with surrounding quotes, parentheses and a trailing `;` or `,` removed. */
  text: string;
  line: number;
  column: number;
  /** Set when `text` is the word with the script's own variables expanded (shell-vars.ts). */
  expansion?: { raw: string; uses: string[]; from?: readonly SourcedUse[] };
}

/** A variable a word used that a sourced file sets (`source common.sh`): where its value is written. */
export interface SourcedUse {
  name: string;
  value: string;
  file: string;
  line: number;
  column: number;
  /** How the value reached the script when it was not by sourcing (`passed by the Vagrantfile's provisioner env`). */
  via?: string;
}

const SEPARATORS = new Set(['|', '||', '&&', ';', '&', 'then', 'do', '{', '}']);
const LEADING = new Set(['"', "'", '(', '`', '[']);
const TRAILING = new Set(['"', "'", ')', ';', ',', '`', ']', '\\']);

/** Strips the quoting characters around a raw word; undefined when nothing is left. */
function clean(raw: string, line: number, column: number): Word | undefined {
  let start = 0;
  let end = raw.length;
  while (start < end && LEADING.has(raw[start] ?? '')) start++;
  while (end > start && TRAILING.has(raw[end - 1] ?? '')) end--;
  if (start >= end) return undefined;
  return { text: raw.slice(start, end), line, column: column + start };
}

/**
 * The commands of a text: a new command at each line not continued by a trailing backslash, and at
 * `|`, `&&`, `;`. `#` at the start of a word starts a comment to the end of the line.
 */
export function shellCommands(text: string): Word[][] {
  const commands: Word[][] = [];
  let current: Word[] = [];
  const flush = (): void => {
    if (current.length > 0) commands.push(current);
    current = [];
  };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    let continued = false;
    let pos = 0;
    while (pos < line.length) {
      while (pos < line.length && (line[pos] === ' ' || line[pos] === '\t' || line[pos] === '\r')) pos++;
      if (pos >= line.length) break;
      const start = pos;
      while (pos < line.length && line[pos] !== ' ' && line[pos] !== '\t' && line[pos] !== '\r') pos++;
      const raw = line.slice(start, pos);
      if (raw.startsWith('#')) break;
      if (raw === '\\' && line.slice(pos).trim() === '') {
        continued = true;
        break;
      }
      if (SEPARATORS.has(raw)) {
        flush();
        continue;
      }
      const word = clean(raw, i + 1, start + 1);
      if (word) current.push(word);
      if (raw.endsWith(';') || raw.endsWith('&&')) flush();
      else if (raw.endsWith('\\') && line.slice(pos).trim() === '') continued = true;
    }
    if (!continued) flush();
  }
  flush();
  return commands;
}

/** The file name of a command word (`/usr/local/bin/kubeadm`, `@kubeadm` in a Makefile recipe → `kubeadm`). */
export function commandName(w: Word): string {
  // systemd `ExecStart=k3s`, `ExecStart=-/usr/local/bin/k3s`.
  const text = w.text.startsWith('Exec') ? w.text.slice(w.text.indexOf('=') + 1) : w.text;
  const base = text.slice(text.lastIndexOf('/') + 1);
  return base.startsWith('@') || base.startsWith('-') ? base.slice(1) : base;
}

/**
 * A `--flag value` / `--flag=value` in the words: the value as a word of its own (column of the value).
 * Returns every occurrence, in order.
 */
export function flagValues(words: readonly Word[], flag: string): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.text === flag) {
      const next = words[i + 1];
      if (next && !next.text.startsWith('--')) out.push(next);
    } else if (w.text.startsWith(`${flag}=`)) {
      const value = wordAfter(w, flag.length + 1);
      if (value) out.push(value);
    }
  }
  return out;
}

/** The rest of a word from `at` on (`KEY="value"`: the value, its opening quote dropped), with its column. */
export function wordAfter(w: Word, at: number): Word | undefined {
  let start = at;
  while (start < w.text.length && LEADING.has(w.text[start] ?? '')) start++;
  return start < w.text.length ? wordPart(w, start, w.text.length) : undefined;
}

/**
 * Characters `start` to `end` of a word as a word of their own, with their column. In a word whose
 * variables were expanded, the part keeps what was written there when the text around it is unchanged;
 * otherwise it stands at the word's column and names the whole written word.
 */
export function wordPart(w: Word, start: number, end: number): Word {
  const text = w.text.slice(start, end);
  const x = w.expansion;
  if (!x) return { text, line: w.line, column: w.column + start };
  const before = w.text.slice(0, start);
  const after = w.text.slice(end);
  // Nothing expanded from the part on: it stands where it is written, counted from the word's end.
  const tail = w.text.slice(start);
  if (x.raw.endsWith(tail)) return { text, line: w.line, column: w.column + x.raw.length - tail.length };
  if (!x.raw.startsWith(before) || !x.raw.endsWith(after) || x.raw.length - after.length < start) return { text, line: w.line, column: w.column, expansion: x };
  const raw = x.raw.slice(start, x.raw.length - after.length);
  return raw === text ? { text, line: w.line, column: w.column + start } : { text, line: w.line, column: w.column + start, expansion: { ...x, raw } };
}

const PREFIXES = new Set(['sudo', 'env', 'exec', 'time', 'nohup', 'command', 'eval', 'run', 'RUN']);
/** Words after which a command starts inside another line: Vagrant `inline: "…"`, `bash -c "…"`. */
const OPENERS = new Set(['inline:', '-c']);

function isAssignment(text: string): boolean {
  const eq = text.indexOf('=');
  // systemd `ExecStart=/usr/local/bin/k3s` names the program; it is no variable.
  if (eq <= 0 || text.startsWith('Exec')) return false;
  for (let i = 0; i < eq; i++) {
    const c = text.charCodeAt(i);
    const ok = c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (i > 0 && c >= 48 && c <= 57);
    if (!ok) return false;
  }
  return true;
}

/**
 * Where the program of a command stands: its first word after `sudo`, `env` and variable assignments, or
 * the word after an `inline:` / `-c` opener. A program name quoted inside `echo "kubeadm init"` is not one.
 */
export function commandIndexes(words: readonly Word[]): number[] {
  const starts: number[] = [];
  const skipFrom = (i: number): number => {
    let j = i;
    while (j < words.length) {
      const t = words[j]!.text;
      if (PREFIXES.has(t) || isAssignment(t) || (j > i && t.startsWith('-') && PREFIXES.has(words[j - 1]!.text))) j++;
      else break;
    }
    return j;
  };
  starts.push(skipFrom(0));
  for (let i = 0; i < words.length - 1; i++) if (OPENERS.has(words[i]!.text)) starts.push(skipFrom(i + 1));
  return starts.filter((i) => i < words.length);
}

/** The index of the program `name` in command position, or -1. */
export function programAt(words: readonly Word[], name: string): number {
  return commandIndexes(words).find((i) => commandName(words[i]!) === name) ?? -1;
}
