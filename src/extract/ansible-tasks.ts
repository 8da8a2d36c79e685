import { isMap, isPair, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { entries, str, visitMaps } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';

/** Plays and blocks nest tasks a few levels deep; a playbook deeper than this is not a playbook. */
const MAX_DEPTH = 12;

/**
 * Every mapping value of a key in `modules` in an Ansible document (tasks, plays' `tasks:`, `block:` lists),
 * in document order: the arguments of each call of those modules (`ansible.builtin.git: {repo, version}`).
 */
export function moduleArgs(node: unknown, modules: ReadonlySet<string>, depth = 0, out: YAMLMap[] = []): YAMLMap[] {
  if (depth > MAX_DEPTH) return out;
  if (isSeq(node)) for (const item of node.items) moduleArgs(item, modules, depth + 1, out);
  if (!isMap(node)) return out;
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (typeof key === 'string' && modules.has(key) && isMap(pair.value)) out.push(pair.value);
    else moduleArgs(pair.value, modules, depth + 1, out);
  }
  return out;
}

/** Literal values of `vars:` maps in this file (a play's or a task's), by name; a name set twice differently has none. */
export function fileVars(d: YamlDoc): Map<string, Node | null> {
  const out = new Map<string, Node | null>();
  visitMaps(d, (map) => {
    for (const [k, v] of entries(d, map)) {
      if (k !== 'vars' || !isMap(v)) continue;
      for (const [name, node] of entries(d, v)) {
        const text = str(d, node)?.trim();
        if (!node || text === undefined || text.includes('{{')) continue;
        const seen = out.get(name);
        out.set(name, seen === undefined || (seen !== null && str(d, seen)?.trim() === text) ? (seen ?? node) : null);
      }
    }
  });
  return out;
}
