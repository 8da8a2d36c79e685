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

/** Whether `word` occurs in `text` as a kind value. */
export function hasKind(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (writtenAsKind(text.slice(Math.max(0, at - KIND_WINDOW), at))) return true;
  }
  return false;
}
