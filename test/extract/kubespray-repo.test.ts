import { describe, expect, it } from 'vitest';
import { KUBESPRAY_ARCHIVE, KUBESPRAY_REPO, KUBESPRAY_SOURCE } from '../../src/extract/kubespray-repo.js';

describe('the Kubespray repository, one definition for every reader', () => {
  it('KUBESPRAY_REPO: the repository as a URL, an SSH address or a path, and nothing after it', () => {
    for (const yes of [
      'https://github.com/kubernetes-sigs/kubespray',
      'https://github.com/kubernetes-sigs/kubespray.git',
      'https://github.com/kubernetes-sigs/kubespray/',
      'git@github.com:kubernetes-sigs/kubespray.git',
      'https://github.com/kubernetes-incubator/kubespray',
      'kubernetes-sigs/kubespray',
    ])
      expect([yes, KUBESPRAY_REPO.test(yes)]).toEqual([yes, true]);
    for (const no of [
      'https://github.com/kubernetes-sigs/kubespray-offline',
      'https://github.com/my-kubernetes-sigs/kubespray',
      'https://github.com/kubernetes-sigs/kubespray/archive/v2.24.1.zip',
      'https://github.com/kubernetes-sigs/kubespray,v2.24.1',
    ])
      expect([no, KUBESPRAY_REPO.test(no)]).toEqual([no, false]);
  });

  it('KUBESPRAY_SOURCE: also an ansible-galaxy `URL,version` and the collection name', () => {
    expect(KUBESPRAY_SOURCE.test('https://github.com/kubernetes-sigs/kubespray,v2.24.1')).toBe(true);
    expect(KUBESPRAY_SOURCE.test('git+https://github.com/kubernetes-sigs/kubespray.git')).toBe(true);
    expect(KUBESPRAY_SOURCE.test('kubernetes_sigs.kubespray')).toBe(true);
    expect(KUBESPRAY_SOURCE.test('kubernetes_sigs.kubespray_extra')).toBe(false);
    expect(KUBESPRAY_SOURCE.test('https://github.com/kubernetes-sigs/kubespray-offline')).toBe(false);
  });

  it('KUBESPRAY_ARCHIVE: the ref and the extension of a source archive', () => {
    expect(KUBESPRAY_ARCHIVE.exec('https://github.com/kubernetes-sigs/kubespray/archive/refs/tags/v2.18.2.zip')?.slice(1)).toEqual(['v2.18.2', 'zip']);
    expect(KUBESPRAY_ARCHIVE.exec('https://github.com/kubernetes-sigs/kubespray/archive/v2.24.1.tar.gz')?.slice(1)).toEqual(['v2.24.1', 'tar.gz']);
    expect(KUBESPRAY_ARCHIVE.exec('https://github.com/kubernetes-sigs/kubespray/archive/master.zip?x=1')?.slice(1)).toEqual(['master', 'zip']);
    expect(KUBESPRAY_ARCHIVE.test('https://github.com/kubernetes-sigs/kubespray-offline/archive/v1.zip')).toBe(false);
  });
});
