/**
 * A file's top-level items (blocks and attributes) with their offsets, found by a plain scan of the text:
 * strings, interpolations, heredocs and comments are skipped and brackets balanced, nothing is built.
 * It lets the directory pass hand the parser only the blocks an extractor reads and the `variable`,
 * `locals` and `.tfvars` entries they refer to (the rest of the file is blanked, so places stay exact).
 * Undefined when the text is not plainly well-formed at the top level: the caller then parses the whole
 * file, and the parser reports what is wrong.
 */
export type OutlineItem =
  { kind: 'block'; type: string; labels: string[]; start: number; end: number } | { kind: 'attribute'; name: string; start: number; end: number };

const IDENT_START = /[A-Za-z_]/;
/** A name read in one step (sticky): a loop testing each character cost more than the rest of the scan. */
const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
/** Inside a quoted template, the characters that end it or open something. */
const IN_STRING = /["\\$%\n]/g;
/**
 * What `until` and `expression` skip without a decision, read in one step (sticky): runs of characters that
 * cannot open or close anything (all but `"{}()[]#/<`, and in an expression the line end), and quoted strings
 * whose templates are only references (`"${local.name}-0"`: a name, dots and dashes between `${` and `}`,
 * which the character-by-character path reads to the same end) and that hold no other `${`, no `%{`, no
 * `$$` / `%%` literal and no escaped line end. A string holding one stops the step at its quote, and the
 * character-by-character path reads it as before. Most of a monorepo's text is this plain: one regular-expression call per run of
 * plain text instead of two per string (docs/performance.md: the outline's instructions on the Terraform
 * benchmark went from about 95 to 79 million).
 */
const PLAIN_STRING = '"(?:[^"\\\\$%\\n]|\\\\[^\\n]|\\$(?![{$])|\\$\\{[A-Za-z0-9_.-]*\\}|%(?![{%]))*"';
const PLAIN_IN_BRACKETS = new RegExp(`(?:[^"{}()[\\]#/<]+|${PLAIN_STRING})+`, 'y');
const PLAIN_IN_EXPRESSION = new RegExp(`(?:[^"{}()[\\]#/<\\n]+|${PLAIN_STRING})+`, 'y');

export function outline(text: string): OutlineItem[] | undefined {
  const s = new Scanner(text);
  try {
    return s.items();
  } catch (e) {
    if (e instanceof Unclear) return undefined;
    throw e;
  }
}

class Unclear extends Error {}

/** What `/\s/` matches, by code unit, without a regular expression call per character. */
function isBlank(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

class Scanner {
  private i = 0;
  constructor(private readonly t: string) {}

  items(): OutlineItem[] {
    const out: OutlineItem[] = [];
    for (;;) {
      this.space(true);
      if (this.i >= this.t.length) return out;
      const start = this.i;
      const name = this.ident();
      this.space(false);
      if (this.t[this.i] === '=' && this.t[this.i + 1] !== '=') {
        this.i++;
        this.expression();
        out.push({ kind: 'attribute', name, start, end: this.trimEnd(start) });
        continue;
      }
      const labels: string[] = [];
      for (;;) {
        this.space(false);
        const c = this.t[this.i];
        if (c === '{') break;
        if (c === '"') {
          const from = this.i + 1;
          this.string();
          labels.push(this.t.slice(from, this.i - 1));
        } else if (c !== undefined && IDENT_START.test(c)) labels.push(this.ident());
        else throw new Unclear();
      }
      this.i++;
      this.until('}');
      out.push({ kind: 'block', type: name, labels, start, end: this.i });
    }
  }

  /** Moves to the next character `re` finds; false at the end of the text. */
  private jump(re: RegExp): boolean {
    re.lastIndex = this.i;
    const m = re.exec(this.t);
    this.i = m ? m.index : this.t.length;
    return m !== null;
  }

  /**
   * Moves past what the sticky `plain` reads; false at the end of the text. `plain` reads every character
   * its stop set does not hold, so where it stops is such a character (or a quote opening a string with a
   * template): the search for the next one that `jump` would make finds it there, and is left out (one
   * regular-expression call per step instead of two, about a third of the outline's instructions).
   */
  private skipPlain(plain: RegExp): boolean {
    plain.lastIndex = this.i;
    if (plain.test(this.t)) this.i = plain.lastIndex;
    return this.i < this.t.length;
  }

  /** The end of an attribute's expression, before the newline and any trailing blanks or comment. */
  private trimEnd(start: number): number {
    let e = this.i;
    while (e > start && isBlank(this.t.charCodeAt(e - 1))) e--;
    return e;
  }

  private ident(): string {
    IDENT.lastIndex = this.i;
    const m = IDENT.exec(this.t);
    if (!m) throw new Unclear();
    this.i = IDENT.lastIndex;
    return m[0];
  }

  /** Blanks and comments; across newlines only when `lines`. */
  private space(lines: boolean): void {
    const t = this.t;
    while (this.i < t.length) {
      const c = t[this.i]!;
      if (c === ' ' || c === '\t' || c === '\r' || (lines && c === '\n')) this.i++;
      else if (c === '#' || (c === '/' && t[this.i + 1] === '/')) {
        if (!lines) return;
        this.lineComment();
      } else if (c === '/' && t[this.i + 1] === '*') this.blockComment();
      else return;
    }
  }

  private lineComment(): void {
    const nl = this.t.indexOf('\n', this.i);
    this.i = nl < 0 ? this.t.length : nl;
  }

  private blockComment(): void {
    const end = this.t.indexOf('*/', this.i + 2);
    if (end < 0) throw new Unclear();
    this.i = end + 2;
  }

  /** An attribute's expression: up to a newline outside brackets (the newline is not consumed). */
  private expression(): void {
    const t = this.t;
    while (this.skipPlain(PLAIN_IN_EXPRESSION)) {
      const c = t[this.i]!;
      if (c === '\n') return;
      if (c === '#' || (c === '/' && t[this.i + 1] === '/')) return this.lineComment();
      if (c === '}' || c === ')' || c === ']') throw new Unclear();
      this.token();
    }
  }

  /** Everything up to the closing bracket `close` (consumed). */
  private until(close: string): void {
    const t = this.t;
    while (this.skipPlain(PLAIN_IN_BRACKETS)) {
      const c = t[this.i]!;
      if (c === close) {
        this.i++;
        return;
      }
      if (c === '}' || c === ')' || c === ']') throw new Unclear();
      if (c === '#' || (c === '/' && t[this.i + 1] === '/')) this.lineComment();
      else this.token();
    }
    throw new Unclear();
  }

  /** One step: a string, heredoc, comment or bracketed group skipped whole, else one character. */
  private token(): void {
    const t = this.t;
    const c = t[this.i]!;
    if (c === '"') return this.string();
    if (c === '{' || c === '(' || c === '[') {
      this.i++;
      return this.until(c === '{' ? '}' : c === '(' ? ')' : ']');
    }
    if (c === '/' && t[this.i + 1] === '*') return this.blockComment();
    if (c === '<' && t[this.i + 1] === '<' && this.heredoc()) return;
    this.i++;
  }

  /** A quoted template: escapes, `$${` / `%%{` literals, and `${...}` / `%{...}` with their own expressions. */
  private string(): void {
    const t = this.t;
    this.i++;
    while (this.jump(IN_STRING)) {
      const c = t[this.i]!;
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === '\n') throw new Unclear();
      if (c === '\\') this.i += 2;
      else if ((c === '$' || c === '%') && t[this.i + 1] === c) this.i += 2;
      else if ((c === '$' || c === '%') && t[this.i + 1] === '{') {
        this.i += 2;
        this.until('}');
      } else this.i++;
    }
    throw new Unclear();
  }

  /** `<<EOT` / `<<-EOT` up to the line holding only the marker; false when `<<` does not open one. */
  private heredoc(): boolean {
    const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(this.t.slice(this.i, this.i + 200));
    if (!m) return false;
    const marker = m[1]!;
    let line = this.i + m[0].length;
    while (line < this.t.length) {
      const nl = this.t.indexOf('\n', line);
      const end = nl < 0 ? this.t.length : nl;
      if (this.t.slice(line, end).trim() === marker) {
        this.i = end;
        return true;
      }
      line = end + 1;
    }
    throw new Unclear();
  }
}
