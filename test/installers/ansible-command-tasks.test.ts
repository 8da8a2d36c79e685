import { describe, expect, it } from 'vitest';
import { ansibleCommandTasks } from '../../src/extract/ansible-command-tasks.js';
import { extractInstaller, show } from './helpers.js';

const read = (path: string) => extractInstaller(ansibleCommandTasks, `ansible-command-tasks/${path}`);

describe('ansible-command-tasks', () => {
  it('reads kubeadm init in a command task (folded: placed at the scalar) and a Calico manifest a get_url task fetches; {{ var }} is kept for the inventory', () => {
    const facts = read('roles/control-plane/tasks/main.yml');
    expect(facts.map(show)).toEqual([
      'installer.name=kubeadm @3:28 ""',
      'kubernetes.version={{ k8s_version }} @3:28 "" (unresolved)',
      // An unversioned manifest URL: Calico is there, at the release published when it was applied.
      'calico.version=https://docs.projectcalico.org/manifests/calico.yaml @29:29 "https://docs.projectcalico.org/manifests/calico.yaml" (unresolved)',
      'calico.version=3.24.5 @12:65 "v3.24.5"',
      'calico.kubeControllersVersion=3.24.5 @12:65 "v3.24.5"',
      'calico.ipipMode=Never @12:83 "calico-vxlan.yaml" [default]',
      'calico.vxlanMode=CrossSubnet @12:83 "calico-vxlan.yaml" [default]',
    ]);
    expect(facts[0]?.note).toBe('kubeadm init in an Ansible task');
    // Ansible renders the line with the inventory's variables: the context stage resolves the version.
    expect(facts.every((f) => f.renderedBy === 'ansible')).toBe(true);
    // Not read: a URL whose release a variable names inside it (no value to resolve; the variable is read where it is set), a debug message, kubectl apply of a local file.
  });

  it("a playbook's tasks: kubeadm join says nothing; a k3s install line is left to k3s-rke2-ansible-vars", () => {
    expect(read('playbook.yml')).toEqual([]);
  });
});
