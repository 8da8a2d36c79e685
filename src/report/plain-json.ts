import { keyRank, orderKeys } from './stable-json.js';

/** What `inReportOrder` returns for a value the JSON writer has to print itself. */
export const NOT_PLAIN: unique symbol = Symbol('not plain');

/**
 * `v` as `JSON.stringify(v, null, 2)` prints it in the writer's key order (stable-json.ts): the value itself
 * when its objects already hold their keys in that order (most facts and places do), else a copy whose
 * objects were built in it. NOT_PLAIN when JSON.stringify could print it otherwise than the writer does, or
 * it holds more than `budget` objects and lists (the writer then prints it part by part, so no report's
 * text is held whole): anything but plain objects, lists, strings, finite or not numbers, booleans and
 * null or undefined (a Map, a Streamed list, a function that could be a `toJSON`, a BigInt), and keys that
 * start with a digit (an object lists integer keys first, whatever order they were added in).
 * Shapes: the sorted key lists of the object shapes seen so far (one per report).
 */
export function inReportOrder(v: object, budget: number, shapes: Map<string, string[]>): unknown {
  const walk = new Walk(budget, shapes);
  const out = walk.value(v);
  return walk.failed ? NOT_PLAIN : out;
}

class Walk {
  failed = false;

  constructor(
    private left: number,
    private readonly shapes: Map<string, string[]>,
  ) {}

  value(x: unknown): unknown {
    switch (typeof x) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'undefined':
        return x;
      case 'object':
        if (x === null) return x;
        if (--this.left < 0) return this.fail();
        return Array.isArray(x) ? this.list(x) : this.object(x);
      default:
        return this.fail();
    }
  }

  private fail(): undefined {
    this.failed = true;
    return undefined;
  }

  private list(x: readonly unknown[]): unknown[] {
    let out: unknown[] | undefined;
    for (let i = 0; i < x.length && !this.failed; i++) {
      const item = x[i];
      const made = this.value(item);
      if (made !== item && !out) out = x.slice(0, i);
      if (out) out.push(made);
    }
    return out ?? (x as unknown[]);
  }

  private object(x: object): object | undefined {
    const proto: unknown = Object.getPrototypeOf(x);
    if (proto !== Object.prototype && proto !== null) return this.fail();
    const o = x as Record<string, unknown>;
    const own = Object.keys(o);
    const ordered = inOrder(own);
    if (ordered === undefined) return this.fail();
    const keys = ordered ? own : this.sorted(own);
    // A copy is started at the first key whose value changed (or at once, when the keys were out of order).
    let out: Record<string, unknown> | undefined = ordered ? undefined : {};
    for (let i = 0; i < keys.length && !this.failed; i++) {
      const k = keys[i]!;
      const item = o[k];
      const made = this.value(item);
      if (made !== item && !out) {
        out = {};
        for (let j = 0; j < i; j++) out[keys[j]!] = o[keys[j]!];
      }
      if (out && made !== undefined) out[k] = made;
    }
    return out ?? x;
  }

  private sorted(own: string[]): string[] {
    const shape = own.join('\0');
    let keys = this.shapes.get(shape);
    if (!keys) this.shapes.set(shape, (keys = [...own].sort(orderKeys)));
    return keys;
  }
}

/** Each key's rank (keyRank), or -1 for a key that starts with a digit, found once per key (a report has some dozens). */
const ranks = new Map<string, number>();
function rankOf(k: string): number {
  let r = ranks.get(k);
  if (r === undefined) {
    const c = k.charCodeAt(0);
    r = c >= 48 && c <= 57 ? -1 : keyRank(k);
    if (ranks.size < 4096) ranks.set(k, r);
  }
  return r;
}

/** True when the keys are in the writer's order, false when not, undefined when one starts with a digit. */
function inOrder(keys: readonly string[]): boolean | undefined {
  let sorted = true;
  let rank = -1;
  let prev = '';
  for (const k of keys) {
    const r = rankOf(k);
    if (r < 0) return undefined;
    if (r < rank || (r === rank && !(prev < k))) sorted = false;
    rank = r;
    prev = k;
  }
  return sorted;
}

/**
 * The text `JsonWriter` writes for a value `inReportOrder` gave, at `indent` (an even number of spaces):
 * JSON.stringify's, with every line after the first indented by `indent`. JSON.stringify indents the value
 * so itself when it stands that many lists deep, so the value is printed inside as many lists, whose
 * brackets are cut off the text (their lengths follow from the depth). `##[` is neutralised as in every
 * string (it can occur nowhere else in JSON text: see json-writer.ts).
 */
export function plainText(v: unknown, indent: string): string {
  const depth = indent.length / 2;
  let wrapped = v;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  let text = JSON.stringify(wrapped, null, 2);
  // Level i (0-based) opens with "[\n" and 2(i+1) spaces and closes with "\n", 2i spaces and "]".
  if (depth > 0) text = text.slice(2 * depth + depth * (depth + 1), text.length - (2 * depth + depth * (depth - 1)));
  return text.includes('##[') ? text.replaceAll('##[', '#\\u0023[') : text;
}
