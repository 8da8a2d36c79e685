import { describe, expect, it } from 'vitest';
import { buildContexts } from '../../src/context/build-contexts.js';
import { applyOverrides } from '../../src/context/overrides.js';
import type { Fact } from '../../src/model/fact.js';
import { at, OVERRIDES, repoFacts } from './sources-a-repo.js';

const calico = (facts: readonly Fact[]) =>
  facts
    .filter((f) => f.name.startsWith('calico.'))
    .map(at)
    .sort();

describe('kustomize overrides', () => {
  it('an images: newTag replaces the base image version in each overlay; the base leaves the context but stays in the evidence', async () => {
    const { facts, overridden } = applyOverrides(await repoFacts(`${OVERRIDES}images`));
    expect(calico(facts)).toEqual([
      'calico.kubeControllersVersion=3.20.0 @base/calico.yaml:32:18',
      'calico.version=3.26.4 @prod/kustomization.yaml:5:13',
      'calico.version=3.27.3 @staging/kustomization.yaml:6:13',
      'calico.vxlanMode=Always @base/calico.yaml:17:22',
    ]);
    expect(overridden.map(at)).toEqual(['calico.version=3.20.0 @base/calico.yaml:14:18']);
    const prod = facts.find((f) => f.place?.file === 'prod/kustomization.yaml');
    expect(prod?.derivedFrom?.map(at)).toEqual(['calico.version=3.20.0 @base/calico.yaml:14:18']);
    expect(prod?.note).toBe('kustomize images override');
    expect(overridden[0]?.note).toBe('overridden by kustomize images');
    expect(facts.find((f) => f.place?.file === 'staging/kustomization.yaml')?.raw).toBe('mirror.example.com/calico/node:v3.27.3');
  });

  it('applies a base before the overlay that lists it, so only the outermost tag remains, with the whole chain', async () => {
    const { facts, overridden } = applyOverrides(await repoFacts(`${OVERRIDES}chain`));
    const versions = facts.filter((f) => f.name === 'calico.version');
    expect(versions.map(at)).toEqual(['calico.version=3.26.4 @top/kustomization.yaml:5:13']);
    expect(versions[0]?.derivedFrom?.map(at)).toEqual(['calico.version=3.24.5 @mid/kustomization.yaml:5:13']);
    expect(versions[0]?.derivedFrom?.[0]?.derivedFrom?.map(at)).toEqual(['calico.version=3.20.0 @base/calico.yaml:14:18']);
    expect(overridden.map(at).sort()).toEqual(['calico.version=3.20.0 @base/calico.yaml:14:18', 'calico.version=3.24.5 @mid/kustomization.yaml:5:13']);
  });

  it('a patch replaces the value of its resources ("Off" over Always); newName alone changes no version', async () => {
    const { facts, overridden } = applyOverrides(await repoFacts(`${OVERRIDES}patches`));
    expect(calico(facts)).toEqual([
      'calico.ipipMode=Never @ip-in-ip.yaml:13:22',
      'calico.version=3.18.1 @calico.yaml:14:18',
      'calico.vxlanMode=Never @calico.yaml:19:22',
    ]);
    expect(overridden.map(at)).toEqual(['calico.ipipMode=Always @calico.yaml:17:22']);
    const patched = facts.find((f) => f.name === 'calico.ipipMode');
    expect(patched?.raw).toBe('Off');
    expect(patched?.derivedFrom?.map(at)).toEqual(['calico.ipipMode=Always @calico.yaml:17:22']);
    expect(facts.some((f) => f.name === 'kustomize.layer')).toBe(false);
  });

  it('an images: entry replaces a version its own helmCharts values set, and the operator then names Calico', async () => {
    const [ctx] = buildContexts(await repoFacts(`${OVERRIDES}helm-operator`), []);
    expect(calico(ctx?.facts ?? [])).toEqual([
      'calico.kubeControllersVersion=3.27.3',
      'calico.operatorVersion=1.32.7 @kustomization.yaml:12:13',
      'calico.version=3.27.3',
    ]);
    expect(ctx?.overridden.map(at)).toEqual(['calico.operatorVersion=1.30.9 @kustomization.yaml:9:18']);
  });

  it('leaves facts alone when nothing overrides them', () => {
    const f: Fact = { name: 'calico.version', value: '3.26.1', origin: 'repository', source: 't', place: { file: 'a.yaml', line: 1, column: 1 } };
    expect(applyOverrides([f])).toEqual({ facts: [f], overridden: [] });
  });
});
