/**
 * Linear-time scanning for template spans (`{{ … }}`, `${ … }`) and similar delimited text. Repository
 * text is hostile input: a lazy regex such as `/\{\{.*?\}\}/g` retries from every `{{` of a line that has
 * no `}}`, which is quadratic in the line. These scanners look for each closing delimiter at most once
 * per position, so the work stays proportional to the text.
 */

/** An opening and closing delimiter; `line` spans stop at a line terminator (what `.` does in a regex). */
export interface SpanKind {
  open: string;
  close: string;
  line: boolean;
}

export const isLineTerminator = (c: string | undefined): boolean => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';

/** Index of the first line terminator at or after `from`, or the text length. */
function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isLineTerminator(text[i])) return i;
  return text.length;
}

/**
 * The spans of `text` as a global regex alternation of the kinds would match them, in the same order:
 * leftmost first, earlier kinds first at one position, shortest body. Each result is `[start, end)`.
 */
export function findSpans(text: string, kinds: readonly SpanKind[]): [number, number][] {
  const out: [number, number][] = [];
  // Per kind: where its next closing delimiter is (searched again only once we pass it), -1 for none.
  const nextClose = kinds.map(() => -2);
  // Per line-bound kind: the end of the line the cached close was checked against.
  let curLineStart = -1;
  let curLineEnd = -1;
  let i = 0;
  while (i < text.length) {
    let matched = -1;
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[k]!;
      if (!text.startsWith(kind.open, i)) continue;
      const from = i + kind.open.length;
      let c = nextClose[k]!;
      if (c !== -1 && c < from) {
        c = text.indexOf(kind.close, from);
        nextClose[k] = c;
      }
      if (c === -1) continue;
      if (kind.line) {
        if (i >= curLineEnd || i < curLineStart) {
          curLineStart = i;
          curLineEnd = lineEnd(text, i);
        }
        if (c + kind.close.length > curLineEnd) continue;
      }
      matched = c + kind.close.length;
      break;
    }
    if (matched >= 0) {
      out.push([i, matched]);
      i = matched;
    } else {
      i++;
    }
  }
  return out;
}

/** `text` with every span replaced by `fn(span)`; like `String.replace` with a global regex. */
export function replaceSpans(text: string, kinds: readonly SpanKind[], fn: (span: string) => string): string {
  const spans = findSpans(text, kinds);
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    out += text.slice(at, s) + fn(text.slice(s, e));
    at = e;
  }
  return out + text.slice(at);
}

/** Go/Helm and Jinja expressions on one line (`{{ .Values.mode }}`, `{% if x %}`), whose blanks split no word. */
export const TEMPLATE_EXPRESSIONS: readonly SpanKind[] = [
  { open: '{{', close: '}}', line: true },
  { open: '{%', close: '%}', line: true },
];

/** Go/Helm, Jinja, Terraform and Jinja-comment tokens on one line. */
export const TEMPLATE_TOKENS: readonly SpanKind[] = [...TEMPLATE_EXPRESSIONS, { open: '%{', close: '}', line: true }, { open: '{#', close: '#}', line: true }];

/**
 * `text` with every blank inside a template expression replaced by `blank` (one character, so offsets hold):
 * a word split then keeps `--proxy-mode={{ .Values.mode }}` or `INSTALL_K3S_VERSION={{ v }}` one word.
 */
export function maskTemplateBlanks(text: string, blank: string): string {
  if (!text.includes('{{') && !text.includes('{%')) return text;
  return replaceSpans(text, TEMPLATE_EXPRESSIONS, (m) => m.replace(/\s/g, blank));
}

/** Strips `open` then a run of `markers` then blanks from the start, and the mirror from the end. */
export function stripDelimiters(token: string, open: string, close: string, markers: string): string {
  let s = token.startsWith(open) ? token.slice(open.length) : token;
  s = s.endsWith(close) ? s.slice(0, s.length - close.length) : s;
  if (s.length > 0 && markers.includes(s[0]!)) s = s.slice(1);
  if (s.length > 0 && markers.includes(s[s.length - 1]!)) s = s.slice(0, -1);
  return s.trim();
}
