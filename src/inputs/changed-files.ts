import type * as ChildProcess from 'node:child_process';
import { createRequire } from 'node:module';
import { posix } from 'node:path';
import { UsageError } from './usage-error.js';

/** A changed-files list as people write it: one path per line, blank lines and `#` comments skipped. */
export function parseChangedList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => posix.normalize(l.replace(/\\/g, '/')).replace(/^\.\//, ''));
}

/**
 * Workspace-relative paths (the PR files API) → paths relative to the scanned directory `prefix`
 * ('' for the workspace itself); files outside it cannot hold evidence and are dropped.
 */
export function underPrefix(paths: readonly string[], prefix: string): string[] {
  if (!prefix) return [...paths];
  const head = `${prefix.replace(/\/+$/, '')}/`;
  return paths.filter((p) => p.startsWith(head)).map((p) => p.slice(head.length));
}

/** Why git could not list the changed files, in a few words ("git is not installed", git's own error). */
export class GitDiffError extends Error {
  override name = 'GitDiffError';
}

/**
 * The files changed between the merge base of `base` and HEAD, relative to `dir`: `git diff --name-only
 * REF...HEAD` run in the scanned directory with execFile (no shell). Repository configuration cannot run
 * programs through it: fsmonitor is off, external diff drivers, textconv and the pager are not used, and
 * only two commits are compared (no worktree filters).
 */
export function gitChangedFiles(dir: string, base: string): Promise<string[]> {
  const ref = base.trim();
  // A ref starting with "-" would be read as an option.
  if (!ref || ref.startsWith('-') || /[\s\u0000]/.test(ref)) {
    return Promise.reject(new UsageError(`base: ${JSON.stringify(base)} is not a git revision; give a branch, tag or commit such as origin/main`));
  }
  const args = ['--no-pager', '-c', 'core.fsmonitor=false', 'diff', '--name-only', '--no-ext-diff', '--no-textconv', '--relative', '-z', `${ref}...HEAD`, '--'];
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
  // node:child_process is loaded here, not at start-up: only a scan of changed files runs git.
  const { execFile } = createRequire(import.meta.url)('node:child_process') as typeof ChildProcess;
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd: dir, maxBuffer: 64 * 1024 * 1024, env }, (err, stdout, stderr) => {
      if (!err) return resolve(String(stdout).split('\0').filter(Boolean));
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return reject(new GitDiffError('git is not installed or not on PATH'));
      const text = String(stderr);
      const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      // Outside a repository git falls back to --no-index and prints its usage: say it plainly.
      const why = /not a git repository/i.test(text) ? 'not a git repository' : (lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0] ?? err.message);
      reject(new GitDiffError(why));
    });
  });
}
