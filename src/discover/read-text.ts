import { readFile } from 'node:fs/promises';
import type { SkippedFile, SourceFile } from '../model/source.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or why it cannot be read as text (binary, not UTF-8, empty, unreadable). */
export async function readText(f: SourceFile): Promise<{ text: string } | { skipped: SkippedFile }> {
  let buf: Buffer;
  try {
    buf = await readFile(f.abs);
  } catch (e) {
    return { skipped: { path: f.path, reason: 'unreadable', detail: (e as Error).message } };
  }
  if (buf.length === 0) return { skipped: { path: f.path, reason: 'empty', detail: 'empty file', quiet: true } };
  if (buf.subarray(0, 8192).includes(0)) return { skipped: { path: f.path, reason: 'binary', detail: 'contains NUL bytes' } };
  try {
    return { text: utf8.decode(buf) };
  } catch {
    return { skipped: { path: f.path, reason: 'not-utf8', detail: 'not valid UTF-8 text' } };
  }
}
