import { describe, expect, it } from 'vitest';
import { kustomizeLayers } from '../../src/extract/kustomize-layers.js';
import { resolveEntry } from '../../src/extract/kustomize-paths.js';
import { extractA, pin } from './sources-a-fixture.js';

describe('kustomize-layers', () => {
  it('records which files patch which resources; inline patches and remote resources are left out', () => {
    const facts = extractA(kustomizeLayers, 'kustomize-layers/overlay/kustomization.yaml');
    expect(facts.map(pin)).toEqual([{ name: 'kustomize.layer', value: 'kustomize-layers/overlay', at: '5:1' }]);
    expect(facts[0]?.overrides).toEqual({
      by: 'kustomize patches',
      targets: ['kustomize-layers/base/', 'kustomize-layers/overlay/calico.yaml'],
      patches: ['kustomize-layers/overlay/ip-in-ip.yaml', 'kustomize-layers/overlay/patches/vxlan.yaml', 'kustomize-layers/overlay/patches/json.yaml'],
    });
  });

  it('says nothing for a kustomization without patches', () => {
    expect(extractA(kustomizeLayers, 'kustomize-layers/kustomization.yaml')).toEqual([]);
  });

  it('resolves entries against the kustomization folder and refuses what leaves the repository', () => {
    expect(
      ['../base', 'calico.yaml', './sub/dir/', '../../../outside.yaml', 'https://example.com/x.yaml', 'github.com/org/repo//calico', '.'].map((e) =>
        resolveEntry('apps/calico/kustomization.yaml', e),
      ),
    ).toEqual(['apps/base/', 'apps/calico/calico.yaml', 'apps/calico/sub/dir/', undefined, undefined, undefined, 'apps/calico/']);
    expect(resolveEntry('kustomization.yaml', '.')).toBe('');
  });
});
