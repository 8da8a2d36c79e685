import { isAlias, isCollection, isPair, visit, type Document, type Node } from 'yaml';

/** More nodes than this once aliases were expanded is a billion-laughs document, not a config. */
export const MAX_EXPANDED_NODES = 100_000;

/**
 * Each alias of the document mapped to the node it names: the last node anchored with that name before
 * it, as YAML says. One walk in document order builds it; `Alias.resolve` would walk the whole document
 * again for every alias (quadratic: 6,000 anchors in 150 KiB took over 20 s).
 */
export function aliasTargets(doc: Document.Parsed): Map<unknown, Node | undefined> {
  const anchors = new Map<string, Node>();
  const targets = new Map<unknown, Node | undefined>();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) targets.set(node, anchors.get(node.source));
      // Set on entry: an alias inside its own anchor's node (`&a [*a]`) names that node.
      else if (node.anchor) anchors.set(node.anchor, node);
    },
  });
  return targets;
}

/**
 * How many nodes the document would have if every alias were expanded, stopping at `limit`. Each node's
 * size is computed once (memoised), so a bomb of nested aliases costs time linear in its text.
 */
export function expandedSize(doc: Document.Parsed, limit = MAX_EXPANDED_NODES): number {
  const targets = aliasTargets(doc);
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
      const target = targets.get(node);
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
