import { isAlias, isMap, isNode, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { YamlDoc } from './yaml-doc.js';

/**
 * Small readers over the YAML AST. An alias reads as its anchored node, one step at a time, so
 * `args: *args` gives the anchored list; nothing here expands a whole tree of aliases (visitMaps does not
 * follow them), and parse-file drops alias bombs before any extractor sees them.
 */

export type Key = string | number;

function deref(d: YamlDoc | undefined, node: unknown): Node | undefined {
  if (isAlias(node)) {
    if (!d) return undefined;
    const target = node.resolve(d.doc);
    return isAlias(target) ? undefined : (target ?? undefined);
  }
  return (node ?? undefined) as Node | undefined;
}

/** The node at a path of map keys and sequence indices, or undefined. */
export function get(d: YamlDoc, node: unknown, ...path: Key[]): Node | undefined {
  let cur = deref(d, node);
  for (const key of path) {
    if (typeof key === 'number') {
      if (!isSeq(cur)) return undefined;
      cur = deref(d, cur.items[key]);
    } else {
      if (!isMap(cur)) return undefined;
      const pair = cur.items.find((p) => keyString(p) === key);
      cur = deref(d, pair?.value);
    }
    if (cur === undefined) return undefined;
  }
  return cur;
}

/** The pair whose key is `key` in a map (for placing a fact on the key line). */
export function pairOf(node: unknown, key: string): Pair<unknown, unknown> | undefined {
  return isMap(node) ? node.items.find((p) => keyString(p) === key) : undefined;
}

/** The key node of `key` in a map, to place a fact on the key itself. */
export function keyNode(node: unknown, key: string): Node | undefined {
  const k = pairOf(node, key)?.key;
  return isNode(k) ? k : undefined;
}

export function keyString(p: Pair<unknown, unknown>): string | undefined {
  const k = p.key;
  if (isScalar(k)) return k.value === null ? undefined : String(k.value);
  return typeof k === 'string' ? k : undefined;
}

/**
 * A scalar's value as a string (numbers and booleans too), or undefined for null and collections. An
 * unquoted `{{ .Values.x }}` parses as a flow mapping; it reads as its text, so that it is seen as the
 * placeholder it is rather than as a missing value.
 */
export function str(d: YamlDoc, node: unknown): string | undefined {
  const n = deref(d, node);
  if (isMap(n) && n.flow && n.range) {
    const text = d.text.slice(n.range[0], n.range[1]);
    return text.startsWith('{{') ? text : undefined;
  }
  if (!isScalar(n) || n.value === null || n.value === undefined) return undefined;
  return typeof n.value === 'object' ? undefined : String(n.value);
}

/** `[key, value]` pairs of a map, in order; aliases to scalars resolved. */
export function entries(d: YamlDoc, node: unknown): [string, Node | undefined, Pair<unknown, unknown>][] {
  const n = deref(d, node);
  if (!isMap(n)) return [];
  const out: [string, Node | undefined, Pair<unknown, unknown>][] = [];
  for (const p of n.items) {
    const k = keyString(p);
    if (k !== undefined) out.push([k, deref(d, p.value), p]);
  }
  return out;
}

export function items(d: YamlDoc, node: unknown): Node[] {
  const n = deref(d, node);
  if (!isSeq(n)) return [];
  return n.items.map((i) => deref(d, i)).filter((i): i is Node => i !== undefined);
}

/** `kind` and `apiVersion` of a Kubernetes-style document. */
export function kindOf(d: YamlDoc, node: unknown = d.doc.contents): { kind?: string; apiVersion?: string } {
  return { kind: str(d, get(d, node, 'kind')), apiVersion: str(d, get(d, node, 'apiVersion')) };
}

/**
 * Visits every map in the document depth-first (not through aliases), with the key path that led to it.
 * Walking stops descending below `maxDepth` to bound work on pathological input.
 */
export function visitMaps(d: YamlDoc, fn: (map: YAMLMap, path: Key[]) => void, root: unknown = d.doc.contents, maxDepth = 64): void {
  const walk = (node: unknown, path: Key[]): void => {
    if (path.length > maxDepth || isAlias(node)) return;
    if (isMap(node)) {
      fn(node, path);
      for (const p of node.items) {
        const k = keyString(p);
        if (k !== undefined) walk(p.value, [...path, k]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    }
  };
  walk(root, []);
}
