import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { triggeredExtractors } from '../../src/extract/extract-file.js';
import { helmValues } from '../../src/extract/helm-values.js';
import { SOURCES_A } from './sources-a-fixture.js';
import { testExtractor } from './tester.js';

testExtractor(
  helmValues,
  [
    {
      title: 'reads the tigera-operator chart values: pools, dataplane, operator and calicoctl versions, not the commented keys',
      fixture: 'helm-values/values.yaml',
      facts: [
        { name: 'calico.operatorVersion', value: '1.34.5', line: 17, column: 12 },
        { name: 'calico.version', value: '3.28.2', line: 21, column: 8 },
        { name: 'calico.ipipMode', value: 'CrossSubnet', line: 10, column: 24 },
        { name: 'calico.vxlanMode', value: 'Never', line: 10, column: 24 },
        { name: 'calico.ipipMode', value: 'Never', line: 12, column: 24 },
        { name: 'calico.vxlanMode', value: 'Always', line: 12, column: 24 },
        { name: 'calico.dataplane', value: 'BPF', line: 7, column: 21 },
      ],
      raws: { 0: 'quay.io/tigera/operator:v1.34.5', 1: 'quay.io/calico/ctl:v3.28.2', 2: 'IPIPCrossSubnet' },
      textAt: { 6: 'BPF # or Iptables' },
    },
    {
      title: 'reads image maps in every shape, keeps the tag as written, skips digest-only and unrelated images',
      fixture: 'helm-values/values-images.yaml',
      facts: [
        { name: 'kubeProxy.version', value: '1.28.4', line: 6, column: 10 },
        { name: 'kubeProxy.image', value: 'registry.k8s.io/kube-proxy', line: 5, column: 17 },
        { name: 'calico.version', value: '3.26.4', line: 8, column: 10 },
        { name: 'calico.kubeControllersVersion', value: '3.26.4', line: 12, column: 10 },
        { name: 'calico.version', value: '{{ .Chart.AppVersion }}', line: 17, column: 10, unresolved: true },
        { name: 'kubeProxy.version', value: '1.30', line: 25, column: 10 },
        { name: 'kubeProxy.image', value: 'registry.k8s.io/kube-proxy', line: 24, column: 17 },
      ],
      raws: {
        0: 'registry.k8s.io/kube-proxy:v1.28.4',
        1: undefined,
        2: 'docker.io/calico/node:v3.26.4',
        3: 'quay.io/calico/kube-controllers:v3.26.4@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
        4: 'calico/node:{{ .Chart.AppVersion }}',
        5: 'registry.k8s.io/kube-proxy:1.30',
        6: undefined,
      },
      keys: { 0: 'kube-proxy', 1: 'kube-proxy', 2: 'calico/node', 3: 'calico/kube-controllers', 4: 'calico/node', 5: 'kube-proxy', 6: 'kube-proxy' },
    },
    { title: 'leaves manifests to the manifest extractors', fixture: 'helm-values/not-values.yaml', facts: [] },
  ],
  { root: 'sources-a' },
);

describe('helm-values paths', () => {
  it('runs on values files only', () => {
    const text = readFileSync(`${SOURCES_A}helm-values/values.yaml`, 'utf8');
    const on = (path: string) => triggeredExtractors([helmValues], path, text).length === 1;
    expect([on('values.yaml'), on('charts/calico/values-prod.yml'), on('values.yaml.bak'), on('manifests/calico.yaml'), on('my-values.yaml')]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
