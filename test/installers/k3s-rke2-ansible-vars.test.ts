import { describe, expect, it } from 'vitest';
import { k3sRke2AnsibleVars } from '../../src/extract/k3s-rke2-ansible-vars.js';
import { extractInstaller, show } from './helpers.js';

const read = (path: string) => extractInstaller(k3sRke2AnsibleVars, `k3s-rke2-ansible-vars/${path}`).map(show);

describe('k3s-rke2-ansible-vars', () => {
  it('k3s-io/k3s-ansible inventory: k3s_version under the group vars, flags in extra_server_args and server_config_yaml', () => {
    expect(read('k3s-ansible/inventory.yml')).toEqual([
      'installer.name=k3s @16:5 "k3s_version"',
      'installer.release=1.30.2+k3s1 @16:18 "v1.30.2+k3s1" key=k3s',
      'kubernetes.version=1.30.2+k3s1 @16:18 "v1.30.2+k3s1"',
      'kubeProxy.mode=ipvs @19:101 "ipvs"',
      'kubeProxy.mode=ipvs @24:11 "\\"proxy-mode=ipvs\\""',
    ]);
  });

  it('xanmanning.k3s: k3s_release_version v1.27 is a channel (no release, the Kubernetes minor); k3s_server disable-kube-proxy', () => {
    expect(read('xanmanning/group_vars/all.yml')).toEqual([
      'installer.name=k3s @2:1 "k3s_release_version"',
      'installer.release=v1.27 @2:22 "v1.27" (unresolved) key=k3s',
      'kubernetes.version=1.27 @2:22 "v1.27"',
      'kubeProxy.disabled=true @7:23 "true"',
    ]);
  });

  it('lablabs.rke2: rke2_version wins over rke2_channel; rke2_cni names the CNI after multus (the RKE2 profile supplies its defaults); server options', () => {
    expect(read('lablabs/group_vars/k8s_cluster.yml')).toEqual([
      'installer.name=rke2 @1:1 "rke2_version"',
      'installer.release=1.28.8+rke2r1 @1:15 "v1.28.8+rke2r1" key=rke2',
      'kubernetes.version=1.28.8+rke2r1 @1:15 "v1.28.8+rke2r1"',
      'cluster.cni=calico @5:5 "calico"',
      'kubeProxy.mode=ipvs @7:5 "\\"kube-proxy-arg: proxy-mode=ipvs\\""',
    ]);
  });

  it("a vendored role's defaults are defaults", () => {
    expect(read('roles/k3s/defaults/main.yml')).toEqual([
      'installer.name=k3s @2:1 "k3s_version" [default]',
      'installer.release=1.26.9+k3s1 @2:14 "v1.26.9+k3s1" [default] key=k3s',
      'kubernetes.version=1.26.9+k3s1 @2:14 "v1.26.9+k3s1" [default]',
      'kubeProxy.disabled=true @4:21 "--disable-kube-proxy" [default]',
    ]);
  });

  it('rke2_cni canal is the CNI (the RKE2 profile makes it policy-only Calico); a ConfigMap is no vars file', async () => {
    const { parseFile } = await import('../../src/parse/parse-file.js');
    const run = (text: string) =>
      parseFile('group_vars/all.yml', text)
        .docs.flatMap((d) => k3sRke2AnsibleVars.extract(d))
        .map((f) => `${f.name}=${f.value}@${f.place?.line}:${f.place?.column}`);
    expect(run('rke2_cni: canal\n')).toEqual(['cluster.cni=canal@1:11']);
    expect(run('apiVersion: v1\nkind: ConfigMap\ndata:\n  k3s_version: v1.30.2+k3s1\n')).toEqual([]);
  });
});
