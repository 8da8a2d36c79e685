import { describe, expect, it } from 'vitest';
import { formatPlace } from '../../src/model/place.js';
import { scan } from '../../src/scan.js';
import { INSTALLERS } from './helpers.js';

// A kubeadm or kube-proxy config an Ansible inventory holds in a variable (a mapping a task writes with
// to_nice_yaml, or a YAML string) is the cluster's config: before it was read, the playbook's ipvs mode was
// never seen and every kube-proxy rule was "not applicable" (a silent pass).

async function run(dir: string) {
  const result = await scan({ root: `${INSTALLERS}e2e/${dir}`, today: '2026-01-01' });
  const ctx = result.contexts[0]!;
  return {
    clusters: result.contexts.length,
    facts: ctx.facts
      .filter((f) => ['kubernetes.version', 'kubeProxy.mode', 'kubeProxy.disabled', 'installer.name'].includes(f.name))
      .map((f) => `${f.name}=${f.value}${f.unresolved ? ' (unresolved)' : ''} [${f.origin}] @${f.place ? formatPlace(f.place) : '-'}`),
    versionNote: ctx.facts.find((f) => f.name === 'kubernetes.version')?.note,
    findings: result.findings.map((f) => `${f.ruleId} @${f.primary ? formatPlace(f.primary) : '-'}`),
    notApplicable: [...new Set(result.notApplicable.map((n) => n.reason))],
  };
}

describe('kubeadm and kube-proxy configs held in Ansible variables', () => {
  it('reads a mapping variable as its document, resolves its {{ var }} from group_vars, and ignores a look-alike without an API group', async () => {
    const got = await run('ansible-var-configs');
    expect(got.clusters).toBe(1);
    expect(got.facts).toEqual([
      'installer.name=kubeadm [repository] @group_vars/all/kubeadm.yml:4:9',
      'kubernetes.version=1.21.4 [repository] @group_vars/all/kubeadm.yml:5:22',
      'kubeProxy.mode=ipvs [repository] @group_vars/all/kubeadm.yml:12:9',
      // The task that runs `kubeadm init --config` (ansible-command-tasks).
      'installer.name=kubeadm [repository] @roles/kubeadm/tasks/main.yml:9:28',
    ]);
    expect(got.versionNote).toBe('v{{ k8s_release }} → k8s_release (group_vars/all/versions.yml:2:14) → k8s_release_override undefined, default → "1.21.4"');
    // kube-proxy 1.21.4 in ipvs mode on CentOS 7 (the Vagrant box): the 1 s delay, read from the variable's mode.
    expect(got.findings).toEqual(['KP-IPVS-CONN-REUSE-DELAY @group_vars/all/kubeadm.yml:5:22']);
  });

  it('reads the documents of a YAML string in a YAML inventory: kube-proxy disabled silences the kube-proxy rules', async () => {
    const got = await run('ansible-var-string');
    expect(got.facts).toEqual([
      'installer.name=kubeadm [repository] @inventory/hosts.yaml:15:13',
      'kubernetes.version=1.28.4 [repository] @inventory/hosts.yaml:16:26',
      'kubeProxy.disabled=true [repository] @inventory/hosts.yaml:18:19',
      'kubeProxy.mode=ipvs [repository] @inventory/hosts.yaml:22:13',
    ]);
    expect(got.findings).toEqual([]);
    expect(got.notApplicable).toEqual([
      'no calico configuration found',
      'kube-proxy is disabled (kubeadm proxy.disabled: kube-proxy is not deployed) at inventory/hosts.yaml:18:19',
    ]);
  });
});
