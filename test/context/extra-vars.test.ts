import { describe, expect, it } from 'vitest';
import { clusterFacts } from '../../src/model/cluster-facts.js';
import { scan } from '../../src/scan.js';
import { at } from './sources-a-repo.js';

const FIXTURES = new URL('../fixtures/context/kubespray-extra-vars/', import.meta.url).pathname;

/**
 * Kubespray variables outside any inventory (an extra-vars JSON, a play's vars file) outrank the inventory's
 * group_vars in Ansible: with one inventory they apply to it (modelled on jseguillon/hyperv-kubespray, whose
 * script copies `samples/group_vars` beside its hosts file and runs `-e @config/kubespray.vars.json`).
 */
describe('Kubespray variables outside the inventory', () => {
  it('apply to the one inventory, and their kube_version replaces the inventory one: one cluster at v1.18.2, no finding of v1.16.6', async () => {
    const result = await scan({ root: `${FIXTURES}one`, today: '2026-01-01' });
    expect(result.contexts.map((c) => c.name)).toEqual(['repository']);
    const [ctx] = result.contexts;
    const versions = clusterFacts(ctx!).filter((f) => f.name === 'kubernetes.version' || f.name === 'kubeProxy.mode');
    expect(versions.map((f) => [at(f), f.note])).toEqual([
      ['kubernetes.version=1.18.2 @config/kubespray.vars.json:3:19', "variable kube_version; outranks the inventory's value (Ansible extra vars or play vars)"],
      ['kubeProxy.mode=ipvs @samples/group_vars/k8s_cluster/k8s-cluster.yml:5:18', 'Kubespray kube_proxy_mode'],
    ]);
    expect((ctx!.overridden ?? []).map((f) => [at(f), f.note])).toEqual([
      [
        'kubernetes.version=1.16.6 @samples/group_vars/k8s_cluster/k8s-cluster.yml:3:15',
        'Kubespray kube_version; overridden by Kubespray variables outside the inventory, which outrank it',
      ],
    ]);
    // KP-SNAT-RANDOM-FULLY (kube-proxy before 1.16.10) rested on v1.16.6 only.
    const ids = result.findings.map((f) => f.ruleId);
    expect(ids).not.toContain('KP-SNAT-RANDOM-FULLY');
    expect(ids).toContain('KP-CVE-2020-8558');
    expect(result.findings.every((f) => !f.message.includes('1.16.6'))).toBe(true);
  });

  it('stay a cluster of their own beside two inventories: nothing says which one they are for', async () => {
    const result = await scan({ root: `${FIXTURES}two`, today: '2026-01-01' });
    expect(result.contexts.map((c) => c.name)).toEqual(['inventory/lab', 'inventory/prod', 'vars']);
    const version = (name: string) =>
      clusterFacts(result.contexts.find((c) => c.name === name)!)
        .filter((f) => f.name === 'kubernetes.version')
        .map(at);
    expect(version('inventory/prod')).toEqual(['kubernetes.version=1.16.6 @inventory/prod/group_vars/k8s_cluster/k8s-cluster.yml:1:15']);
    expect(version('vars')).toEqual(['kubernetes.version=1.18.2 @vars/upgrade.yml:1:15']);
  });
});
