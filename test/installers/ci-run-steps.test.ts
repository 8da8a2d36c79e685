import { describe, expect, it } from 'vitest';
import { CI_FILE_PATH, ciRunSteps } from '../../src/extract/ci-run-steps.js';
import { extractInstaller, show } from './helpers.js';

const read = (path: string) => extractInstaller(ciRunSteps, `ci-run-steps/${path}`).map(show);

describe('ci-run-steps', () => {
  it('reads GitHub workflow run: blocks as shell, placed inside the block scalar, plus env and docker:// steps', () => {
    expect(read('deploy.yml')).toEqual([
      'installer.name=k3s @4:3 "INSTALL_K3S_VERSION"',
      'installer.release=1.29.4+k3s1 @4:25 "v1.29.4+k3s1" key=k3s',
      'kubernetes.version=1.29.4+k3s1 @4:25 "v1.29.4+k3s1"',
      'installer.name=kubeadm @12:16 "kubeadm"',
      'kubernetes.version=1.28.4 @12:50 "1.28.4"',
      'kubeProxy.disabled=true @13:27 "addon/kube-proxy"',
      'calico.version=3.25.1 @14:83 "v3.25.1"',
      'calico.kubeControllersVersion=3.25.1 @14:83 "v3.25.1"',
      'calico.ipipMode=Never @14:101 "calico-vxlan.yaml" [default]',
      'calico.vxlanMode=CrossSubnet @14:101 "calico-vxlan.yaml" [default]',
      'calico.version=3.27.0 @16:74 "v3.27.0"',
      'installer.name=kubespray @18:15 "docker://quay.io/kubespray/kubespray:v2.23.1"',
      'installer.release=2.23.1 @18:52 "v2.23.1" key=kubespray',
    ]);
  });

  it('reads GitLab CI variables, the job image and quoted script items', () => {
    expect(read('.gitlab-ci.yml')).toEqual([
      'installer.name=rke2 @2:3 "INSTALL_RKE2_VERSION"',
      'installer.release=1.28.8+rke2r1 @2:25 "v1.28.8+rke2r1" key=rke2',
      'kubernetes.version=1.28.8+rke2r1 @2:25 "v1.28.8+rke2r1"',
      'installer.name=kubespray @5:10 "quay.io/kubespray/kubespray:v2.24.1"',
      'installer.release=2.24.1 @5:38 "v2.24.1" key=kubespray',
      'calico.version=3.26.1 @8:80 "v3.26.1"',
      'calico.kubeControllersVersion=3.26.1 @8:80 "v3.26.1"',
      'calico.ipipMode=Always @8:98 "calico.yaml" [default]',
      'calico.vxlanMode=Never @8:98 "calico.yaml" [default]',
    ]);
  });

  it('applies to CI definition files only', () => {
    expect(
      ['.github/workflows/ci.yml', '.gitlab-ci.yml', 'ci/.gitlab-ci.yml', 'azure-pipelines.yml', '.circleci/config.yml'].every((p) => CI_FILE_PATH.test(p)),
    ).toBe(true);
    expect(['workflows/ci.yml', 'deploy.yml', '.github/dependabot.yml'].some((p) => CI_FILE_PATH.test(p))).toBe(false);
  });
});
