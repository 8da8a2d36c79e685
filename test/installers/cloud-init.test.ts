import { describe, expect, it } from 'vitest';
import { cloudInit } from '../../src/extract/cloud-init.js';
import { extractInstaller, show } from './helpers.js';

const read = (path: string) => extractInstaller(cloudInit, `cloud-init/${path}`).map(show);

describe('cloud-init', () => {
  it('reads runcmd strings and written scripts as shell, placed in the file; a template variable stays unresolved; base64 content is not read', () => {
    expect(read('control-plane.yaml')).toEqual([
      'installer.name=kubeadm @20:5 "kubeadm"',
      'kubernetes.version=${kubernetes_version} @20:39 "${kubernetes_version}" (unresolved)',
      'calico.version=3.26.1 @14:119 "v3.26.1"',
      'calico.kubeControllersVersion=3.26.1 @14:119 "v3.26.1"',
      'calico.ipipMode=Always @14:137 "calico.yaml" [default]',
      'calico.vxlanMode=Never @14:137 "calico.yaml" [default]',
    ]);
  });

  it('reads commands in exec form: `sh -c` / `bash -c` scripts, other word lists as one command, each word placed at its item', () => {
    expect(read('exec-form.yaml')).toEqual([
      'installer.name=kubeadm @6:7 "kubeadm"',
      'kubernetes.version=1.28.3 @6:44 "v1.28.3"',
      'calico.version=3.27.0 @7:88 "v3.27.0"',
      'calico.kubeControllersVersion=3.27.0 @7:88 "v3.27.0"',
      'calico.ipipMode=Never @7:106 "calico-vxlan.yaml" [default]',
      'calico.vxlanMode=CrossSubnet @7:106 "calico-vxlan.yaml" [default]',
      'installer.name=k3s @11:17 "https://get.k3s.io"',
      'installer.name=k3s @11:38 "INSTALL_K3S_VERSION"',
      'installer.release=1.29.1+k3s2 @11:58 "v1.29.1+k3s2" key=k3s',
      'kubernetes.version=1.29.1+k3s2 @11:58 "v1.29.1+k3s2"',
    ]);
  });

  it('reads nothing from a file that is not cloud-config (a runcmd key below the top level, an Ansible task)', () => {
    expect(read('not-cloud-init.yaml')).toEqual([]);
  });
});
