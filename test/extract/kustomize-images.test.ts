import { describe, expect, it } from 'vitest';
import { kustomizeImages } from '../../src/extract/kustomize-images.js';
import { extractA, pin } from './sources-a-fixture.js';

describe('kustomize-images', () => {
  const facts = extractA(kustomizeImages, 'kustomize-images/overlay/kustomization.yaml');

  it('turns newTag, newName and digest of known images into replacing facts; other images say nothing', () => {
    expect(facts.map(pin)).toEqual([
      { name: 'calico.version', value: '3.26.4', at: '11:13' },
      { name: 'kubeProxy.version', value: '1.28.7', at: '14:13' },
      { name: 'kubeProxy.image', value: 'mirror.example.com/k8s/kube-proxy', at: '13:14' },
      {
        name: 'calico.kubeControllersVersion',
        value: 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
        at: '16:13',
        unresolved: true,
      },
      { name: 'calico.operatorVersion', value: '${OPERATOR_TAG}', at: '18:13', unresolved: true },
      // An unquoted 1.30 is a float to YAML; the tag is kept as written.
      { name: 'kubeProxy.version', value: '1.30', at: '24:13' },
    ]);
    expect(facts.map((f) => f.key)).toEqual(['calico/node', 'kube-proxy', 'kube-proxy', 'calico/kube-controllers', 'tigera/operator', 'kube-proxy']);
    expect(facts[1]?.raw).toBe('mirror.example.com/k8s/kube-proxy:v1.28.7');
    expect(facts[3]?.note).toBe('kustomize images: pinned by digest, which names no version');
  });

  it('targets the resources (folders end in /), the patches and the kustomization itself, never remote entries', () => {
    expect(facts[0]?.overrides).toEqual({
      by: 'kustomize images',
      targets: [
        'kustomize-images/base/',
        'kustomize-images/overlay/extra.yaml',
        'kustomize-images/overlay/env.yaml',
        'kustomize-images/overlay/kustomization.yaml',
      ],
    });
  });
});
