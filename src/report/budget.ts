import { utf8Bytes } from './markdown.js';

/**
 * A piece of markdown whose rows may be dropped when the byte budget runs out: `head` (heading, table
 * header) is written only with at least one row, `tail` closes what head opened (`</details>`).
 * A block without rows is a paragraph, kept whole or dropped whole.
 */
export interface Block {
  head: string;
  rows: string[];
  tail?: string;
}

/**
 * Joins blocks under a byte limit, cutting only between rows. When anything is dropped the note is
 * appended, naming how many rows are missing; room for the note is reserved from the start so the
 * result never exceeds the limit (dorny/test-reporter and reviewdog measure in bytes too).
 */
export function assemble(blocks: readonly Block[], limit: number, note: (omitted: number) => string): string {
  const reserve = utf8Bytes(note(Number.MAX_SAFE_INTEGER));
  let out = '';
  let used = 0;
  let omitted = 0;
  let cut = false;
  for (const b of blocks) {
    const count = Math.max(1, b.rows.length);
    if (cut) {
      omitted += count;
      continue;
    }
    const tail = b.tail ?? '';
    const fixed = utf8Bytes(b.head) + utf8Bytes(tail);
    if (used + fixed + reserve > limit) {
      cut = true;
      omitted += count;
      continue;
    }
    let part = b.head;
    let partBytes = utf8Bytes(b.head);
    let added = 0;
    for (const row of b.rows) {
      const rb = utf8Bytes(row);
      if (used + partBytes + rb + utf8Bytes(tail) + reserve > limit) {
        cut = true;
        break;
      }
      part += row;
      partBytes += rb;
      added++;
    }
    omitted += b.rows.length - added;
    if (b.rows.length > 0 && added === 0) continue;
    out += part + tail;
    used += partBytes + utf8Bytes(tail);
  }
  return cut ? out + note(omitted) : out;
}
