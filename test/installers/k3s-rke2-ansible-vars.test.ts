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

  it("a playbook's own role keeps config.yaml as a map of another name (k3s_server_config, rendered with to_nice_yaml): its kube-proxy keys are read", () => {
    expect(read('own-role/roles/k3s/defaults/main.yml')).toEqual([
      'installer.name=k3s @1:1 "k3s_version" [default]',
      'installer.release=1.29.6+k3s2 @1:14 "v1.29.6+k3s2" [default] key=k3s',
      'kubernetes.version=1.29.6+k3s2 @1:14 "v1.29.6+k3s2" [default]',
      'kubeProxy.disabled=true @7:23 "true" [default]',
      'kubeProxy.mode=ipvs @11:7 "proxy-mode=ipvs" [default]',
    ]);
  });

  it('a role that runs the RKE2 install script: the URL variable names RKE2; INSTALL_RKE2_VERSION {{ var }} with no literal here is an unresolved release naming the variable', () => {
    expect(read('script-role/defaults/main.yml')).toEqual(['installer.name=rke2 @4:19 "https://get.rke2.io"']);
    const facts = extractInstaller(k3sRke2AnsibleVars, 'k3s-rke2-ansible-vars/script-role/tasks/install.yml');
    expect(facts.map(show)).toEqual([
      'installer.name=rke2 @12:5 "INSTALL_RKE2_VERSION"',
      'installer.release={{ rke2_release }} @12:28 "{{ rke2_release }}" (unresolved) key=rke2',
    ]);
    expect(facts[1]?.note).toBe(
      'INSTALL_RKE2_VERSION {{ rke2_release }}: the release rke2_release holds when the play runs (rke2_release set by the inventory or a role default; empty: what the stable channel serves at install time)',
    );
  });

  it("a playbook's environment: INSTALL_K3S_VERSION {{ var }} is read through the play's vars: literal, placed at the literal; a URL variable with a trailing slash", () => {
    const facts = extractInstaller(k3sRke2AnsibleVars, 'k3s-rke2-ansible-vars/script-playbook.yml');
    expect(facts.map(show)).toEqual([
      'installer.name=k3s @11:9 "INSTALL_K3S_VERSION"',
      'installer.release=1.29.4+k3s1 @5:17 "v1.29.4+k3s1" key=k3s',
      'kubernetes.version=1.29.4+k3s1 @5:17 "v1.29.4+k3s1"',
      'installer.name=k3s @6:18 "https://get.k3s.io/"',
    ]);
    expect(facts[1]?.note).toBe('INSTALL_K3S_VERSION {{ k3s_pinned }} → k3s_pinned');
  });

  it('one installer name per environment map: INSTALL_K3S_EXEC and the like add nothing to INSTALL_K3S_VERSION', async () => {
    const { parseFile } = await import('../../src/parse/parse-file.js');
    const text = '- command: /tmp/k3s.sh\n  environment:\n    INSTALL_K3S_SKIP_ENABLE: "true"\n    INSTALL_K3S_EXEC: agent\n';
    expect(
      parseFile('site.yml', text)
        .docs.flatMap((d) => k3sRke2AnsibleVars.extract(d))
        .map((f) => `${f.name}=${f.value}@${f.place?.line}:${f.place?.column}`),
    ).toEqual(['installer.name=k3s@3:5']);
  });

  it('environment: a channel stays unresolved, a literal release is the release, an expression is not evaluated; a variable environment and a URL inside a sentence say nothing', () => {
    expect(read('script-odd.yml')).toEqual([
      'installer.name=k3s @5:5 "INSTALL_K3S_CHANNEL"',
      'installer.release=latest @5:26 "latest" (unresolved) key=k3s',
      'installer.name=rke2 @9:5 "INSTALL_RKE2_VERSION"',
      'installer.release=1.30.5+rke2r1 @9:27 "v1.30.5+rke2r1" key=rke2',
      'kubernetes.version=1.30.5+rke2r1 @9:27 "v1.30.5+rke2r1"',
      'installer.name=rke2 @13:5 "INSTALL_RKE2_VERSION"',
      "installer.release={{ wanted | default('v1.28.9+rke2r1') }} @13:28 \"{{ wanted | default('v1.28.9+rke2r1') }}\" (unresolved) key=rke2",
    ]);
  });

  it('the same name set twice differently in one file decides nothing; an empty version is the channel (no release); Kubernetes objects are not read', async () => {
    const { parseFile } = await import('../../src/parse/parse-file.js');
    const run = (text: string) =>
      parseFile('site.yml', text)
        .docs.flatMap((d) => k3sRke2AnsibleVars.extract(d))
        .map((f) => `${f.name}=${f.value}@${f.place?.line}:${f.place?.column}${f.unresolved ? ' (unresolved)' : ''}`);
    const twice =
      '- hosts: a\n  vars:\n    v: v1.28.1+k3s1\n- hosts: b\n  vars:\n    v: v1.29.1+k3s1\n  tasks:\n    - command: /tmp/i.sh\n      environment:\n        INSTALL_K3S_VERSION: "{{ v }}"\n';
    expect(run(twice)).toEqual(['installer.name=k3s@10:9', 'installer.release={{ v }}@10:31 (unresolved)']);
    expect(run('- command: /tmp/i.sh\n  environment:\n    INSTALL_RKE2_VERSION: ""\n')).toEqual(['installer.name=rke2@3:5']);
    expect(run('apiVersion: v1\nkind: Pod\nspec:\n  environment:\n    INSTALL_K3S_VERSION: v1.29.1+k3s1\n  url: https://get.k3s.io\n')).toEqual([]);
  });

  it("a task's command line that runs the script is read as shell words: the installer, its release ({{ var }} unresolved), --disable-kube-proxy; kubeadm and a message are not read", () => {
    expect(read('script-shell.yml')).toEqual([
      'installer.name=k3s @3:36 "https://get.k3s.io"',
      'installer.name=k3s @3:57 "INSTALL_K3S_VERSION"',
      'installer.release={{ k3s_wanted }} @3:77 "{{ k3s_wanted }}" (unresolved) key=k3s',
      'kubernetes.version={{ k3s_wanted }} @3:77 "{{ k3s_wanted }}" (unresolved)',
      'kubeProxy.disabled=true @3:109 "--disable-kube-proxy"',
      'installer.name=rke2 @10:15 "https://get.rke2.io"',
      'installer.name=rke2 @10:37 "INSTALL_RKE2_VERSION"',
      'installer.release=1.29.7+rke2r1 @10:59 "v1.29.7+rke2r1" key=rke2',
      'kubernetes.version=1.29.7+rke2r1 @10:59 "v1.29.7+rke2r1"',
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
