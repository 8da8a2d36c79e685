import { posix } from 'node:path';
import { variableTable, type Assignment } from './shell-vars.js';
import { commandIndexes, commandName, shellCommands, type Word } from './shell-words.js';

/**
 * `source common.sh` / `. ./lib/vars.sh`: the variables a script gets from the files it sources, read as
 * text and never run, so that `--kubernetes-version=${K8S_VERSION}` in the script reads the value the
 * sourced file sets. Only literal paths are followed: relative to the script's folder (`common.sh`,
 * `./common.sh`, `../lib/x.sh`, `"$(dirname "$0")/x.sh"`), and Vagrant's synced folder (`/vagrant/x.sh`
 * is `x.sh` beside the nearest Vagrantfile above the script). A file sourced again (a cycle), missing,
 * outside the scanned directory or past the depth bound gives nothing: its variables stay unresolved.
 */

/** A repository file's text by its repository-relative POSIX path, read inside the scanned root. */
export type ReadText = (path: string) => { text: string } | { reason: string };

/** How deep sourced files may nest, and how many one script may pull in: install scripts need two or three. */
const MAX_DEPTH = 4;
const MAX_FILES = 16;

const LITERAL_PATH = /^[\w./@+-]+$/;
const DIRNAME_FORM = /^\$\(dirname\s+"?\$(?:0|\{0\}|\{BASH_SOURCE(?:\[0\])?\}|BASH_SOURCE)"?\)\/([\w./@+-]+)$/;

/** The path a `source` / `.` command names, as written (relative), or `/vagrant/…`; undefined when not literal. */
export function sourcedPath(words: readonly Word[]): string | undefined {
  for (const i of commandIndexes(words)) {
    const name = commandName(words[i]!);
    if (words[i]!.text !== name || (name !== 'source' && name !== '.')) continue;
    const args = words.slice(i + 1);
    const first = args[0]?.text;
    if (first === undefined) return undefined;
    if (args.length === 1 && LITERAL_PATH.test(first)) return first;
    return DIRNAME_FORM.exec(args.map((w) => w.text).join(' '))?.[1];
  }
  return undefined;
}

/** The repository path a sourced path names from `script`, or undefined. */
function resolveSourced(script: string, written: string, read: ReadText): string | undefined {
  const dir = posix.dirname(script);
  if (written.startsWith('/vagrant/')) {
    // Vagrant mounts the folder holding the Vagrantfile at /vagrant.
    for (let d = dir; ; d = posix.dirname(d)) {
      const base = d === '.' ? '' : `${d}/`;
      if ('text' in read(`${base}Vagrantfile`)) return posix.normalize(`${base}${written.slice('/vagrant/'.length)}`);
      if (d === '.' || d === '/' || d === '') return undefined;
    }
  }
  if (written.startsWith('/')) return undefined;
  const p = posix.normalize(posix.join(dir, written));
  return p.startsWith('../') || p === '..' ? undefined : p;
}

/**
 * The variables of the files `script` sources (and those they source), each set to one literal value and
 * marked with its file; null for a variable two of them set differently.
 */
export function sourcedVariables(script: string, commands: readonly Word[][], read: ReadText): Map<string, Assignment | null> {
  const out = new Map<string, Assignment | null>();
  const seen = new Set<string>([script]);
  const visit = (path: string, cmds: readonly Word[][], depth: number): void => {
    for (const words of cmds) {
      const written = sourcedPath(words);
      if (written === undefined || depth >= MAX_DEPTH || seen.size >= MAX_FILES) continue;
      const target = resolveSourced(path, written, read);
      if (target === undefined || seen.has(target)) continue;
      seen.add(target);
      const got = read(target);
      if (!('text' in got)) continue;
      const inner = shellCommands(got.text);
      for (const [name, a] of variableTable(inner)) merge(out, name, a ? { ...a, file: target } : null);
      visit(target, inner, depth + 1);
    }
  };
  visit(script, commands, 0);
  return out;
}

function merge(into: Map<string, Assignment | null>, name: string, a: Assignment | null): void {
  const before = into.get(name);
  if (before === undefined) into.set(name, a);
  else if (before !== null && (a === null || a.value !== before.value)) into.set(name, null);
}

/**
 * The script's own variables with those of the files it sources: one set in both to different values, or
 * ambiguous in either, is not expanded; the script's own assignment is preferred when both agree.
 */
export function withSourced(own: ReadonlyMap<string, Assignment | null>, sourced: ReadonlyMap<string, Assignment | null>): Map<string, Assignment> {
  const out = new Map<string, Assignment>();
  for (const [name, a] of own) if (a && (!sourced.has(name) || sourced.get(name)?.value === a.value)) out.set(name, a);
  for (const [name, a] of sourced) if (a && !own.has(name)) out.set(name, a);
  return out;
}
