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
  let buf = '';
  // While a small object is written whole (to be cached), nothing is handed to the sink.
  let holding = 0;
  const put = (s: string) => {
    buf += s;
    if (holding === 0 && buf.length >= CHUNK) {
      sink(buf);
      buf = '';
    }
  };
  const sortedKeys = new Map<string, string[]>();
  const keysOf = (o: Record<string, unknown>): string[] => {
    const own = Object.keys(o);
    if (!opts.stableKeys) return own;
    // Objects of one shape share one sorted key list.
    const shape = own.join('\0');
    let sorted = sortedKeys.get(shape);
    if (!sorted) {
      sorted = [...own].sort(orderKeys);
      sortedKeys.set(shape, sorted);
    }
    return sorted;
  };
  // A fact is listed in every context it applies to and in the evidence of many findings: the text of a
  // small object is made once per indentation and reused.
  const made = new WeakMap<object, { indent: string; text: string }>();
  const seen = new WeakSet<object>();
  const write = (v: unknown, indent: string): void => {
    if (v === null) return put('null');
    switch (typeof v) {
      case 'string':
        return put(quote(v));
      case 'number':
        return put(Number.isFinite(v) ? String(v) : 'null');
      case 'boolean':
        return put(v ? 'true' : 'false');
      case 'object':
        break;
      default:
        return put('null');
    }
    const known = made.get(v);
    if (known && known.indent === indent) return put(known.text);
    // Only an object met a second time is worth keeping as text (most are written once).
    if (!seen.has(v)) {
      seen.add(v);
      return writeObject(v, indent);
    }
    if (!isSmall(v, SMALL)) return writeObject(v, indent);
    // Written into a string of its own: a slice of the running buffer would keep the whole buffer alive.
    const outer = buf;
    buf = '';
    holding++;
    writeObject(v, indent);
    holding--;
    const text = buf;
    buf = outer;
    made.set(v, { indent, text });
    put(text);
  };
  // The punctuation of each depth and the text of each key are made once (a report writes millions).
  const depths = new Map<string, { inner: string; open: string; next: string; openList: string; closeList: string; closeObject: string }>();
  const depth = (indent: string) => {
    let d = depths.get(indent);
    if (!d) {
      const inner = `${indent}  `;
      d = { inner, open: `{\n${inner}`, next: `,\n${inner}`, openList: `[\n${inner}`, closeList: `\n${indent}]`, closeObject: `\n${indent}}` };
      depths.set(indent, d);
    }
    return d;
  };
  const keyTexts = new Map<string, string>();
  const keyText = (k: string) => {
    let t = keyTexts.get(k);
    if (t === undefined) keyTexts.set(k, (t = `${quote(k)}: `));
    return t;
  };
  const writeObject = (v: object, indent: string): void => {
    const d = depth(indent);
    const inner = d.inner;
    if (v instanceof Streamed) {
      let n = 0;
      for (const item of (v as Streamed<unknown>).produce()) {
        put(n++ === 0 ? d.openList : d.next);
        write(item, inner);
      }
      return put(n === 0 ? '[]' : d.closeList);
    }
    if (Array.isArray(v)) {
      if (v.length === 0) return put('[]');
      for (let i = 0; i < v.length; i++) {
        put(i === 0 ? d.openList : d.next);
        write(v[i], inner);
      }
      return put(d.closeList);
    }
    const o = v as Record<string, unknown>;
    let first = true;
    for (const k of keysOf(o)) {
      const x = o[k];
      if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
      put(first ? d.open : d.next);
      first = false;
      put(keyText(k));
      write(x, inner);
    }
    put(first ? '{}' : d.closeObject);
  };
  write(value, '');
  put('\n');
  if (buf) sink(buf);
}

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
