import { lstatSync, realpathSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { decodeText, type FileReader } from './file-reader.js';

/**
 * A file that a repository file names (Terraform's `file("values.yaml")`), read under the walk's rules:
 * the POSIX path must stay inside the scanned root, with no symbolic link on the way (the walk never
 * follows one), name a regular file, and pass the reader's size, binary and UTF-8 checks. Otherwise the
 * reason it was not read; nothing outside the root is ever opened.
 */
export function readWithin(root: string, path: string, reader: FileReader): { text: string } | { reason: string } {
  const rel = posix.normalize(path);
  if (posix.isAbsolute(rel) || rel === '..' || rel.startsWith('../') || rel === '.') return { reason: `${path} is outside the scanned directory` };
  const base = resolve(root);
  const abs = `${base}/${rel}`;
  try {
    // A symbolic link anywhere below the root makes the real path differ from the one written.
    if (realpathSync(abs) !== `${realpathSync(base)}/${rel}`) return { reason: `${rel} goes through a symbolic link` };
    if (!lstatSync(abs).isFile()) return { reason: `${rel} is not a regular file` };
  } catch (e) {
    return { reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? `${rel} does not exist` : `${rel} cannot be read` };
  }
  const read = reader.read({ path: rel, abs });
  return 'skipped' in read ? { reason: `${rel}: ${read.skipped.detail}` } : { text: decodeText(read.bytes) };
}
