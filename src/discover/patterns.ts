import { isAbsolute, relative, resolve, sep } from 'node:path';
import { Minimatch } from 'minimatch';

/**
 * Include and exclude globs compiled once for the walker. `**\/NAME` patterns (every default) become one
 * regular expression on the base name, so the common case costs no minimatch call per file; any other
 * pattern is matched by minimatch against the repository-relative path. Dot files and folders match.
 */
export interface IncludeTest {
  (path: string, base: string): boolean;
}

const MM = { dot: true } as const;
const BASENAME_ONLY = /^\*\*\/([^/]+)$/;
const PRUNE_NAME = /^\*\*\/([^/*?[\]{}!+@()]+)\/\*\*$/;

/** Literal characters and `*` only: the shapes of every default include (`*.yaml`, `hosts.*`, `inventory`). */
const STARS_ONLY = /^[^*?[\]{}!+@()\\]*(\*[^*?[\]{}!+@()\\]*)*$/;

/** A base-name glob of literals and `*` as a regular expression source (`*` matches dots too: dot files count). */
function starsToRegExp(glob: string): string {
  return glob
    .split('*')
    .map((part) => part.replace(/[.^$|+?()[\]{}\\/]/g, '\\$&'))
    .join('[^/]*');
}

function anyOf(patterns: readonly Minimatch[]): (path: string) => boolean {
  return (path) => patterns.some((m) => m.match(path));
}

/**
 * A pattern as a path relative to the root, or undefined when it points outside (`../x`, `/etc/**`):
 * the walk never leaves the root, so such a pattern matches nothing.
 */
function insideRoot(root: string, pattern: string): string | undefined {
  let p = pattern.replace(/^(\.\/)+/, '');
  if (isAbsolute(p) || p.split('/').includes('..')) {
    const rel = relative(root, resolve(root, p));
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
    p = rel.split(sep).join('/');
  }
  return p;
}

export function compileInclude(patterns: readonly string[], root: string): IncludeTest {
  const names: string[] = [];
  const baseGlobs: Minimatch[] = [];
  const paths: Minimatch[] = [];
  for (const raw of patterns) {
    const p = insideRoot(root, raw);
    if (p === undefined) continue;
    const base = BASENAME_ONLY.exec(p)?.[1];
    if (base !== undefined && STARS_ONLY.test(base)) names.push(starsToRegExp(base));
    else if (base !== undefined) baseGlobs.push(new Minimatch(base, MM));
    else paths.push(new Minimatch(p, MM));
  }
  const name = names.length ? new RegExp(`^(?:${names.join('|')})$`) : undefined;
  const baseGlob = anyOf(baseGlobs);
  const path = anyOf(paths);
  return (rel, base) => (name !== undefined && name.test(base)) || (baseGlobs.length > 0 && baseGlob(base)) || (paths.length > 0 && path(rel));
}

/** Excludes: folders pruned (`**\/node_modules/**` by name, `dir/**` by path) and files dropped. */
export interface ExcludeTest {
  dir(path: string, base: string): boolean;
  file(path: string): boolean;
}

export function compileExclude(patterns: readonly string[]): ExcludeTest {
  const pruneNames = new Set<string>();
  const pruneDirs: Minimatch[] = [];
  const files: Minimatch[] = [];
  const exact = new Set<string>();
  for (const raw of patterns) {
    const p = raw.replace(/^(\.\/)+/, '');
    const byName = PRUNE_NAME.exec(p);
    if (byName) {
      pruneNames.add(byName[1]!);
      continue;
    }
    // A plain path (`.netcompat.yaml`, a default) matches itself alone: a set lookup, not a minimatch call per file.
    if (LITERAL_PATH.test(p)) {
      exact.add(p);
      continue;
    }
    // As with glob's ignore option, only a pattern ending in `/**` drops a folder's whole content.
    if (p.endsWith('/**')) pruneDirs.push(new Minimatch(p.slice(0, -3), MM));
    files.push(new Minimatch(p, MM));
  }
  const dir = anyOf(pruneDirs);
  const file = anyOf(files);
  return {
    dir: (rel, base) => pruneNames.has(base) || (pruneDirs.length > 0 && dir(rel)),
    file: (rel) => exact.has(rel) || (files.length > 0 && file(rel)),
  };
}

/** Segments of letters, digits, `_`, `.` and `-`, none of them `.` or `..`: no glob syntax, nothing to normalise. */
const LITERAL_PATH = /^(?!\.{1,2}(?:\/|$))[\w.-]+(?:\/(?!\.{1,2}(?:\/|$))[\w.-]+)*$/;
