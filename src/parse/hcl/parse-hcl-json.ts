import type { Place } from '../../model/place.js';
import type { SkippedFile } from '../../model/source.js';
import type { HclBlock, HclBody, HclExpr, HclFile } from './hcl-file.js';
import { LineIndex, parseHcl } from './parse-hcl.js';

/**
 * Terraform's JSON syntax (`*.tf.json`, `*.tfvars.json`), read into the same blocks and expressions as
 * the native syntax, each with the place of its JSON text. The document's top level names block types
 * (`"resource": {"aws_eks_cluster": {"c": {...}}}`, one nesting level per label); a body's object-valued
 * property could be a nested block or an object attribute (Terraform decides by the provider's schema,
 * which is not here), so it is given as both. Strings are templates, as Terraform reads them: one holding
 * `${...}` is parsed with the HCL parser and placed at the string.
 */

/** Labels per top-level block type; other keys (`//` comments, unknown types) are not read. */
const LABELS: Record<string, number> = { resource: 2, data: 2, module: 1, variable: 1, output: 1, provider: 1, locals: 0, terraform: 0 };

type JsonValue =
  | { t: 'string'; value: string; at: number; end: number }
  | { t: 'number'; raw: string; at: number; end: number }
  | { t: 'bool'; value: boolean; at: number; end: number }
  | { t: 'null'; at: number; end: number }
  | { t: 'array'; items: JsonValue[]; at: number; end: number }
  | { t: 'object'; props: { key: string; keyAt: number; keyEnd: number; value: JsonValue }[]; at: number; end: number };

class JsonSyntaxError extends Error {
  constructor(readonly at: number) {
    super('JSON syntax error');
  }
}

/** A strict JSON reader that keeps every value's offsets (JSON.parse keeps none). */
class JsonReader {
  private i = 0;
  private depth = 0;
  constructor(private readonly t: string) {}

  document(): JsonValue {
    const v = this.value();
    this.ws();
    if (this.i !== this.t.length) throw new JsonSyntaxError(this.i);
    return v;
  }

  private ws(): void {
    while (this.i < this.t.length && ' \t\r\n'.includes(this.t[this.i]!)) this.i++;
  }

  private value(): JsonValue {
    this.ws();
    const at = this.i;
    const c = this.t[this.i];
    if (c === '"') {
      const value = this.string();
      return { t: 'string', value, at, end: this.i };
    }
    if (c === '{' || c === '[') {
      // Deep nesting is refused like the native parser's, rather than overflowing the stack.
      if (++this.depth > 200) throw new RangeError('nesting too deep');
      const v = c === '{' ? this.object(at) : this.array(at);
      this.depth--;
      return v;
    }
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.t.slice(at, at + 64));
    if (!m) throw new JsonSyntaxError(at);
    this.i += m[0].length;
    if (m[0] === 'true' || m[0] === 'false') return { t: 'bool', value: m[0] === 'true', at, end: this.i };
    if (m[0] === 'null') return { t: 'null', at, end: this.i };
    return { t: 'number', raw: m[0], at, end: this.i };
  }

  private string(): string {
    const start = this.i;
    this.i++;
    for (;;) {
      const c = this.t[this.i];
      if (c === undefined || c === '\n') throw new JsonSyntaxError(this.i);
      if (c === '\\') this.i += 2;
      else if (c === '"') break;
      else this.i++;
    }
    this.i++;
    try {
      return JSON.parse(this.t.slice(start, this.i)) as string;
    } catch {
      throw new JsonSyntaxError(start);
    }
  }

  private object(at: number): JsonValue {
    this.i++;
    const props: { key: string; keyAt: number; keyEnd: number; value: JsonValue }[] = [];
    this.ws();
    if (this.t[this.i] === '}') {
      this.i++;
      return { t: 'object', props, at, end: this.i };
    }
    for (;;) {
      this.ws();
      const keyAt = this.i;
      if (this.t[this.i] !== '"') throw new JsonSyntaxError(this.i);
      const key = this.string();
      const keyEnd = this.i;
      this.ws();
      if (this.t[this.i] !== ':') throw new JsonSyntaxError(this.i);
      this.i++;
      props.push({ key, keyAt, keyEnd, value: this.value() });
      this.ws();
      const c = this.t[this.i++];
      if (c === '}') return { t: 'object', props, at, end: this.i };
      if (c !== ',') throw new JsonSyntaxError(this.i - 1);
    }
  }

  private array(at: number): JsonValue {
    this.i++;
    const items: JsonValue[] = [];
    this.ws();
    if (this.t[this.i] === ']') {
      this.i++;
      return { t: 'array', items, at, end: this.i };
    }
    for (;;) {
      items.push(this.value());
      this.ws();
      const c = this.t[this.i++];
      if (c === ']') return { t: 'array', items, at, end: this.i };
      if (c !== ',') throw new JsonSyntaxError(this.i - 1);
    }
  }
}

/** Parses one `.tf.json` / `.tofu.json` / `.tfvars.json` file; never throws (a broken file is skipped). */
export async function parseHclJson(path: string, input: string): Promise<{ file: HclFile } | { skipped: SkippedFile }> {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const lines = new LineIndex(text);
  let root: JsonValue;
  try {
    root = new JsonReader(text).document();
  } catch (e) {
    if (e instanceof JsonSyntaxError) {
      const at = lines.at(e.at);
      return { skipped: { path, reason: 'hcl-error', detail: `not valid JSON: syntax error at line ${at.line}, column ${at.column}` } };
    }
    const why = e instanceof RangeError ? 'nesting too deep to read' : (e as Error).message;
    return { skipped: { path, reason: 'hcl-error', detail: `JSON file could not be read: ${why}` } };
  }
  if (root.t !== 'object') {
    const at = lines.at(root.at);
    return { skipped: { path, reason: 'hcl-error', detail: `not Terraform JSON: the document is not an object (line ${at.line}, column ${at.column})` } };
  }
  const conv = new JsonConverter(path, lines);
  const body = /\.tfvars\.json$/.test(path) ? await conv.body(root) : await conv.config(root);
  return { file: { path, text, body } };
}

class JsonConverter {
  constructor(
    private readonly path: string,
    private readonly lines: LineIndex,
  ) {}

  place(at: number, end: number): Place {
    return this.lines.place(this.path, at, end);
  }

  /** A configuration file's top level: blocks by type, their labels as nested keys. */
  async config(root: Extract<JsonValue, { t: 'object' }>): Promise<HclBody> {
    const out: HclBody = { attributes: [], blocks: [] };
    for (const p of root.props) {
      const labels = LABELS[p.key];
      if (labels === undefined) continue;
      // A block is placed at its last label's key (`"eks": {`), or at the type's key when it has none.
      const walk = async (v: JsonValue, got: string[], place: Place): Promise<void> => {
        if (got.length < labels) {
          if (v.t === 'object') for (const q of v.props) await walk(q.value, [...got, q.key], this.place(q.keyAt, q.keyEnd));
          return;
        }
        for (const b of v.t === 'array' ? v.items : [v]) if (b.t === 'object') out.blocks.push(await this.block(p.key, got, b, place));
      };
      await walk(p.value, [], this.place(p.keyAt, p.keyEnd));
    }
    return out;
  }

  async block(type: string, labels: string[], v: Extract<JsonValue, { t: 'object' }>, place: Place): Promise<HclBlock> {
    return { type, labels, body: await this.body(v), place, extent: this.place(v.at, v.end) };
  }

  /** A body: every property an attribute; object-valued ones (and lists of objects) nested blocks too. */
  async body(v: Extract<JsonValue, { t: 'object' }>): Promise<HclBody> {
    const out: HclBody = { attributes: [], blocks: [] };
    for (const p of v.props) {
      if (p.key === '//') continue;
      const place = this.place(p.keyAt, p.keyEnd);
      out.attributes.push({ name: p.key, expr: await this.expr(p.value), place });
      const nested = p.value.t === 'object' ? [p.value] : p.value.t === 'array' && p.value.items.every((x) => x.t === 'object') ? p.value.items : [];
      for (const n of nested) if (n.t === 'object') out.blocks.push(await this.block(p.key, [], n, place));
    }
    return out;
  }

  async expr(v: JsonValue): Promise<HclExpr> {
    const place = this.place(v.at, v.end);
    switch (v.t) {
      case 'string':
        return /[$%]\{/.test(v.value) ? this.template(v.value, place) : { kind: 'string', value: v.value, place };
      case 'number':
        return { kind: 'number', raw: v.raw, place };
      case 'bool':
        return { kind: 'bool', value: v.value, place };
      case 'null':
        return { kind: 'null', place };
      case 'array':
        return { kind: 'tuple', items: await Promise.all(v.items.map((x) => this.expr(x))), place };
      case 'object':
        return {
          kind: 'object',
          entries: await Promise.all(v.props.map(async (p) => ({ key: p.key, keyPlace: this.place(p.keyAt, p.keyEnd), value: await this.expr(p.value) }))),
          place,
        };
    }
  }

  /** A string with `${...}`: the HCL parser reads it as the quoted template it is; every part gets the string's place. */
  async template(value: string, place: Place): Promise<HclExpr> {
    const quoted = value.replace(/[\\"\n\r\t]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\${c}`));
    const r = await parseHcl(this.path, `v = "${quoted}"\n`);
    const e = 'file' in r ? r.file.body.attributes[0]?.expr : undefined;
    return e ? placed(e, place, value) : { kind: 'other', text: value, place };
  }
}

/** An expression parsed from a JSON string, every part placed at that string; text is the string itself. */
function placed(e: HclExpr, place: Place, text: string): HclExpr {
  switch (e.kind) {
    case 'template':
      return { ...e, parts: e.parts.map((p) => (typeof p === 'string' ? p : placed(p, place, text))), text, place };
    case 'object':
      return { ...e, entries: e.entries.map((x) => ({ ...x, keyPlace: place, value: placed(x.value, place, text) })), place };
    case 'tuple':
      return { ...e, items: e.items.map((x) => placed(x, place, text)), place };
    case 'call':
      return { ...e, args: e.args.map((x) => placed(x, place, text)), place };
    default:
      return { ...e, place };
  }
}
