import { isSeq } from 'yaml';
import { parseEmbedded } from '../parse/embedded.js';
import { get } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { moduleArgs } from './ansible-tasks.js';

/** Modules that write a file from a string the task holds (short and FQCN names). */
const WRITERS = new Set(['copy', 'blockinfile'].flatMap((m) => [m, `ansible.builtin.${m}`, `ansible.legacy.${m}`]));
/** Where they hold it: `copy`'s `content`, `blockinfile`'s `block` (a module has one of them). */
const TEXT_KEYS = ['content', 'block'];

/**
 * YAML documents an Ansible task writes to disk from its own text: `copy: content: |` and
 * `blockinfile: block: |` (a kubeadm ClusterConfiguration or KubeProxyConfiguration written in the task),
 * in a tasks file or a playbook (a document that is a list), inside blocks. Places map into the task file (a
 * literal block exactly). Content that is not YAML gives none. Never executes anything.
 */
export function ansibleTaskDocs(d: YamlDoc): YamlDoc[] {
  const root = d.doc.contents;
  // A module's name is written in the text (the FQCN names hold it too): most task files name neither.
  if (!isSeq(root) || !(d.text.includes('copy') || d.text.includes('blockinfile'))) return [];
  // Ansible renders the text with the inventory's variables before writing it.
  return moduleArgs(root, WRITERS).flatMap((args) =>
    TEXT_KEYS.flatMap((key) => parseEmbedded(d, get(d, args, key)).map((e) => ({ ...e, renderedBy: 'ansible' as const }))),
  );
}
