import type * as Crypto from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { isInside } from './confined.js';

/**
 * Writes an output file (SARIF, a report, a baseline) safely in a tree someone else controls: the target
 * must not be a symbolic link (a pull request could commit `netcompat.sarif -> /somewhere`) nor anything
 * but a regular file; its folder, once links are resolved, must be inside `boundary` (a real path) when
 * given; the text goes to a temporary file in the same folder, then is renamed over the target, so a
 * full disk never leaves a truncated file in place of the previous one. `produce` streams the content
 * (reports are never held whole). Throws Error with the reason.
 */
export function writeSafelySync(abs: string, produce: (sink: (chunk: string) => void) => void, boundary?: string): void {
  let probe = dirname(abs);
  for (;;) {
    try {
      lstatSync(probe);
      break;
    } catch {
      if (dirname(probe) === probe) break;
      probe = dirname(probe);
    }
  }
  const outside = () => new Error('its folder resolves outside the workspace (symbolic link): not written');
  if (boundary !== undefined && !isInside(boundary, realpathSync(probe))) throw outside();
  // Folder by folder, not `mkdir -p`: Node's recursive mkdir can spin forever below /proc.
  const missing: string[] = [];
  for (let d = dirname(abs); d !== probe && dirname(d) !== d; d = dirname(d)) missing.unshift(d);
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  if (boundary !== undefined && !isInside(boundary, realpathSync(dirname(abs)))) throw outside();
  try {
    const st = lstatSync(abs);
    if (st.isSymbolicLink()) throw new Error('is a symbolic link: not written through');
    if (!st.isFile()) throw new Error('is not a regular file: not overwritten');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const tmp = join(dirname(abs), `.${basename(abs)}.${randomHex()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    const out = fd;
    produce((chunk) => void writeSync(out, chunk));
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, abs);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** writeSafelySync for text already in hand. */
export async function writeFileSafely(abs: string, text: string, boundary?: string): Promise<void> {
  writeSafelySync(abs, (sink) => sink(text), boundary);
}

/** A temporary name's random part; node:crypto is loaded here, not at start-up (most runs write no file). */
function randomHex(): string {
  return (createRequire(import.meta.url)('node:crypto') as typeof Crypto).randomBytes(6).toString('hex');
}
