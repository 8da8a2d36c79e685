import { describe, expect, it } from 'vitest';
import { kindScriptConfig } from '../../src/extract/kind-script-config.js';
import { extractInstaller, show } from './helpers.js';

const read = (path: string) => extractInstaller(kindScriptConfig, `kind-script-config/${path}`).map(show);

describe('kind-script-config', () => {
  it('a kind config in a heredoc is read like a file, placed in the script; a <<- body too; other heredocs and $((1<<3)) are not configs', () => {
    expect(read('kind-heredoc.sh')).toEqual([
      'cluster.definition=kind-script-config @7:7 "Cluster"',
      'installer.name=kind @7:7 "Cluster"',
      'kubeProxy.mode=ipvs @10:18 "ipvs"',
      'kubernetes.version=1.29.1 @13:12 "kindest/node:v1.29.1"',
      // An unquoted heredoc's variable is the shell's to fill: unresolved.
      'kubernetes.version=kindest/node:${K8S_IMAGE_TAG} @15:12 "kindest/node:${K8S_IMAGE_TAG}" (unresolved)',
      // The <<- body: the shell strips its leading tabs; the patch without apiVersion sets the mode.
      'cluster.definition=kind-script-config @20:8 "Cluster"',
      'installer.name=kind @20:8 "Cluster"',
      'kubeProxy.mode=nftables @25:12 "nftables"',
    ]);
  });
});
