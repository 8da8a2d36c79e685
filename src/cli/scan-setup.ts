// Synchronous reads: node:fs/promises loads Node's readline and file-watching modules (about 2 ms of start-up).
import { readFileSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { posixRelative, repositoryRoot } from '../inputs/repository-root.js';
import { GitDiffError, gitChangedFiles, parseChangedList } from '../inputs/changed-files.js';
import { explicitFacts, parseFailOn } from '../inputs/options.js';
import { loadRunSettings } from '../inputs/run-settings.js';
import { checkGlobs } from '../inputs/globs.js';
import { UsageError } from '../inputs/usage-error.js';
import type { ScanOptions } from '../scan.js';
import { scanOptions } from '../scan-options.js';
import { listValue, stringValue, type OptionSpec, type Values } from './args.js';
import type { CliIo } from './io.js';
import { type FailOn } from '../model/gate.js';
import { commonDir } from '../inputs/common-dir.js';

/** The options every command that scans takes (scan, baseline, facts): what to read and how to judge it. */
export const SCAN_INPUT_OPTIONS: OptionSpec = {
  'kubernetes-version': { type: 'string' },
  'kube-proxy-mode': { type: 'string' },
  'calico-version': { type: 'string' },
  'node-os': { type: 'string' },
  'kernel-version': { type: 'string' },
  fact: { type: 'string', multiple: true },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  config: { type: 'string' },
  baseline: { type: 'string' },
  'only-changed': { type: 'boolean' },
  base: { type: 'string' },
  'changed-files': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/** Options that decide which findings count, not what is read. */
const GATING_OPTIONS = new Set(['baseline', 'only-changed', 'base', 'changed-files']);

/** SCAN_INPUT_OPTIONS without the gating ones, for commands that report facts or fingerprints (facts, baseline). */
export const READ_OPTIONS: OptionSpec = Object.fromEntries(Object.entries(SCAN_INPUT_OPTIONS).filter(([k]) => !GATING_OPTIONS.has(k)));

export interface PreparedScan {
  /** DIR as the user typed it (the common ancestor, from the current directory, for several): prefixes text paths. */
  dir: string;
  /** The directories as typed, for the report's heading. */
  label: string;
  options: ScanOptions;
  failOn: FailOn;
}

function checkDirectory(command: string, abs: string, shown: string): void {
  let st: Stats | undefined;
  try {
    st = statSync(abs);
  } catch {
    st = undefined;
  }
  if (!st) throw new UsageError(`${command}: directory ${JSON.stringify(shown)} does not exist`);
  if (!st.isDirectory()) throw new UsageError(`${command}: ${JSON.stringify(shown)} is not a directory; give the directory that holds the cluster configs`);
}

/** `--only-changed` with `--base REF` (git) or `--changed-files FILE` (a list): paths relative to DIR. */
async function changedFiles(values: Values, root: string, io: CliIo): Promise<ReadonlySet<string> | undefined> {
  const base = stringValue(values, 'base');
  const list = stringValue(values, 'changed-files');
  if (!values['only-changed']) {
    if (base !== undefined || list !== undefined) throw new UsageError(`--${base !== undefined ? 'base' : 'changed-files'} only applies with --only-changed`);
    return undefined;
  }
  if (base !== undefined && list !== undefined) throw new UsageError('--only-changed: give either --base REF or --changed-files FILE, not both');
  if (list !== undefined) {
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, list), 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(`changed-files: cannot read ${JSON.stringify(list)}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    }
    return new Set(parseChangedList(text));
  }
  if (base === undefined) throw new UsageError('--only-changed needs --base REF (changed files from git) or --changed-files FILE (one path per line)');
  try {
    return new Set(await gitChangedFiles(root, base));
  } catch (e) {
    if (!(e instanceof GitDiffError)) throw e;
    throw new UsageError(
      `--only-changed: cannot list the files changed since ${JSON.stringify(base)}: ${e.message}. Is DIR a git checkout with that ref fetched? Or give --changed-files FILE`,
    );
  }
}

/** The common ancestor as the user would type it: relative to the current directory, or absolute outside it. */
function shownDir(cwd: string, root: string): string {
  const rel = relative(cwd, root);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? root : rel;
}

/**
 * Validates every flag, the directory, the config file, the baseline and the changed files, so nothing
 * is scanned before a usage error (exit 2) could still come.
 */
export async function prepareScan(
  command: string,
  values: Values,
  positionals: readonly string[],
  io: CliIo,
  opts: { readBaseline?: boolean; failIfNothingChecked?: boolean; places?: PlaceFrame } = {},
): Promise<PreparedScan> {
  const failOnFlag = stringValue(values, 'fail-on');
  const flagFailOn = failOnFlag === undefined ? undefined : parseFailOn(failOnFlag);
  const explicit = explicitFacts({
    'kubernetes-version': stringValue(values, 'kubernetes-version'),
    'kube-proxy-mode': stringValue(values, 'kube-proxy-mode'),
    'calico-version': stringValue(values, 'calico-version'),
    'node-os': stringValue(values, 'node-os'),
    'kernel-version': stringValue(values, 'kernel-version'),
    facts: listValue(values, 'fact'),
  });
  // Several directories are one tree: their common ancestor is the root, and only they are read in it.
  const dirs = positionals.length ? positionals : ['.'];
  const roots = dirs.map((d) => resolve(io.cwd, d));
  for (const [i, d] of dirs.entries()) checkDirectory(command, roots[i]!, d);
  const root = commonDir(roots);
  const dir = dirs.length === 1 ? dirs[0]! : shownDir(io.cwd, root);
  const within = dirs.length === 1 ? [] : roots.map((r) => posixRelative(root, r));
  const config = stringValue(values, 'config');
  const baseline = stringValue(values, 'baseline');
  const settings = await loadRunSettings({
    root,
    ...(config !== undefined ? { configPath: resolve(io.cwd, config) } : {}),
    ...(opts.readBaseline === false ? { baselinePath: false as const } : baseline !== undefined ? { baselinePath: resolve(io.cwd, baseline) } : {}),
    ...(flagFailOn ? { failOn: flagFailOn } : {}),
  });
  const changed = await changedFiles(values, root, io);
  const include = listValue(values, 'include');
  const exclude = listValue(values, 'exclude');
  // Checked when given: relative, no `..`, bounded brace expansion (discovery never leaves DIR).
  checkGlobs('--include', include);
  checkGlobs('--exclude', exclude);
  const options = scanOptions({
    root,
    within,
    explicit,
    include,
    exclude,
    settings,
    ...(changed ? { changedFiles: changed } : {}),
    env: io.env,
    failIfNothingChecked: opts.failIfNothingChecked === true,
    placeBase: placeBase(opts.places ?? 'root', root, dir),
    // Reports show the directories as the user typed them, not this machine's absolute path.
    rootLabel: dirs.join(', '),
  });
  return { dir, label: dirs.join(', '), options, failOn: settings.failOn };
}

/**
 * Where the report's places are relative to: the scanned directory (JSON), the directory as typed, so a
 * terminal's `path:line:col` opens from the current directory (text), or the repository root (SARIF).
 */
export type PlaceFrame = 'root' | 'typed' | 'repository';

function placeBase(frame: PlaceFrame, root: string, dir: string): string {
  if (frame === 'repository') return posixRelative(repositoryRoot(root), root);
  if (frame === 'root') return '';
  // `./clusters/` → `clusters`, `.` → '' (no prefix), `/abs/dir` stays absolute.
  const p = posix.normalize(dir.split(sep).join('/')).replace(/\/+$/, '');
  return p === '.' ? '' : p;
}
