import { describe, expect, it } from 'vitest';
import { kubesprayGitmodules } from '../../src/extract/kubespray-gitmodules.js';
import { extractInstaller, show } from './helpers.js';

describe('kubespray-gitmodules', () => {
  it('a Kubespray submodule names the installer; branch release-2.18 names the minor, a bare path names none', () => {
    expect(extractInstaller(kubesprayGitmodules, 'kubespray-gitmodules/.gitmodules').map(show)).toEqual([
      'installer.name=kubespray @3:8 "https://github.com/kubernetes-sigs/kubespray.git"',
      'installer.release=2.18 @4:11 "release-2.18" key=kubespray',
      'installer.name=kubespray @10:8 "git@github.com:kubernetes-sigs/kubespray"',
      'installer.release=git@github.com:kubernetes-sigs/kubespray @10:8 "git@github.com:kubernetes-sigs/kubespray" (unresolved) key=kubespray',
    ]);
  });
});
