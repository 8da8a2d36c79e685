import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { get, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factAt } from './fact-at.js';
import { releaseFact } from './kubespray-requirements.js';
import { KUBESPRAY_SOURCE } from './kubespray-repo.js';
import type { YamlExtractor } from './types.js';

const ID = 'kubespray-git-task';

/** The git module under each name a playbook may call it. */
const GIT_MODULES = new Set(['git', 'ansible.builtin.git', 'ansible.legacy.git']);

/** Plays and blocks nest tasks a few levels deep; a playbook deeper than this is not a playbook. */
const MAX_DEPTH = 12;

/** Every mapping value of a git-module key in the document (tasks, plays' `tasks:`, `block:` lists). */
function gitModuleArgs(node: unknown, depth: number, out: Node[]): Node[] {
  if (depth > MAX_DEPTH) return out;
  if (isSeq(node)) for (const item of node.items) gitModuleArgs(item, depth + 1, out);
  if (!isMap(node)) return out;
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (typeof key === 'string' && GIT_MODULES.has(key) && isMap(pair.value)) out.push(pair.value);
    else gitModuleArgs(pair.value, depth + 1, out);
  }
  return out;
}

function taskFacts(d: YamlDoc, args: Node): Fact[] {
  const repoNode = get(d, args, 'repo');
  if (!repoNode || !KUBESPRAY_SOURCE.test(str(d, repoNode)?.trim() ?? '')) return [];
  return [
    factAt(ID, d, repoNode, 'installer.name', 'kubespray', { note: 'Kubespray checked out by an Ansible git task' }),
    releaseFact(ID, d, get(d, args, 'version'), repoNode, 'the git task version'),
  ];
}

/**
 * An Ansible playbook that clones Kubespray to run it (`ansible.builtin.git: repo: …/kubespray.git, version:
 * release-2.16`) names the installer and, through the ref, its release: read like a requirements.yml entry.
 */
export const kubesprayGitTask: YamlExtractor = {
  id: ID,
  description: 'Ansible git tasks (git, ansible.builtin.git) cloning Kubespray: the installer, and its version (tag, or release-2.NN branch) as the release',
  triggers: ['kubespray'],
  extract(d) {
    return gitModuleArgs(d.doc.contents, 0, []).flatMap((args) => taskFacts(d, args));
  },
};
