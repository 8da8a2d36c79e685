import type { Node as TsNode } from 'web-tree-sitter';
import type { Place } from '../../model/place.js';
import type { SkippedFile } from '../../model/source.js';
import { ESCAPES, unicodeEscape } from './escapes.js';
import type { HclBlock, HclBody, HclExpr, HclFile, HclObjectEntry } from './hcl-file.js';
import { heredocExpr, LineIndex, plainExpr, type BlockFilter, type Span } from './hcl-text.js';
import { hclParser } from './load.js';
import { readPlainItems } from './plain-items.js';

export { LineIndex, type BlockFilter, type Span } from './hcl-text.js';

/**
 * The `keep` spans of a text (sorted, not overlapping) joined by newlines, and the way back from an offset
 * in the joined text to the file's own. The parser reads only those items: it costs time per character in
 * WebAssembly, blanks included, and a monorepo's files are mostly blocks no rule reads.
 */
export function joinSpans(text: string, keep: readonly Span[]): { text: string; offset: (at: number) => number } {
  const starts: number[] = [];
  let len = 0;
  for (const k of keep) {
    starts.push(len);
    len += k.end - k.start + 1;
  }
  const joined = keep.map((k) => text.slice(k.start, k.end)).join('\n');
  const offset = (at: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return (keep[lo]?.start ?? 0) + at - (starts[lo] ?? 0);
  };
  return { text: joined, offset };
}

/**
 * Parses one `.tf`, `.tofu` or `.tfvars` file. Never throws: a file with a syntax error is skipped with
 * the place of the first error, since a partly read file could give a value from a broken block.
 * With `keep`, only those spans of the file are parsed (src/parse/hcl/outline.ts finds the items), with
 * places in the file as a whole.
 */
export async function parseHcl(
  path: string,
  input: string,
  wanted: BlockFilter = () => true,
  keep?: readonly Span[],
  /**
   * `shortcuts: false` reads every expression from the tree, `plainItems: false` every kept item (the tests
   * compare the ways).
   */
  opts: { shortcuts?: boolean; plainItems?: boolean } = {},
): Promise<{ file: HclFile } | { skipped: SkippedFile }> {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (keep && keep.length === 0) return { file: { path, text, body: { attributes: [], blocks: [] } } };
  if (keep && (opts.plainItems ?? opts.shortcuts ?? true)) {
    const body = readPlainItems(path, text, new LineIndex(text), keep, wanted);
    if (body) return { file: { path, text, body } };
  }
  let parser;
  try {
    parser = await hclParser();
  } catch (e) {
    return { skipped: { path, reason: 'hcl-error', detail: `HCL parser unavailable: ${(e as Error).message}` } };
  }
  const part = keep ? joinSpans(text, keep) : { text, offset: (at: number) => at };
  const tree = parser.parse(part.text);
  if (!tree) return { skipped: { path, reason: 'hcl-error', detail: 'HCL parser returned no tree' } };
  try {
    const lines = new LineIndex(text);
    const root = tree.rootNode;
    if (root.hasError) {
      const bad = firstError(root);
      const at = lines.at(part.offset(bad?.startIndex ?? 0));
      const what = bad?.isMissing ? `missing ${JSON.stringify(bad.type)}` : 'syntax error';
      return { skipped: { path, reason: 'hcl-error', detail: `not valid HCL: ${what} at line ${at.line}, column ${at.column}` } };
    }
    const conv = new Converter(path, text, lines, part.offset, opts.shortcuts ?? true);
    const bodyNode = new N(root, part.text).named.find((n) => n.type === 'body');
    return { file: { path, text, body: bodyNode ? conv.body(bodyNode, wanted) : { attributes: [], blocks: [] } } };
  } catch (e) {
    const why = e instanceof RangeError ? 'expressions nest too deeply to read' : (e as Error).message;
    return { skipped: { path, reason: 'hcl-error', detail: `HCL file could not be read: ${why}` } };
  } finally {
    tree.delete();
  }
}

function firstError(n: TsNode): TsNode | undefined {
  if (n.isError || n.isMissing) return n;
  for (const c of n.children) {
    if (c && (c.hasError || c.isMissing)) {
      const found = firstError(c);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * A parser node as the converter reads it: its type and offsets read once, its named children read on
 * first use. Every property of a web-tree-sitter node is a call into WebAssembly, so reading each once
 * (instead of `type` at every test) is most of the conversion's cost.
 */
class N {
  readonly type: string;
  readonly start: number;
  private endAt: number | undefined;
  private kids: N[] | undefined;
  constructor(
    private readonly node: TsNode,
    /** The text the parser read. */
    private readonly src: string,
  ) {
    this.type = node.type;
    this.start = node.startIndex;
  }
  /** Read on first use: wrapper nodes (`expression`, `body`, `object_elem`) are only walked through. */
  get end(): number {
    this.endAt ??= this.node.endIndex;
    return this.endAt;
  }
  /** Named children without comments (comments may stand between any two tokens). */
  get named(): N[] {
    if (!this.kids) {
      // Each child's type is read once (in the constructor), not again to drop comments.
      this.kids = [];
      for (const c of this.node.namedChildren) {
        if (!c) continue;
        const n = new N(c, this.src);
        if (n.type !== 'comment') this.kids.push(n);
      }
    }
    return this.kids;
  }
  get text(): string {
    return this.src.slice(this.start, this.end);
  }
}

/** `"a\"b"` → `a"b`; `\uNNNN` and `\UNNNNNNNN` are characters; `$${` and `%%{` are the escapes of `${` and `%{`. */
function unescape(s: string): string {
  return s
    .replace(/\\(["\\nrt])|\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (all: string, c: string | undefined) => {
      if (c !== undefined) return ESCAPES[c]!;
      return unicodeEscape(all, 0)?.char ?? all;
    })
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{');
}

class Converter {
  constructor(
    private readonly path: string,
    private readonly text: string,
    private readonly lines: LineIndex,
    /** From the parsed text's offsets to the file's (they differ when only some spans were parsed). */
    private readonly offset: (at: number) => number,
    private readonly shortcuts: boolean,
  ) {}

  place(n: N): Place {
    return this.lines.place(this.path, this.offset(n.start), this.offset(n.end));
  }

  /** A body; `wanted` filters its blocks (given for the file's top level only: nested blocks are always read). */
  body(n: N, wanted?: BlockFilter): HclBody {
    const out: HclBody = { attributes: [], blocks: [] };
    for (const c of n.named) {
      if (c.type === 'attribute') {
        const [id, ex] = c.named;
        if (id && ex) out.attributes.push({ name: id.text, expr: this.expr(ex), place: this.place(id) });
      } else if (c.type === 'block') {
        out.blocks.push(this.block(c, wanted));
      }
    }
    return out;
  }

  block(n: N, wanted?: BlockFilter): HclBlock {
    const parts = n.named;
    const type = parts[0]?.text ?? '';
    const labels: string[] = [];
    let bodyNode: N | undefined;
    for (const p of parts.slice(1)) {
      if (p.type === 'string_lit') labels.push(unescape(p.named.find((x) => x.type === 'template_literal')?.text ?? ''));
      else if (p.type === 'identifier') labels.push(p.text);
      else if (p.type === 'body') bodyNode = p;
    }
    const body = bodyNode && (!wanted || wanted(type, labels)) ? this.body(bodyNode) : { attributes: [], blocks: [] };
    return { type, labels, body, place: this.place(parts[0] ?? n), extent: this.place(n) };
  }

  /** An `expression` node (or a term inside one). */
  expr(n: N): HclExpr {
    const place = this.place(n);
    if (this.shortcuts && n.type === 'expression') {
      const plain = plainExpr(n.text, place);
      if (plain) return plain;
    }
    const kids = n.type === 'expression' ? n.named : [n];
    const first = kids[0];
    if (!first) return { kind: 'other', text: n.text, place };
    if (kids.length === 1) {
      switch (first.type) {
        case 'expression':
          return this.expr(first);
        case 'literal_value':
          return this.literal(first, place);
        case 'template_expr':
          return this.template(first.named[0] ?? first, place);
        case 'collection_value':
          return this.collection(first.named[0] ?? first, place);
        case 'function_call': {
          const [id, args] = first.named;
          const list = args && args.type === 'function_arguments' ? args.named.filter((a) => a.type === 'expression').map((a) => this.expr(a)) : [];
          return { kind: 'call', name: id?.text ?? '', args: list, text: n.text, place };
        }
      }
    }
    if (first.type === 'variable_expr') return this.traversal(first, kids.slice(1), n, place);
    return { kind: 'other', text: n.text, place };
  }

  literal(n: N, place: Place): HclExpr {
    const lit = n.named[0];
    if (!lit) return { kind: 'other', text: n.text, place };
    if (lit.type === 'numeric_lit') return { kind: 'number', raw: lit.text, place };
    if (lit.type === 'bool_lit') return { kind: 'bool', value: lit.text === 'true', place };
    if (lit.type === 'null_lit') return { kind: 'null', place };
    const body = lit.named.find((x) => x.type === 'template_literal');
    return { kind: 'string', value: unescape(body?.text ?? ''), place };
  }

  template(n: N, place: Place): HclExpr {
    if (n.type === 'heredoc_template') return this.heredoc(n, place);
    const parts: (string | HclExpr)[] = [];
    for (const c of n.named) {
      if (c.type === 'template_literal') parts.push(unescape(c.text));
      else if (c.type === 'template_interpolation') {
        const inner = c.named.find((x) => x.type === 'expression');
        parts.push(inner ? this.expr(inner) : { kind: 'other', text: c.text, place: this.place(c) });
      } else if (c.type === 'template_directive') parts.push({ kind: 'other', text: c.text, place: this.place(c) });
    }
    if (parts.every((p) => typeof p === 'string')) return { kind: 'string', value: parts.join(''), place };
    return { kind: 'template', parts, text: n.text, place };
  }

  heredoc(n: N, place: Place): HclExpr {
    const kids = n.named;
    const start = kids.find((k) => k.type === 'heredoc_start');
    const ids = kids.filter((k) => k.type === 'heredoc_identifier');
    const open = ids[0];
    const close = ids[ids.length - 1];
    if (!open || !close || open === close) return { kind: 'other', text: n.text, place };
    const indented = start?.text === '<<-';
    const interpolated = kids.some((k) => k.type === 'template_interpolation' || k.type === 'template_directive');
    return heredocExpr(this.text, this.lines, this.offset(open.end), this.offset(close.start), indented, interpolated, place);
  }

  collection(n: N, place: Place): HclExpr {
    if (n.type === 'tuple')
      return {
        kind: 'tuple',
        items: n.named.filter((c) => c.type === 'expression').map((c) => this.expr(c)),
        place,
      };
    const entries: HclObjectEntry[] = [];
    for (const el of n.named.filter((c) => c.type === 'object_elem')) {
      // object_elem is `key = val` (or `key: val`): its two named children.
      const [k, v] = el.named;
      if (!k || !v) continue;
      entries.push({ key: this.keyOf(k), keyPlace: this.place(k), value: this.expr(v) });
    }
    return { kind: 'object', entries, place };
  }

  /** An object key written as a bare word or a literal string; computed keys (`(var.k)`) have none. */
  keyOf(k: N): string | undefined {
    const e = this.expr(k);
    if (e.kind === 'string') return e.value;
    if (e.kind === 'traversal' && e.steps.length === 0 && !k.text.trim().startsWith('(')) return e.root;
    return undefined;
  }

  traversal(root: N, rest: N[], whole: N, place: Place): HclExpr {
    const steps: (string | number)[] = [];
    for (const r of rest) {
      if (r.type === 'get_attr') {
        steps.push(r.named[0]?.text ?? '');
        continue;
      }
      if (r.type === 'index') {
        const idx = r.named[0];
        if (idx?.type === 'legacy_index') {
          steps.push(Number(idx.text.replace(/^\./, '')));
          continue;
        }
        const inner = idx ? idx.named.find((x) => x.type === 'expression') : undefined;
        const e = inner ? this.expr(inner) : undefined;
        if (e?.kind === 'string') steps.push(e.value);
        else if (e?.kind === 'number' && /^\d+$/.test(e.raw)) steps.push(Number(e.raw));
        else return { kind: 'other', text: whole.text, place };
        continue;
      }
      return { kind: 'other', text: whole.text, place };
    }
    return { kind: 'traversal', root: root.named[0]?.text ?? root.text, steps, text: whole.text, place };
  }
}
