import { closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync, constants as fsc } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { UsageError } from './usage-error.js';

/**
 * Settings files (config, extra rules, baseline) come from the repository, which on a pull request is
 * the PR author's. Each is resolved with realpath, required inside the boundary's real path (no symlink
 * out, no `..`), required to be a regular file (no FIFO, no /dev/zero) of bounded size, and read with a
 * bounded read. Errors name the path and the reason, never the file's contents.
 */
export const MAX_SETTINGS_BYTES = 4 * 1024 * 1024;

/** Whether `real` is `boundary` or below it (both real paths). */
export function isInside(boundary: string, real: string): boolean {
  const rel = relative(boundary, real);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/** The real path of an existing directory, or a UsageError. */
export function realDirectory(path: string, what: string): string {
  try {
    return realpathSync(path);
  } catch (e) {
    throw new UsageError(`${what} ${path}: ${reasonOf(e)}`);
  }
}

function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'ELOOP') return 'too many symbolic links';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return code ?? 'cannot be read';
}

/**
 * Reads a settings file as UTF-8. `boundary` (a real path) confines it when given; `shown` names it in
 * messages. Throws UsageError.
 */
export interface Boundary {
  /** A real path (realpath already applied). */
  real: string;
  /** How messages name it: "the workspace", "the config file's folder". */
  label: string;
}

export function readConfinedFile(path: string, what: string, shown: string, boundary?: Boundary, maxBytes = MAX_SETTINGS_BYTES): string {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    throw new UsageError(`${what} ${shown}: ${reasonOf(e)}`);
  }
  if (boundary !== undefined && !isInside(boundary.real, real)) {
    throw new UsageError(`${what} ${shown} resolves outside ${boundary.label} (symbolic link or ..): not read`);
  }
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO that slipped past the checks must not wait for a writer.
    fd = openSync(real, fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0) | (fsc.O_NOFOLLOW ?? 0));
  } catch (e) {
    throw new UsageError(`${what} ${shown}: ${reasonOf(e)}`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new UsageError(`${what} ${shown}: not a regular file`);
    if (st.size > maxBytes) throw new UsageError(`${what} ${shown}: ${st.size} bytes is over the ${maxBytes}-byte limit`);
    // Bounded read: never more than maxBytes + 1, whatever the size said (a file may grow).
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let got = 0;
    for (;;) {
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
      if (got >= buf.length) break;
    }
    if (got > maxBytes) throw new UsageError(`${what} ${shown}: over the ${maxBytes}-byte limit`);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, got));
    } catch {
      throw new UsageError(`${what} ${shown}: not valid UTF-8 text`);
    }
  } finally {
    closeSync(fd);
  }
}

/** Whether a path exists without following a final symbolic link (a dangling link exists). */
export function existsNoFollow(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
