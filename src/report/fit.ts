import { utf8Bytes } from './markdown.js';

/**
 * A part of a GitHub report that can be cut to fit a size limit. `head` is written only with at least
 * one item (or always, for a section without items); `tail` closes what head opened. Each item is whole
 * markdown (a `<details>` block opens and closes inside it), so cutting between items keeps HTML balanced.
 */
export interface Section {
  head: string;
  items: readonly Item[];
  tail?: string;
  /** What the items are, for the cut note: (3) => "3 undetermined rules". Absent: a paragraph. */
  unit?: (n: number) => string;
}

/** An item with a shorter form used once half of the budget is spent, so more of them fit. */
export interface Item {
  full: string;
  brief?: string;
}

export interface Fitted {
  text: string;
  /** Items left out, per section that lost any, in order: "3,505 findings". */
  omitted: string[];
  /** Items written in their brief form. */
  briefed: number;
}

/** Room kept for the note about what was cut, so the result never exceeds the limit. */
const NOTE_RESERVE = 1_000;

/**
 * Writes sections in order under `limit` bytes (GitHub's limits are in characters; bytes are stricter).
 * Items go in full form until half the budget is used, then in brief form; once an item does not fit,
 * nothing after it is written, so what is shown is always the most important part (the caller orders
 * sections and items by importance). `note` gets the list of what was left out.
 */
export function fitSections(sections: readonly Section[], limit: number, note: (omitted: string[]) => string): Fitted {
  const budget = limit - NOTE_RESERVE;
  let out = '';
  let used = 0;
  let cut = false;
  let briefed = 0;
  const omitted: string[] = [];
  for (const s of sections) {
    const tail = s.tail ?? '';
    if (cut) {
      if (s.unit && s.items.length) omitted.push(s.unit(s.items.length));
      continue;
    }
    const fixed = utf8Bytes(s.head) + utf8Bytes(tail);
    if (s.items.length === 0) {
      if (used + fixed > budget) {
        cut = true;
        continue;
      }
      out += s.head + tail;
      used += fixed;
      continue;
    }
    let part = '';
    let partBytes = 0;
    let n = 0;
    for (const item of s.items) {
      const useBrief = item.brief !== undefined && used + fixed + partBytes > budget / 2;
      const text = useBrief ? item.brief! : item.full;
      const b = utf8Bytes(text);
      if (used + fixed + partBytes + b > budget) {
        cut = true;
        break;
      }
      part += text;
      partBytes += b;
      n++;
      if (useBrief) briefed++;
    }
    if (n > 0) {
      out += s.head + part + tail;
      used += fixed + partBytes;
    }
    if (n < s.items.length && s.unit) omitted.push(s.unit(s.items.length - n));
  }
  const text = omitted.length ? out + note(omitted) : out;
  return { text, omitted, briefed };
}
