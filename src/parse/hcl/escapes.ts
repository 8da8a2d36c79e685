/** HCL's one-character escapes (`\n`, `\"`, ...): the parser and the reader of written strings share them. */
export const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };

/**
 * HCL's `\uNNNN` and `\UNNNNNNNN` escapes at `at` (the backslash): the character and how many characters of
 * the source it takes; undefined for anything else (a short or non-hex sequence, a value past U+10FFFF).
 */
export function unicodeEscape(t: string, at: number): { char: string; length: number } | undefined {
  const digits = t[at + 1] === 'u' ? 4 : t[at + 1] === 'U' ? 8 : 0;
  if (digits === 0) return undefined;
  const hex = t.slice(at + 2, at + 2 + digits);
  if (hex.length !== digits || !/^[0-9A-Fa-f]+$/.test(hex)) return undefined;
  const code = parseInt(hex, 16);
  return code > 0x10ffff ? undefined : { char: String.fromCodePoint(code), length: 2 + digits };
}
