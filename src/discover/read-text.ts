import type { SkippedFile, SourceFile } from '../model/source.js';
import { decodeText, FileReader } from './file-reader.js';

/**
 * The file's text, or why it cannot be read as text (binary, not UTF-8, empty, too large, unreadable).
 * For callers that want one file's text; the scan reads bytes and decodes only files with a trigger.
 */
export function readText(f: SourceFile, maxBytes?: number): { text: string } | { skipped: SkippedFile } {
  const read = new FileReader(maxBytes).read(f);
  return 'skipped' in read ? read : { text: decodeText(read.bytes) };
}
