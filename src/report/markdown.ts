/**
 * Escaping for text that came from a repository and ends up in GitHub markdown (job summary, check-run
 * output, PR comment). `core.summary` escapes nothing, so every repository string passes through here.
 */

import { code, escapeHtml, escapeMarkdown } from './safe-text.js';

export { code, escapeHtml, escapeMarkdown };

/** Percent-encodes each path segment, parentheses included, so the URL is safe inside `[text](url)`. */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((seg) => encodeURIComponent(seg).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** The longest prefix of `s` that fits in `max` UTF-8 bytes, never splitting a code point. */
export function truncateBytes(s: string, max: number, ellipsis = '…'): string {
  if (utf8Bytes(s) <= max) return s;
  const room = max - utf8Bytes(ellipsis);
  if (room <= 0) return '';
  let out = '';
  let used = 0;
  for (const ch of s) {
    const b = utf8Bytes(ch);
    if (used + b > room) break;
    out += ch;
    used += b;
  }
  return out + ellipsis;
}

/** Truncates to `max` characters (code points), for limits GitHub counts in characters (titles). */
export function truncateChars(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}
