import type { Place } from '../../model/place.js';
import type { HclAttribute, HclBlock, HclBody, HclExpr, HclObjectEntry } from './hcl-file.js';
import { heredocExpr, KEYWORDS, plainExpr, type BlockFilter, type LineIndex, type Span } from './hcl-text.js';

/**
 * Top-level items in the plainest layout Terraform is written in, read straight from the text into what
 * the parser's tree gives (test/parse/hcl/parse-hcl.test.ts compares both on every fixture): blocks with
 * literal labels, one attribute per line, values that are plain strings, numbers, literals, dotted names,
 * objects and tuples of those, and `<<-` heredocs without interpolation. The WebAssembly parser costs
 * about a microsecond per character; most items of a monorepo are this plain. Anything else (a comment,
 * an escape, `${`, a function call, an operator, any unusual spacing) gives undefined, and the caller
 * parses the file with the grammar, which also reports what is wrong.
 */
export function readPlainItems(path: string, text: string, lines: LineIndex, keep: readonly Span[], wanted: BlockFilter): HclBody | undefined {
  const r = new PlainReader(path, text, lines);
  const body: HclBody = { attributes: [], blocks: [] };
  try {
    for (const span of keep) {
      r.i = span.start;
      const name = r.ident();
      r.blanks();
      if (r.at('=')) {
        r.i++;
        r.blanks();
        const expr = r.expr(0);
        r.blanks();
        if (r.i !== span.end) return undefined;
        body.attributes.push({ name, expr, place: r.place(span.start, span.start + name.length) });
      } else {
        const b = r.block(span.start, name, 0);
        if (r.i !== span.end) return undefined;
        if (!wanted(b.type, b.labels)) b.body = { attributes: [], blocks: [] };
        body.blocks.push(b);
      }
    }
  } catch (e) {
    if (e instanceof NotPlain || e instanceof RangeError) return undefined;
    throw e;
  }
  return body;
}

class NotPlain extends Error {}

const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
const STRING = /"([^"\\$%\n]*)"/y;
/** A bare token: up to a blank, a line end or a separator; plainExpr decides whether it is plain. */
const TOKEN = /[^ \t\r\n,}\]]+/y;
const HEREDOC_START = /<<(-?)([A-Za-z_][A-Za-z0-9_-]*)\r?\n/y;
/** Nested brackets beyond this are left to the parser (which reports too deep nesting its own way). */
const MAX_DEPTH = 32;

class PlainReader {
  i = 0;
  constructor(
    private readonly path: string,
    private readonly t: string,
    private readonly lines: LineIndex,
  ) {}

  place(start: number, end: number): Place {
    return this.lines.place(this.path, start, end);
  }

  at(c: string): boolean {
    return this.t[this.i] === c;
  }

  private sticky(re: RegExp): RegExpExecArray | undefined {
    re.lastIndex = this.i;
    const m = re.exec(this.t);
    if (!m) return undefined;
    this.i = re.lastIndex;
    return m;
  }

  ident(): string {
    const m = this.sticky(IDENT);
    if (!m || KEYWORDS.has(m[0])) throw new NotPlain();
    return m[0];
  }

  // The loops over characters read the text and the offset into locals and compare character codes: this
  // code runs a few hundred times a scan, in V8's first tiers, where each property read and one-character
  // string costs a call (docs/performance.md).

  /** Spaces and tabs. */
  blanks(): void {
    const t = this.t;
    let i = this.i;
    for (let c = t.charCodeAt(i); c === 32 /* space */ || c === 9 /* tab */; c = t.charCodeAt(++i));
    this.i = i;
  }

  /** Blanks and line ends (inside a body or brackets). */
  space(): void {
    const t = this.t;
    let i = this.i;
    for (let c = t.charCodeAt(i); c === 32 || c === 9 || c === 13 /* \r */ || c === 10 /* \n */; c = t.charCodeAt(++i));
    this.i = i;
  }

  /** The rest of a line after an attribute or a closing brace: blanks, then the line end (consumed). */
  lineEnd(): void {
    this.blanks();
    if (this.t[this.i] === '\r') this.i++;
    if (this.t[this.i] !== '\n') throw new NotPlain();
    this.i++;
  }

  /** A block from its labels on, the type already read (at `start`); ends after the closing brace. */
  block(start: number, type: string, depth: number): HclBlock {
    if (depth > MAX_DEPTH) throw new NotPlain();
    const labels: string[] = [];
    for (;;) {
      this.blanks();
      const c = this.t[this.i];
      if (c === '{') break;
      if (c === '"') {
        const m = this.sticky(STRING);
        // The grammar drops blanks at the ends of a label's text: left to it, so both read the same.
        if (!m || /^\s|\s$/.test(m[1]!)) throw new NotPlain();
        labels.push(m[1]!);
      } else labels.push(this.ident());
      // Labels are separated by blanks; `"a""b"` is left to the parser.
      if (this.t[this.i] !== ' ' && this.t[this.i] !== '\t') {
        this.blanks();
        if (!this.at('{')) throw new NotPlain();
      }
    }
    this.i++;
    this.lineEnd();
    const body: HclBody = { attributes: [], blocks: [] };
    for (;;) {
      this.space();
      const from = this.i;
      if (this.at('}')) {
        this.i++;
        break;
      }
      const name = this.ident();
      this.blanks();
      if (this.at('=')) {
        this.i++;
        this.blanks();
        const expr = this.expr(depth + 1);
        body.attributes.push({ name, expr, place: this.place(from, from + name.length) } satisfies HclAttribute);
        this.lineEnd();
      } else {
        body.blocks.push(this.block(from, name, depth + 1));
        this.lineEnd();
      }
    }
    return { type, labels, body, place: this.place(start, start + type.length), extent: this.place(start, this.i) };
  }

  expr(depth: number): HclExpr {
    if (depth > MAX_DEPTH) throw new NotPlain();
    const start = this.i;
    const c = this.t[this.i];
    if (c === '{') return this.object(start, depth);
    if (c === '[') return this.tuple(start, depth);
    if (c === '<') return this.heredoc(start);
    if (c === '"') {
      const m = this.sticky(STRING);
      if (!m) throw new NotPlain();
      return { kind: 'string', value: m[1]!, place: this.place(start, this.i) };
    }
    const m = this.sticky(TOKEN);
    if (!m) throw new NotPlain();
    const e = plainExpr(m[0], this.place(start, this.i));
    if (!e) throw new NotPlain();
    return e;
  }

  /** `{ k = v, ... }` or one entry a line; keys are names or plain strings. */
  private object(start: number, depth: number): HclExpr {
    this.i++;
    const entries: HclObjectEntry[] = [];
    for (;;) {
      this.space();
      if (this.at('}')) break;
      const from = this.i;
      let key: string;
      if (this.at('"')) {
        const m = this.sticky(STRING);
        if (!m) throw new NotPlain();
        key = m[1]!;
      } else key = this.ident();
      const keyPlace = this.place(from, this.i);
      this.blanks();
      if (!this.at('=') || this.t[this.i + 1] === '=') throw new NotPlain();
      this.i++;
      this.blanks();
      entries.push({ key, keyPlace, value: this.expr(depth + 1) });
      this.blanks();
      if (this.at(',')) this.i++;
      else if (this.at('}')) break;
      else this.lineEnd();
    }
    this.i++;
    return { kind: 'object', entries, place: this.place(start, this.i) };
  }

  /** `[a, b]`, across lines or not, a trailing comma allowed. */
  private tuple(start: number, depth: number): HclExpr {
    this.i++;
    const items: HclExpr[] = [];
    for (;;) {
      this.space();
      if (this.at(']')) break;
      items.push(this.expr(depth + 1));
      this.space();
      if (this.at(',')) this.i++;
      else if (!this.at(']')) throw new NotPlain();
    }
    this.i++;
    return { kind: 'tuple', items, place: this.place(start, this.i) };
  }

  /**
   * `<<-EOT` ... `EOT`: the closing marker alone on its line. `<<` (not indented) and a content line that only
   * starts with the marker, `${` or `%{` anywhere in it: left to the parser.
   */
  private heredoc(start: number): HclExpr {
    const m = this.sticky(HEREDOC_START);
    if (!m || m[1] !== '-') throw new NotPlain();
    const marker = m[2]!;
    const openEnd = start + 3 + marker.length;
    for (let line = this.i; line < this.t.length;) {
      const nl = this.t.indexOf('\n', line);
      const end = nl < 0 ? this.t.length : nl;
      const content = this.t.slice(line, end);
      const trimmed = content.trimStart();
      if (trimmed === marker || trimmed === `${marker}\r`) {
        const closeStart = end - trimmed.length;
        this.i = closeStart + marker.length;
        return heredocExpr(this.t, this.lines, openEnd, closeStart, true, false, this.place(start, this.i));
      }
      if (trimmed.startsWith(marker) || content.includes('${') || content.includes('%{')) throw new NotPlain();
      line = end + 1;
    }
    throw new NotPlain();
  }
}
