import { describe, expect, it } from 'vitest';
import { cloudInit } from '../../src/extract/cloud-init.js';
import { extractInstaller, show } from './helpers.js';

const read = (path: string) => extractInstaller(cloudInit, `cloud-init/${path}`).map(show);

describe('cloud-init', () => {
  it('reads runcmd strings and written scripts as shell, placed in the file; a template variable stays unresolved; base64 content and the exec form are not read', () => {
    expect(read('control-plane.yaml')).toEqual([
      'installer.name=kubeadm @20:5 "kubeadm"',
      'kubernetes.version=${kubernetes_version} @20:39 "${kubernetes_version}" (unresolved)',
      'calico.version=3.26.1 @14:119 "v3.26.1"',
      'calico.kubeControllersVersion=3.26.1 @14:119 "v3.26.1"',
      'calico.ipipMode=Always @14:137 "calico.yaml" [default]',
      'calico.vxlanMode=Never @14:137 "calico.yaml" [default]',
    ]);
  });

  it('reads nothing from a file that is not cloud-config (a runcmd key below the top level, an Ansible task)', () => {
    expect(read('not-cloud-init.yaml')).toEqual([]);
  });
});
