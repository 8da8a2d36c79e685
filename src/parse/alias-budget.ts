import { isAlias, isCollection, isPair, type Document, type Node } from 'yaml';

/** More nodes than this once aliases were expanded is a billion-laughs document, not a config. */
export const MAX_EXPANDED_NODES = 100_000;

/**
 * How many nodes the document would have if every alias were expanded, stopping at `limit`. Each node's
 * size is computed once (memoised), so a bomb of nested aliases costs time linear in its text.
 */
export function expandedSize(doc: Document.Parsed, limit = MAX_EXPANDED_NODES): number {
  const memo = new Map<unknown, number>();
  const visiting = new Set<unknown>();
  const size = (node: unknown): number => {
    const cached = memo.get(node);
    if (cached !== undefined) return cached;
    // A self-referencing alias (`&a [*a]`) cannot be expanded at all.
    if (visiting.has(node)) return limit + 1;
    visiting.add(node);
    let n = 1;
    if (isAlias(node)) {
      const target = node.resolve(doc);
      n = target ? size(target) : 1;
    } else if (isCollection(node)) {
      for (const item of node.items as unknown[]) {
        n += isPair(item) ? size(item.key) + size(item.value) : size(item);
        if (n > limit) break;
      }
    }
    visiting.delete(node);
    n = Math.min(n, limit + 1);
    memo.set(node, n);
    return n;
  };
  return doc.contents ? size(doc.contents as Node) : 0;
}
