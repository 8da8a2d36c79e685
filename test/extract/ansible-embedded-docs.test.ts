import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { definitionsB, extractB, pin, textAt } from './sources-b-fixture.js';

describe('ansible-embedded-docs (a config an Ansible task writes from its own text)', () => {
  const role = 'ansible-embedded-docs/roles/kubeadm/tasks/main.yml';

  it('reads copy content and blockinfile block, in blocks too, placed in the task file; a Jinja value is a placeholder', () => {
    const facts = extractB(EXTRACTORS, role).filter((f) => f.origin !== 'default');
    expect(facts.filter((f) => f.name === 'kubeProxy.mode').map(pin)).toEqual([
      { name: 'kubeProxy.mode', value: 'ipvs', at: '13:13' },
      { name: 'kubeProxy.mode', value: 'nftables', at: '24:17' },
      { name: 'kubeProxy.mode', value: '{{ proxy_mode }}', unresolved: true, at: '31:17' },
    ]);
    const version = facts.find((f) => f.name === 'kubernetes.version');
    expect(version).toMatchObject({ value: 'v{{ kube_version }}', unresolved: true, place: { line: 9, column: 26 } });
    expect(textAt(version?.place)).toBe('v{{ kube_version }}');
  });

  it("a kubeadm config a role writes defines the playbook's cluster (the folder holding roles/), not the role's", () => {
    expect(definitionsB(EXTRACTORS, role)).toEqual(['ansible-embedded-docs (kubeadm ClusterConfiguration) @8:13']);
  });

  it("configs in subfolders of a role's files/ stay apart by folder (no pairing of one folder's version with another's mode)", () => {
    expect(definitionsB(EXTRACTORS, 'ansible-role-depth/roles/k8s/files/prod/kubeadm.yaml')).toEqual([
      'ansible-role-depth/roles/k8s/files/prod (kubeadm ClusterConfiguration) @2:7',
    ]);
    expect(definitionsB(EXTRACTORS, 'ansible-role-depth/roles/k8s/files/dev/kubeadm.yaml')).toEqual([
      'ansible-role-depth/roles/k8s/files/dev (kubeadm ClusterConfiguration) @2:7',
    ]);
  });

  it("reads a playbook's tasks", () => {
    expect(extractB(EXTRACTORS, 'ansible-embedded-docs/site.yml').map(pin)).toEqual([{ name: 'kubeProxy.mode', value: 'iptables', at: '10:17' }]);
  });
});
