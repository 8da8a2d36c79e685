import { createRequire as __netcompatCreateRequire } from 'node:module';
const require = __netcompatCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-PO4NGEA6.js";
import {
  __toESM
} from "./chunk-YCZA2FVD.js";

// src/parse/alias-budget.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_EXPANDED_NODES = 1e5;
function aliasTargets(doc) {
  const anchors = /* @__PURE__ */ new Map();
  const targets = /* @__PURE__ */ new Map();
  (0, import_yaml.visit)(doc, {
    Node: (_key, node) => {
      if ((0, import_yaml.isAlias)(node)) targets.set(node, anchors.get(node.source));
      else if (node.anchor) anchors.set(node.anchor, node);
    }
  });
  return targets;
}
function expandedSize(doc, limit = MAX_EXPANDED_NODES) {
  const targets = aliasTargets(doc);
  const memo = /* @__PURE__ */ new Map();
  const visiting = /* @__PURE__ */ new Set();
  const size = (node) => {
    const cached = memo.get(node);
    if (cached !== void 0) return cached;
    if (visiting.has(node)) return limit + 1;
    visiting.add(node);
    let n = 1;
    if ((0, import_yaml.isAlias)(node)) {
      const target = targets.get(node);
      n = target ? size(target) : 1;
    } else if ((0, import_yaml.isCollection)(node)) {
      for (const item of node.items) {
        n += (0, import_yaml.isPair)(item) ? size(item.key) + size(item.value) : size(item);
        if (n > limit) break;
      }
    }
    visiting.delete(node);
    n = Math.min(n, limit + 1);
    memo.set(node, n);
    return n;
  };
  return doc.contents ? size(doc.contents) : 0;
}

export {
  MAX_EXPANDED_NODES,
  aliasTargets,
  expandedSize
};
