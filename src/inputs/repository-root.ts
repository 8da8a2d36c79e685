import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';

/**
 * The repository root for a scanned directory: the nearest directory at or above it that holds `.git`
 * (a directory, or a file in worktrees and submodules), else the directory itself. Reads no git data
 * and runs no git. `stopAt` bounds the walk (the Action's workspace): nothing above it is looked at.
 */
export function repositoryRoot(dir: string, stopAt?: string): string {
  let at = dir;
  for (;;) {
    if (existsSync(join(at, '.git'))) return at;
    if (stopAt !== undefined && at === stopAt) return stopAt;
    const up = dirname(at);
    if (up === at) return stopAt ?? dir;
    at = up;
  }
}

/** `to` relative to `from` as a POSIX path ('' when equal), for prefixing report places. */
export function posixRelative(from: string, to: string): string {
  const rel = relative(from, to);
  if (isAbsolute(rel)) return to.split(/[\\/]/).join('/');
  return rel.split(/[\\/]/).filter(Boolean).join('/');
}
