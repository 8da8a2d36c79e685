import { orderKeys } from './stable-json.js';

/** Receives the report in pieces; a file descriptor or stdout writes each piece at once. */
export type Sink = (chunk: string) => void;

/** Pieces are gathered to about this size before the sink sees them. */
const CHUNK = 64 * 1024;

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
  const put = (s: string) => {
    buf += s;
    if (buf.length >= CHUNK) {
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
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) return put('[]');
      put('[');
      for (let i = 0; i < v.length; i++) {
        put(i === 0 ? `\n${inner}` : `,\n${inner}`);
        write(v[i], inner);
      }
      return put(`\n${indent}]`);
    }
    const o = v as Record<string, unknown>;
    let first = true;
    for (const k of keysOf(o)) {
      const x = o[k];
      if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
      put(first ? `{\n${inner}` : `,\n${inner}`);
      first = false;
      put(`${quote(k)}: `);
      write(x, inner);
    }
    put(first ? '{}' : `\n${indent}}`);
  };
  write(value, '');
  put('\n');
  if (buf) sink(buf);
}

function quote(s: string): string {
  const q = JSON.stringify(s);
  return q.includes('##[') ? q.replaceAll('##[', '#\\u0023[') : q;
}
