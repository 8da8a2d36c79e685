/**
 * Kind triggers count only where the word is written as the value of a `kind` key: `kind: IPPool`,
 * `"kind": "IPPool"`, `kind: !!str IPPool`, and the same inside a quoted or block string (a ConfigMap
 * carrying a kubeadm file). The word in prose, a comment or an image name does not wake the extractor.
 * Deliberately loose about what precedes `kind` (indentation, `- `, `{`, an escaped `\n`): a wrong "yes"
 * costs a parse, a wrong "no" would lose facts.
 */
const KIND_BEFORE = /kind\\?["']?[ \t]*:[ \t\r\n]*(?:[!&][^ \t\r\n]*[ \t\r\n]+)*\\?["']?$/;

/** How far before the word the key is looked for. */
export const KIND_WINDOW = 96;

/** `before` is the text just before the word (at most KIND_WINDOW characters). */
export function writtenAsKind(before: string): boolean {
  return KIND_BEFORE.test(before);
}

/**
 * Whether the character code after the word ends it: `kind: FelixConfigurationList` or `FelixConfiguration0`
 * name other kinds. A line end, space, quote, comma, brace or backslash (an escaped `\n`) ends it.
 */
export function endsKind(next: number | undefined): boolean {
  return (
    next === undefined ||
    !((next >= 0x30 && next <= 0x39) || (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a) || next === 0x5f || next === 0x2d || next === 0x2e)
  );
}

/** Whether `word` occurs in `text` as a kind value. */
export function hasKind(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const next = at + word.length < text.length ? text.charCodeAt(at + word.length) : undefined;
    if (endsKind(next) && writtenAsKind(text.slice(Math.max(0, at - KIND_WINDOW), at))) return true;
  }
  return false;
}
