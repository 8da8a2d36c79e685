import type * as ChildProcess from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';
import { minimatch } from 'minimatch';
import { CONFIG_FILE } from '../inputs/config-file.js';
import { MAX_SETTINGS_BYTES } from '../inputs/confined.js';
import { UsageError } from '../inputs/usage-error.js';
import { escapeMarkdown } from '../report/safe-text.js';

/**
 * `policy-source: base`: the config file, its extra rule files and the baseline are taken from the pull
 * request's base commit, so the pull request cannot lower its own gate. Read with `git cat-file` and
 * `git ls-tree` (execFile, no shell, nothing from the repository executed), copied into a temporary
 * folder laid out as the workspace, and loaded from there like any settings.
 */
export interface BasePolicy {
  /** The scanned directory's place in the temporary copy: settings are loaded with this as root. */
  root: string;
  configPath?: string;
  baselinePath?: string;
  /** What was taken from the base commit, for the log. */
  taken: string[];
}

const MAX_TREE_BYTES = 256 * 1024 * 1024;
const MAX_RULE_FILES = 200;

function git(cwd: string, args: string[], maxBuffer: number): Promise<Buffer> {
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
  return new Promise((resolve, reject) => {
    // child_process is loaded here, on the first git call, not at start-up.
    const { execFile } = createRequire(import.meta.url)('node:child_process') as typeof ChildProcess;
    execFile('git', ['--no-pager', '-c', 'core.fsmonitor=false', ...args], { cwd, maxBuffer, env, encoding: 'buffer' }, (err, stdout) => {
      if (err) reject(err);
      else resolve(stdout);
    });
  });
}

const validSha = (s: string) => /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(s);

/** Workspace-relative POSIX path of an absolute path in the workspace. */
const rel = (workspace: string, abs: string) => relative(workspace, abs).split(/[\\/]/).filter(Boolean).join('/');

export async function loadBasePolicy(opts: {
  workspace: string;
  rootPrefix: string;
  configFile?: string;
  baselineFile?: string;
  baseSha: string | undefined;
  temp?: string;
}): Promise<BasePolicy> {
  const { sha, tree } = await baseTree(opts.workspace, opts.baseSha);
  const dir = mkdtempSync(join(opts.temp ?? tmpdir(), 'netcompat-base-policy-'));
  const taken: string[] = [];
  const copy = copier(opts.workspace, sha, dir, taken);
  const root = join(dir, ...opts.rootPrefix.split('/').filter(Boolean));
  mkdirSync(root, { recursive: true });
  const configRel = opts.configFile ? rel(opts.workspace, opts.configFile) : posix.join(opts.rootPrefix || '.', CONFIG_FILE).replace(/^\.\//, '');
  const out: BasePolicy = { root, taken };
  // Without a config in the base commit none applies (also when the pull request adds one).
  if (tree.has(configRel)) {
    const configPath = await copyConfig(opts.workspace, sha, tree, configRel, copy, !opts.baselineFile);
    if (opts.configFile) out.configPath = configPath;
  }
  if (opts.baselineFile) {
    const b = rel(opts.workspace, opts.baselineFile);
    if (tree.has(b)) out.baselinePath = await copy(b);
  }
  return out;
}

/** The base commit, checked to be in the checkout, and every path of its tree. */
async function baseTree(workspace: string, baseSha: string | undefined): Promise<{ sha: string; tree: Set<string> }> {
  const sha = baseSha ?? '';
  if (!validSha(sha)) throw new UsageError('policy-source: base applies to pull_request events only (the event payload names no base commit)');
  try {
    await git(workspace, ['cat-file', '-e', `${sha}^{commit}`], 1024);
  } catch {
    throw new UsageError(`policy-source: base needs the base commit ${sha.slice(0, 12)} in the checkout; check out with fetch-depth: 0`);
  }
  const listed = await git(workspace, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', sha], MAX_TREE_BYTES);
  return { sha, tree: new Set(listed.toString('utf8').split('\0').filter(Boolean)) };
}

/** Copies a file of the base commit into `dir` at the same path (within the settings size cap) and notes it. */
function copier(workspace: string, sha: string, dir: string, taken: string[]): (path: string) => Promise<string> {
  return async (path) => {
    const blob = await git(workspace, ['cat-file', 'blob', `${sha}:${path}`], MAX_SETTINGS_BYTES + 1);
    if (blob.length > MAX_SETTINGS_BYTES) throw new UsageError(`policy-source: base: ${path} is over the ${MAX_SETTINGS_BYTES}-byte limit`);
    const out = join(dir, ...path.split('/'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, blob);
    taken.push(path);
    return out;
  };
}

/** The base config, the rule files its globs match under its folder, and its baseline unless one is given. */
async function copyConfig(
  workspace: string,
  sha: string,
  tree: ReadonlySet<string>,
  configRel: string,
  copy: (path: string) => Promise<string>,
  takeBaseline: boolean,
): Promise<string> {
  const configPath = await copy(configRel);
  const text = (await git(workspace, ['cat-file', 'blob', `${sha}:${configRel}`], MAX_SETTINGS_BYTES + 1)).toString('utf8');
  // The config parser (the `yaml` package, the validators) is loaded only when a config is read.
  const config = (await import('../inputs/settings-parsers.js')).parseConfig(text, configRel);
  const configDir = posix.dirname(configRel) === '.' ? '' : posix.dirname(configRel);
  const underDir = [...tree].filter((p) => !configDir || p.startsWith(`${configDir}/`)).map((p) => (configDir ? p.slice(configDir.length + 1) : p));
  let count = 0;
  for (const pattern of config.rules) {
    // loadSettings refuses absolute and `..` entries with a message; nothing to copy for them.
    if (pattern.startsWith('/') || pattern.split('/').includes('..')) continue;
    for (const p of underDir) {
      if (!minimatch(p, pattern, { dot: true })) continue;
      if (++count > MAX_RULE_FILES) throw new UsageError(`policy-source: base: ${configRel} rules match more than ${MAX_RULE_FILES} files`);
      await copy(configDir ? `${configDir}/${p}` : p);
    }
  }
  if (takeBaseline && config.baseline && !config.baseline.startsWith('/') && !config.baseline.split('/').includes('..')) {
    const b = posix.normalize(configDir ? `${configDir}/${config.baseline}` : config.baseline);
    if (tree.has(b)) await copy(b);
  }
  return configPath;
}

/**
 * The workspace-relative files that make up netcompat's policy for this run, as patterns: the config
 * file, the rule globs under its folder, the baseline. Matched against a pull request's changed files.
 */
export function policyPatterns(opts: {
  rootPrefix: string;
  configFile?: string;
  workspace: string;
  rules: readonly string[];
  baseline?: string;
  baselineFile?: string;
}): string[] {
  const configRel = opts.configFile ? rel(opts.workspace, opts.configFile) : posix.join(opts.rootPrefix || '.', CONFIG_FILE).replace(/^\.\//, '');
  const configDir = posix.dirname(configRel) === '.' ? '' : posix.dirname(configRel);
  const inDir = (p: string) => (configDir ? `${configDir}/${p}` : p);
  const out = [configRel, ...opts.rules.map(inDir)];
  if (opts.baselineFile) out.push(rel(opts.workspace, opts.baselineFile));
  else if (opts.baseline) out.push(posix.normalize(inDir(opts.baseline)));
  return out;
}

/** The changed files that are policy files. */
export function changedPolicyFiles(changed: readonly string[], patterns: readonly string[]): string[] {
  return changed.filter((f) => patterns.some((p) => f === p || minimatch(f, p, { dot: true })));
}

/** The prominent summary note for a pull request that changes netcompat's own policy. */
export function policyChangeNote(files: readonly string[], source: 'head' | 'base'): string {
  const list =
    files
      .slice(0, 10)
      .map((f) => `<code>${escapeMarkdown(f)}</code>`)
      .join(', ') + (files.length > 10 ? `, and ${files.length - 10} more` : '');
  const how =
    source === 'base'
      ? 'The gate ran with the base branch version of these files (`policy-source: base`): the changes take effect once merged.'
      : 'The gate ran with the version in this pull request, so the change can lower its own gate: review it, or set `policy-source: base`.';
  return `> [!CAUTION]\n> **This pull request changes netcompat's policy**: ${list}. ${how}`;
}
