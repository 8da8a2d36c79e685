import { lstatSync } from 'node:fs';
import { posix, resolve } from 'node:path';

/**
 * Whether a repository path names an entry (a file, or a symbolic link, which is not followed), for
 * evidence such as a Helm chart's `Chart.yaml` beside `templates/`. Nothing is read; a path outside the
 * scanned root is never looked at.
 */
export function entryExists(root: string, path: string): boolean {
  const rel = posix.normalize(path);
  if (posix.isAbsolute(rel) || rel === '..' || rel.startsWith('../') || rel === '.') return false;
  const st = lstatSync(`${resolve(root)}/${rel}`, { throwIfNoEntry: false });
  return st !== undefined && (st.isFile() || st.isSymbolicLink());
}
