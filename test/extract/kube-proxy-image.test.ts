import { describe, expect, it } from 'vitest';
import { kubeProxyImage } from '../../src/extract/kube-proxy-image.js';
import { brief, extractFixture } from './helpers.js';

describe('kube-proxy-image', () => {
  it('reads kube-proxy images from any registry and workload kind, placed at the image scalar', () => {
    expect(extractFixture(kubeProxyImage, 'registries.yaml').map(brief)).toEqual([
      { name: 'kubeProxy.image', value: 'registry.k8s.io/kube-proxy', line: 12, column: 18 },
      { name: 'kubeProxy.version', value: '1.28.4', line: 12, column: 18 },
      { name: 'kubeProxy.image', value: 'k8s.gcr.io/kube-proxy-amd64', line: 22, column: 12 },
      { name: 'kubeProxy.version', value: '1.16.8', line: 22, column: 12 },
      { name: 'kubeProxy.image', value: 'mirror.example.com:5000/k8s/kube-proxy', line: 35, column: 22 },
      { name: 'kubeProxy.version', value: '1.28.9+rke2r1', line: 35, column: 22 },
    ]);
  });

  it('keeps vendor suffixes and the tag of tag@digest; digest-only and floating tags state no version', () => {
    const facts = extractFixture(kubeProxyImage, 'tags.yaml');
    expect(facts.filter((f) => f.name === 'kubeProxy.version').map(brief)).toEqual([
      { name: 'kubeProxy.version', value: '1.27.3-eksbuild.1', line: 11, column: 16 },
      { name: 'kubeProxy.version', value: '1.27.3-gke.100', line: 13, column: 16 },
      { name: 'kubeProxy.version', value: '1.29.1', line: 15, column: 16 },
    ]);
    expect(facts.filter((f) => f.name === 'kubeProxy.image').map((f) => [f.value, f.place?.line])).toEqual([
      ['602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/kube-proxy', 11],
      ['gke.gcr.io/kube-proxy-amd64', 13],
      ['registry.k8s.io/kube-proxy', 15],
      ['registry.k8s.io/kube-proxy', 17],
      ['registry.k8s.io/kube-proxy', 19],
    ]);
    expect(facts[1]?.raw).toBe('602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/kube-proxy:v1.27.3-eksbuild.1');
  });

  it('never takes a placeholder for a version; an envsubst default is used and labelled', () => {
    const versions = extractFixture(kubeProxyImage, 'templated.yaml').filter((f) => f.name === 'kubeProxy.version');
    expect(versions.map(brief)).toEqual([
      { name: 'kubeProxy.version', value: '{{ .Values.tag }}', line: 10, column: 18, unresolved: true },
      { name: 'kubeProxy.version', value: '${KUBERNETES_VERSION}', line: 12, column: 18, unresolved: true },
      { name: 'kubeProxy.version', value: '1.26.5', line: 14, column: 18 },
    ]);
    expect(versions[2]?.note).toBe('default of ${KUBERNETES_VERSION:-v1.26.5}');
  });

  it('ignores kube-proxy images in comments, CRD descriptions and plain strings', () => {
    expect(extractFixture(kubeProxyImage, 'decoys.yaml')).toEqual([]);
  });
});
