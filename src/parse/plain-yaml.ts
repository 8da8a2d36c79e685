import type { CST } from 'yaml';

/**
 * A reader of our own for the plainest YAML: the token tree (CST) the `yaml` package's lexer and parser
 * would build, for texts written only in the common block style, so that the package's own composer
 * makes the documents. The package's lexer and parser run as generators over every token and, in a
 * short scan, mostly in V8's interpreter: at 20,000 files they were about two thirds of the parse time
 * and most of its allocation. Anything outside the subset returns undefined and the caller parses the
 * text with the package, so the subset only decides speed, never what is read; test/parse/plain-yaml
 * compares the two token trees on every fixture and corpus file and on seeded edits of them.
 *
 * The subset, line by line (`\n` line ends, printable ASCII, no tab, no `#` but where a comment line may be):
 * - `---` alone starts a document; every document holds a block mapping or sequence at column 1;
 * - before a document's first line, comment lines starting at column 1 and empty lines;
 * - `key: value`, `key:` (its value on the lines below, or none), `- value`, `- key: value`, `- key:`;
 * - keys are plain; values plain, quoted on one line (`"..."`, `'...'`), `[]`, `{}`, a `{{ name }}`
 *   placeholder, or (after a key) a `|`, `|-`, `>` or `>-` block scalar without blank lines;
 * - one space after `:` and `- `; empty lines between content lines;
 * - a line is as indented as an open collection, or starts the value of the `key:` above it.
 * Not in it (the package reads those): other comments, lines of spaces, other flow collections, anchors,
 * aliases, tags, directives, explicit keys, quoted keys, scalars over several lines, other block scalars,
 * blank lines between a `key:` without value and `---`.
 */

type Token = CST.SourceToken;
type Scalar = CST.FlowScalar;
type MapItem = CST.BlockMap['items'][number];

interface Open {
  node: CST.BlockMap | CST.BlockSequence;
  indent: number;
}

/** Bytes outside printable ASCII and the newline. */
const OUTSIDE = /[^\x20-\x7e\n]/;

/** Characters that may not start a plain scalar here (YAML indicators, quotes, spaces). */
const NOT_PLAIN_START = /^[\s?:,[\]{}#&*!|>'"%@`]/;

/** What a line's content after its indentation (and `- `) holds. */
interface Content {
  /** A key, for `key: value` and `key:`. */
  key?: string;
  /** Column (0-based, in the line) of the value, and its token type (`block-scalar`: its header). */
  value?: FlowValue | { at: number; text: string; type: 'block-scalar' };
}

/** A value on its line: a scalar, or (`flow`) an empty `[]` / `{}` or a `{{ name }}` placeholder. */
interface FlowValue {
  at: number;
  text: string;
  type: Scalar['type'] | 'flow';
}

/** The token trees of the text's documents, or undefined when the text is outside the subset. */
export function plainDocuments(text: string): CST.Token[] | undefined {
  if (text.length === 0 || OUTSIDE.test(text)) return undefined;
  /** The documents, after the comments and blank lines that come before the first (tokens of the stream). */
  const docs: CST.Token[] = [];
  let doc: CST.Document | undefined;
  let stack: Open[] = [];
  /** The last line's `key:` without a value, and the indent of its mapping. */
  let pending: { item: MapItem & { sep: Token[] }; indent: number; blank?: boolean } | undefined;
  /** Blank lines since the last content line (when no `key:` waits for its value): the next item's start. */
  let blanks: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    const newline = (indent: number): Token[] => (nl < 0 ? [] : [{ type: 'newline', offset: end, indent, source: '\n' }]);
    if (line.startsWith('---') || line.startsWith('...')) {
      if (line !== '---' || (doc && !doc.value) || pending?.blank) return undefined;
      // Blank lines that end a document are the document's end.
      if (doc && blanks.length > 0) doc.end = blanks;
      blanks = [];
      doc = { type: 'document', offset: pos, start: [{ type: 'doc-start', offset: pos, indent: 0, source: '---' }, ...newline(0)] };
      docs.push(doc);
      stack = [];
      pending = undefined;
      pos = end + 1;
      continue;
    }
    if (!doc?.value && (line.length === 0 || line.charCodeAt(0) === 35) /* # */) {
      // Before a document's first line: a comment line at column 1 or a blank line, in the stream before the
      // first document, in the document's start after `---`.
      if (line.length > 0 && line.charCodeAt(line.length - 1) === 32) return undefined;
      const lead: Token[] = line.length > 0 ? [{ type: 'comment', offset: pos, indent: 0, source: line }] : [];
      if (nl >= 0) lead.push({ type: 'newline', offset: end, indent: 0, source: '\n' });
      (doc ? doc.start : docs).push(...lead);
      pos = end + 1;
      continue;
    }
    if (line.includes('#')) return undefined;
    if (line.length === 0) {
      // A blank line: a newline token of its own, for the pair waiting for its value or the next item.
      const blank: Token = { type: 'newline', offset: pos, indent: 0, source: '\n' };
      if (pending) {
        pending.item.sep.push(blank);
        pending.blank = true;
      } else blanks.push(blank);
      pos = end + 1;
      continue;
    }
    let n = 0;
    while (line.charCodeAt(n) === 32) n++;
    if (n === line.length || line.charCodeAt(line.length - 1) === 32) return undefined;
    if (!doc) {
      doc = { type: 'document', offset: pos, start: [] };
      docs.push(doc);
    }
    const seq = line.charCodeAt(n) === 45 /* - */ && (n + 1 === line.length || line.charCodeAt(n + 1) === 32);
    const at = seq ? n + 2 : n;
    if (
      seq &&
      (at >= line.length || line.charCodeAt(at) === 32 || (line.charCodeAt(at) === 45 && (at + 1 === line.length || line.charCodeAt(at + 1) === 32)))
    ) {
      return undefined;
    }
    const content = readContent(line, at);
    if (!content || (!seq && content.key === undefined)) return undefined;
    const lead: Token | undefined = n > 0 ? { type: 'space', offset: pos, indent: 0, source: line.slice(0, n) } : undefined;
    let start: Token[] = lead ? [...blanks, lead] : blanks;
    blanks = [];

    if (!doc.value) {
      if (n !== 0) return undefined;
      const root = collection(seq, pos, 0);
      doc.value = root.node;
      stack = [root];
    } else if (pending) {
      // The line after `key:`: its indentation joins that pair, and it starts the pair's value or the next item.
      const p = pending;
      pending = undefined;
      if (lead) p.item.sep.push(lead);
      // The next item of the same mapping takes the blank lines (and this line's indentation) from the pair.
      start = p.blank && n === p.indent && !seq ? p.item.sep.splice(2) : [];
      if (n > p.indent || (n === p.indent && seq)) {
        const open = collection(seq, pos + n, n);
        p.item.value = open.node;
        stack.push(open);
      }
    }
    // The collection this line continues: the innermost one at its indentation.
    while (stack.length > 0 && stack[stack.length - 1]!.indent > n) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.indent !== n) return undefined;
    if (top.node.type === 'block-seq' && !seq) {
      stack.pop();
      top = stack[stack.length - 1];
      if (!top || top.indent !== n) return undefined;
    }
    if ((top.node.type === 'block-seq') !== seq) return undefined;

    if (top.node.type === 'block-seq') {
      const dash: Token = { type: 'seq-item-ind', offset: pos + n, indent: n, source: '-' };
      const space: Token = { type: 'space', offset: pos + n + 1, indent: n + 1, source: ' ' };
      const item: CST.BlockSequence['items'][number] = { start: [...start, dash, space] };
      top.node.items.push(item);
      if (content.key === undefined) {
        const v = content.value!;
        if (v.type === 'block-scalar') return undefined;
        item.value = valueToken(v, pos, at, newline(at));
      } else {
        const inner: CST.BlockMap = { type: 'block-map', offset: pos + at, indent: at, items: [] };
        item.value = inner;
        stack.push({ node: inner, indent: at });
        pending = pair(inner, [], content, pos, at, newline(at));
      }
    } else {
      pending = pair(top.node, start, content, pos, at, newline(at));
    }
    pos = end + 1;
    if (content.value?.type === 'block-scalar') {
      // The block's lines: all more indented than its key, none blank; the line after it is no deeper than the key.
      const block = blockLines(text, pos, at);
      if (!block) return undefined;
      const map = stack[stack.length - 1]!.node as CST.BlockMap;
      (map.items[map.items.length - 1]!.value as CST.BlockScalar).source = text.slice(pos, block);
      pos = block;
    }
  }
  if (!doc?.value) return undefined;
  if (blanks.length > 0) doc.end = blanks;
  return docs;
}

/** A new collection whose first item the caller adds. */
function collection(seq: boolean, offset: number, indent: number): Open {
  return { node: seq ? { type: 'block-seq', offset, indent, items: [] } : { type: 'block-map', offset, indent, items: [] }, indent };
}

/** Adds `key: value` or `key:` to the map; returns the item when its value is still to come. */
function pair(
  map: CST.BlockMap,
  start: Token[],
  content: Content,
  pos: number,
  at: number,
  newline: Token[],
): { item: MapItem & { sep: Token[] }; indent: number } | undefined {
  const key: Scalar = { type: 'scalar', offset: pos + at, indent: at, source: content.key! };
  const colon = at + content.key!.length;
  const sep: Token[] = [{ type: 'map-value-ind', offset: pos + colon, indent: at, source: ':' }];
  if (content.value) {
    sep.push({ type: 'space', offset: pos + colon + 1, indent: at, source: ' ' });
    const v = content.value;
    const value: CST.Token =
      v.type === 'block-scalar'
        ? // A block scalar takes its collection's indent; its content is filled in by the caller.
          {
            type: 'block-scalar',
            offset: pos + v.at,
            indent: map.indent,
            props: [{ type: 'block-scalar-header', offset: pos + v.at, indent: at, source: v.text }, ...newline],
            source: '',
          }
        : valueToken(v, pos, at, newline);
    map.items.push({ start, key, sep, value });
    return undefined;
  }
  sep.push(...newline);
  const item = { start, key, sep };
  map.items.push(item);
  return { item, indent: map.indent };
}

/**
 * Where a block scalar's content that starts at `from` ends (the start of the next line, or the text's
 * end), or undefined when it is empty, holds a blank line, or ends on a line between `keyAt` and its
 * content's indentation.
 */
function blockLines(text: string, from: number, keyAt: number): number | undefined {
  let pos = from;
  let indent = -1;
  while (pos < text.length) {
    let n = 0;
    while (text.charCodeAt(pos + n) === 32) n++;
    const c = text.charCodeAt(pos + n);
    if (Number.isNaN(c) || c === 10 || c === 35) return undefined;
    if (indent < 0) {
      if (n <= keyAt) return undefined;
      indent = n;
    } else if (n < indent) {
      return n <= keyAt ? pos : undefined;
    }
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    if (text.charCodeAt(end - 1) === 32 || text.slice(pos, end).includes('#')) return undefined;
    pos = nl < 0 ? text.length : nl + 1;
  }
  return indent < 0 ? undefined : pos;
}

function valueToken(value: FlowValue, pos: number, indent: number, newline: Token[]): CST.Token {
  const offset = pos + value.at;
  if (value.type === 'flow') return flowToken(value.text, offset, indent, newline);
  const s: Scalar = { type: value.type, offset, indent, source: value.text };
  if (newline.length > 0) s.end = newline;
  return s;
}

/** `{{ name }}` (or `{{name}}`): a template placeholder, which YAML reads as a flow mapping in a flow mapping. */
const PLACEHOLDER = /^\{\{( ?)[\w.]+\1\}\}$/;

/** An empty flow collection, or a placeholder's two flow mappings, as the package's parser gives them. */
function flowToken(text: string, offset: number, indent: number, newline: Token[]): CST.FlowCollection {
  const map = text.charCodeAt(0) === 123; /* { */
  const open = (at: number): Token => ({ type: map ? 'flow-map-start' : 'flow-seq-start', offset: at, indent, source: map ? '{' : '[' });
  const close = (at: number): Token => ({ type: map ? 'flow-map-end' : 'flow-seq-end', offset: at, indent, source: map ? '}' : ']' });
  const last = offset + text.length - 1;
  if (text.length === 2) return { type: 'flow-collection', offset, indent, start: open(offset), items: [], end: [close(last), ...newline] };
  const spaced = text.charCodeAt(2) === 32 ? 1 : 0;
  const name = text.slice(2 + spaced, text.length - 2 - spaced);
  const space = (at: number): Token[] => (spaced ? [{ type: 'space', offset: at, indent, source: ' ' }] : []);
  const key: Scalar = { type: 'scalar', offset: offset + 2 + spaced, indent, source: name };
  const inner: CST.FlowCollection = {
    type: 'flow-collection',
    offset: offset + 1,
    indent,
    start: open(offset + 1),
    items: [{ start: space(offset + 2), key, sep: space(offset + 2 + spaced + name.length) }],
    end: [close(last - 1)],
  };
  return { type: 'flow-collection', offset, indent, start: open(offset), items: [{ start: [], key: inner, sep: [] }], end: [close(last), ...newline] };
}

/**
 * Reads `key: value`, `key:` or a lone value from column `at` to the line's end; undefined when the
 * content is outside the subset.
 */
function readContent(line: string, at: number): Content | undefined {
  const colon = keyEnd(line, at);
  if (colon < 0) {
    const value = readValue(line, at);
    return value ? { value } : undefined;
  }
  const key = line.slice(at, colon);
  if (!plainText(key) || key.endsWith(' ')) return undefined;
  if (colon + 1 === line.length) return { key };
  if (line.charCodeAt(colon + 2) === 32) return undefined;
  const value = readValue(line, colon + 2);
  return value ? { key, value } : undefined;
}

/** The column of the `:` that ends a key (followed by a space or the line's end), or -1. */
function keyEnd(line: string, at: number): number {
  const q = line.charCodeAt(at);
  if (q === 34 || q === 39) return -1;
  for (let i = line.indexOf(':', at); i >= 0; i = line.indexOf(':', i + 1)) {
    if (i + 1 === line.length || line.charCodeAt(i + 1) === 32) return i;
  }
  return -1;
}

/** The block scalar headers read here: literal or folded, clipped or stripped, no indentation indicator. */
const BLOCK_HEADERS = new Set(['|', '|-', '>', '>-']);

function readValue(line: string, at: number): Content['value'] {
  const text = line.slice(at);
  if (BLOCK_HEADERS.has(text)) return { at, text, type: 'block-scalar' };
  if (text === '[]' || text === '{}' || PLACEHOLDER.test(text)) return { at, text, type: 'flow' };
  const q = text.charCodeAt(0);
  if (q === 34) return closedQuote(text, '"') ? { at, text, type: 'double-quoted-scalar' } : undefined;
  if (q === 39) return closedQuote(text, "'") ? { at, text, type: 'single-quoted-scalar' } : undefined;
  return plainText(text) ? { at, text, type: 'scalar' } : undefined;
}

/** A plain scalar on one line: no indicator first (a `-` only before a non-space), no `: `, no `:` last. */
function plainText(text: string): boolean {
  if (text.length === 0) return false;
  if (NOT_PLAIN_START.test(text)) return false;
  if (text.charCodeAt(0) === 45 && (text.length === 1 || text.charCodeAt(1) === 32)) return false;
  return !text.includes(': ') && !text.endsWith(':');
}

/** A quoted scalar that closes at the text's end and nowhere before. */
function closedQuote(text: string, quote: '"' | "'"): boolean {
  if (text.length < 2 || !text.endsWith(quote)) return false;
  let i = 1;
  while (i < text.length) {
    const c = text[i];
    if (quote === '"' && c === '\\') {
      i += 2;
      continue;
    }
    if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") {
        i += 2;
        continue;
      }
      return i === text.length - 1;
    }
    i++;
  }
  return false;
}
