import type { Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { get, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { moduleArgs } from './ansible-tasks.js';
import { factAt } from './fact-at.js';
import { releaseFact } from './kubespray-requirements.js';
import { KUBESPRAY_SOURCE } from './kubespray-repo.js';
import type { YamlExtractor } from './types.js';

const ID = 'kubespray-git-task';

/** The git module under each name a playbook may call it. */
const GIT_MODULES = new Set(['git', 'ansible.builtin.git', 'ansible.legacy.git']);

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
    return moduleArgs(d.doc.contents, GIT_MODULES).flatMap((args) => taskFacts(d, args));
  },
};
