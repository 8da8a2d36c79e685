import { describe, expect, it } from 'vitest';
import { kubeaszEzdown } from '../../src/extract/kubeasz-ezdown.js';
import { extractInstaller, show } from './helpers.js';

describe('kubeasz-ezdown', () => {
  it('reads the top-level settings of ezdown; the option parsing further down is not a value', () => {
    expect(extractInstaller(kubeaszEzdown, 'kubeasz-ezdown/ezdown').map(show)).toEqual([
      'installer.name=kubeasz @11:1 "KUBEASZ_VER"',
      'installer.release=3.6.3 @11:13 "3.6.3" key=kubeasz',
      'kubernetes.version=1.29.0 @12:13 "v1.29.0"',
      'calico.version=3.26.4 @19:11 "v3.26.4"',
      'calico.kubeControllersVersion=3.26.4 @19:11 "v3.26.4"',
    ]);
  });

  it('strips quotes and comments', () => {
    const facts = kubeaszEzdown.extract({ path: 'ezdown', text: 'K8S_BIN_VER="v1.26.1" # pinned\ncalicoVer=${CALICO:-v3.24.5}\n' });
    expect(facts.map(show)).toEqual([
      'installer.name=kubeasz @1:1 ""',
      'kubernetes.version=1.26.1 @1:14 ""',
      'calico.version=3.24.5 @2:11 ""',
      'calico.kubeControllersVersion=3.24.5 @2:11 ""',
    ]);
  });
});
