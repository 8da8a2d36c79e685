import { describe, expect, it } from 'vitest';
import { formatPlace } from '../../src/model/place.js';
import { scan } from '../../src/scan.js';
import { INSTALLERS } from './helpers.js';

/**
 * An old Kubespray pinned each way a long-lived inventory repository pins it (test/fixtures/installers/kubespray-old/):
 * the release is read from the pin and its bundled versions come from data/installers/kubespray.yaml.
 */
const NAMES = ['installer.release', 'kubernetes.version', 'calico.version', 'calico.ipipMode', 'kubeProxy.mode'];

async function facts(dir: string): Promise<{ name: string; facts: string[] }[]> {
  const result = await scan({ root: `${INSTALLERS}kubespray-old/${dir}`, rules: [] });
  return result.contexts.map((c) => ({
    name: c.name,
    facts: c.facts
      .filter((f) => NAMES.includes(f.name))
      .map((f) => `${f.name}=${f.value} [${f.origin}] @${f.place ? formatPlace(f.place) : '-'}`)
      .sort(),
  }));
}

describe('an old Kubespray pinned by', () => {
  it('a submodule on branch release-2.11: every v2.11 patch, one Calico (3.7.3), the Kubernetes versions they bundle', async () => {
    expect(await facts('submodule')).toEqual([
      {
        name: 'repository',
        facts: [
          'calico.ipipMode=Always [default] @.gitmodules:4:11',
          'calico.version=3.7.3 [default] @.gitmodules:4:11',
          'installer.release=2.11 [repository] @.gitmodules:4:11',
          'kubeProxy.mode=ipvs [default] @inventory/prod/group_vars/k8s-cluster/k8s-cluster.yml:3:22',
          'kubernetes.version=one of 1.15.3, 1.15.11 [default] @.gitmodules:4:11',
        ],
      },
    ]);
  });

  it('a requirements.yml role at v2.10.4: Kubernetes 1.14.3 and Calico 3.4.0', async () => {
    expect(await facts('requirements')).toEqual([
      {
        name: 'repository',
        facts: [
          'calico.ipipMode=Always [default] @requirements.yml:5:12',
          'calico.version=3.4.0 [default] @requirements.yml:5:12',
          'installer.release=2.10.4 [repository] @requirements.yml:5:12',
          'kubeProxy.mode=ipvs [repository] @inventory/lab/group_vars/k8s-cluster/k8s-cluster.yml:2:18',
          'kubernetes.version=1.14.3 [default] @requirements.yml:5:12',
        ],
      },
    ]);
  });

  it("an Ansible git task at v2.13.2: Kubernetes 1.17.7 and Calico 3.13.2; the inventory's old ipip: false is IPIP Never", async () => {
    expect(await facts('git-task')).toEqual([
      {
        name: 'repository',
        facts: [
          'calico.ipipMode=Never [repository] @inventory/dc1/group_vars/all/all.yml:3:7',
          'calico.version=3.13.2 [default] @playbooks/bootstrap.yml:9:18',
          'installer.release=2.13.2 [repository] @playbooks/bootstrap.yml:9:18',
          'kubeProxy.mode=ipvs [default] @inventory/dc1/group_vars/k8s-cluster/k8s-cluster.yml:1:22',
          'kubernetes.version=1.17.7 [default] @playbooks/bootstrap.yml:9:18',
        ],
      },
    ]);
  });
});
