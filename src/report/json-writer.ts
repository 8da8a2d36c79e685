import { inReportOrder, NOT_PLAIN, plainText } from './plain-json.js';
import { orderKeys } from './stable-json.js';

/** Receives the report in pieces; a file descriptor or stdout writes each piece at once. */
export type Sink = (chunk: string) => void;

/** Pieces are gathered to about this size before the sink sees them. */
const CHUNK = 64 * 1024;

/** A list written item by item as `produce` yields it: the items are never held all at once. */
export class Streamed<T> {
  constructor(readonly produce: () => Iterable<T>) {}
}

export interface JsonWriteOptions {
  /** Keys in the stable order of stable-json.ts (the JSON report); otherwise in insertion order (SARIF). */
  stableKeys: boolean;
}

/**
 * Writes `value` as `JSON.stringify(value, null, 2)` + newline would print it, byte for byte, without
 * ever holding the whole text: peak memory no longer grows with the number of findings. `##[` is
 * neutralised inside each string (it can occur nowhere else in JSON), which equals neutralising the whole
 * text (safe-text.ts). Plain data only: no toJSON, no Map or Set.
 */
export function writeJson(value: unknown, sink: Sink, opts: JsonWriteOptions): void {
  const w = new JsonWriter(sink, opts);
  w.write(value, '');
  w.put('\n');
  w.flush();
}

/** The punctuation of one depth, made once (a report writes millions). */
interface Depth {
  inner: string;
  open: string;
  next: string;
  openList: string;
  closeList: string;
  closeObject: string;
}

/** One report being written: the running buffer and what is made once per report (key orders, texts). */
class JsonWriter {
  private buf = '';
  // While a small object is written whole (to be cached), nothing is handed to the sink.
  private holding = 0;
  private readonly sortedKeys = new Map<string, string[]>();
  // A fact is listed in every context it applies to and in the evidence of many findings: the text of a
  // small object is made once per indentation and reused.
  private readonly made = new WeakMap<object, { indent: string; text: string }>();
  private readonly seen = new WeakSet<object>();
  private readonly depths = new Map<string, Depth>();
  private readonly keyTexts = new Map<string, string>();

  constructor(
    private readonly sink: Sink,
    private readonly opts: JsonWriteOptions,
  ) {}

  put(s: string): void {
    this.buf += s;
    if (this.holding === 0 && this.buf.length >= CHUNK) {
      this.sink(this.buf);
      this.buf = '';
    }
  }

  flush(): void {
    if (this.buf) this.sink(this.buf);
    this.buf = '';
  }

  write(v: unknown, indent: string): void {
    if (v === null) return this.put('null');
    switch (typeof v) {
      case 'string':
        return this.put(quote(v));
      case 'number':
        return this.put(Number.isFinite(v) ? String(v) : 'null');
      case 'boolean':
        return this.put(v ? 'true' : 'false');
      case 'object':
        break;
      default:
        return this.put('null');
    }
    // Plain data in the report's key order is printed by JSON.stringify, natively: most of a report (a
    // cluster's facts, a result's evidence) is, and printing it value by value here cost several times more.
    if (this.opts.stableKeys && !(v instanceof Streamed)) {
      const plain = inReportOrder(v, PLAIN_BUDGET, this.sortedKeys);
      if (plain !== NOT_PLAIN) return this.put(plainText(plain, indent));
    }
    const known = this.made.get(v);
    if (known && known.indent === indent) return this.put(known.text);
    // Only an object met a second time is worth keeping as text (most are written once).
    if (!this.seen.has(v)) {
      this.seen.add(v);
      return this.writeObject(v, indent);
    }
    if (!isSmall(v, SMALL)) return this.writeObject(v, indent);
    this.writeCached(v, indent);
  }

  /** Written into a string of its own: a slice of the running buffer would keep the whole buffer alive. */
  private writeCached(v: object, indent: string): void {
    const outer = this.buf;
    this.buf = '';
    this.holding++;
    this.writeObject(v, indent);
    this.holding--;
    const text = this.buf;
    this.buf = outer;
    this.made.set(v, { indent, text });
    this.put(text);
  }

  private writeObject(v: object, indent: string): void {
    const d = this.depth(indent);
    if (v instanceof Streamed) return this.writeStreamed(v as Streamed<unknown>, d);
    if (Array.isArray(v)) return this.writeArray(v, d);
    const o = v as Record<string, unknown>;
    let first = true;
    for (const k of this.keysOf(o)) {
      const x = o[k];
      if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
      this.put(first ? d.open : d.next);
      first = false;
      this.put(this.keyText(k));
      this.write(x, d.inner);
    }
    this.put(first ? '{}' : d.closeObject);
  }

  private writeStreamed(v: Streamed<unknown>, d: Depth): void {
    let n = 0;
    for (const item of v.produce()) {
      this.put(n++ === 0 ? d.openList : d.next);
      this.write(item, d.inner);
    }
    this.put(n === 0 ? '[]' : d.closeList);
  }

  private writeArray(v: readonly unknown[], d: Depth): void {
    if (v.length === 0) return this.put('[]');
    for (let i = 0; i < v.length; i++) {
      this.put(i === 0 ? d.openList : d.next);
      this.write(v[i], d.inner);
    }
    this.put(d.closeList);
  }

  private keysOf(o: Record<string, unknown>): string[] {
    const own = Object.keys(o);
    if (!this.opts.stableKeys) return own;
    // Objects of one shape share one sorted key list.
    const shape = own.join('\0');
    let sorted = this.sortedKeys.get(shape);
    if (!sorted) {
      sorted = [...own].sort(orderKeys);
      this.sortedKeys.set(shape, sorted);
    }
    return sorted;
  }

  private depth(indent: string): Depth {
    let d = this.depths.get(indent);
    if (!d) {
      const inner = `${indent}  `;
      d = { inner, open: `{\n${inner}`, next: `,\n${inner}`, openList: `[\n${inner}`, closeList: `\n${indent}]`, closeObject: `\n${indent}}` };
      this.depths.set(indent, d);
    }
    return d;
  }

  private keyText(k: string): string {
    let t = this.keyTexts.get(k);
    if (t === undefined) this.keyTexts.set(k, (t = `${quote(k)}: `));
    return t;
  }
}

/**
 * Objects and lists printed by JSON.stringify at most at once: a larger value (a report's list of a thousand
 * clusters) is written part by part, so the text held at once stays small.
 */
const PLAIN_BUDGET = 8192;

/** Objects of at most this many values (nested ones counted) have their text cached. */
const SMALL = 64;

function isSmall(v: object, budget: number): boolean {
  let left = budget;
  const visit = (x: unknown): boolean => {
    if (--left < 0) return false;
    if (x === null || typeof x !== 'object') return true;
    if (x instanceof Streamed) return false;
    for (const y of Array.isArray(x) ? x : Object.values(x)) if (!visit(y)) return false;
    return true;
  };
  return visit(v);
}

function quote(s: string): string {
  const q = JSON.stringify(s);
  return q.includes('##[') ? q.replaceAll('##[', '#\\u0023[') : q;
}
