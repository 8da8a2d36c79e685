import { isMap, isSeq, type Node } from 'yaml';
import { parseEmbedded } from '../parse/embedded.js';
import { get, items } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';

/** Modules that write a file from a string the task holds, and the key holding it (short and FQCN names). */
const WRITERS: readonly [string, string][] = ['copy', 'blockinfile'].flatMap((m) => {
  const key = m === 'copy' ? 'content' : 'block';
  return [m, `ansible.builtin.${m}`, `ansible.legacy.${m}`].map((name): [string, string] => [name, key]);
});

/** Keys of a play or task holding more tasks. */
const TASK_LISTS = ['tasks', 'pre_tasks', 'post_tasks', 'handlers', 'block', 'rescue', 'always'];

/** Tasks nest at most this deep (plays, blocks in blocks): enough for any playbook, bounded for bad input. */
const MAX_DEPTH = 8;

/**
 * YAML documents an Ansible task writes to disk from its own text: `copy: content: |` and
 * `blockinfile: block: |` (a kubeadm ClusterConfiguration or KubeProxyConfiguration written in the task),
 * in a tasks file or a playbook, inside blocks. Places map into the task file (a literal block exactly).
 * Content that is not YAML, or that Jinja leaves unparseable, gives none. Never executes anything.
 */
export function ansibleTaskDocs(d: YamlDoc): YamlDoc[] {
  const root = d.doc.contents;
  if (!isSeq(root)) return [];
  const out: YamlDoc[] = [];
  const walk = (list: Node | undefined, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    for (const task of items(d, list)) {
      if (!isMap(task)) continue;
      for (const [module, key] of WRITERS) {
        const args = get(d, task, module);
        if (isMap(args)) out.push(...parseEmbedded(d, get(d, args, key)));
      }
      for (const k of TASK_LISTS) {
        const inner = get(d, task, k);
        if (isSeq(inner)) walk(inner, depth + 1);
      }
    }
  };
  walk(root, 0);
  return out;
}
