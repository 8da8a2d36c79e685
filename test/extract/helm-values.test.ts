import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { triggeredExtractors } from '../../src/extract/extract-file.js';
import { helmValues } from '../../src/extract/helm-values.js';
import { extractA, pin, SOURCES_A, textAt } from './sources-a-fixture.js';

describe('helm-values', () => {
  it('reads the tigera-operator chart values: pools, dataplane, operator and calicoctl versions, not the commented keys', () => {
    const facts = extractA(helmValues, 'helm-values/values.yaml');
    expect(facts.map(pin)).toEqual([
      { name: 'calico.operatorVersion', value: '1.34.5', at: '17:12' },
      { name: 'calico.version', value: '3.28.2', at: '21:8' },
      { name: 'calico.ipipMode', value: 'CrossSubnet', at: '10:24' },
      { name: 'calico.vxlanMode', value: 'Never', at: '10:24' },
      { name: 'calico.ipipMode', value: 'Never', at: '12:24' },
      { name: 'calico.vxlanMode', value: 'Always', at: '12:24' },
      { name: 'calico.dataplane', value: 'BPF', at: '7:21' },
    ]);
    expect(facts[0]?.raw).toBe('quay.io/tigera/operator:v1.34.5');
    expect(facts[1]?.raw).toBe('quay.io/calico/ctl:v3.28.2');
    expect(facts[2]?.raw).toBe('IPIPCrossSubnet');
    expect(textAt(facts[6]?.place)).toBe('BPF # or Iptables');
  });

  it('reads image maps in every shape, keeps the tag as written, skips digest-only and unrelated images', () => {
    const facts = extractA(helmValues, 'helm-values/values-images.yaml');
    expect(facts.map(pin)).toEqual([
      { name: 'kubeProxy.version', value: '1.28.4', at: '6:10' },
      { name: 'kubeProxy.image', value: 'registry.k8s.io/kube-proxy', at: '5:17' },
      { name: 'calico.version', value: '3.26.4', at: '8:10' },
      { name: 'calico.kubeControllersVersion', value: '3.26.4', at: '12:10' },
      { name: 'calico.version', value: '{{ .Chart.AppVersion }}', at: '17:10', unresolved: true },
      { name: 'kubeProxy.version', value: '1.30', at: '25:10' },
      { name: 'kubeProxy.image', value: 'registry.k8s.io/kube-proxy', at: '24:17' },
    ]);
    expect(facts.map((f) => f.raw)).toEqual([
      'registry.k8s.io/kube-proxy:v1.28.4',
      undefined,
      'docker.io/calico/node:v3.26.4',
      'quay.io/calico/kube-controllers:v3.26.4@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      'calico/node:{{ .Chart.AppVersion }}',
      'registry.k8s.io/kube-proxy:1.30',
      undefined,
    ]);
    expect(facts.map((f) => f.key)).toEqual(['kube-proxy', 'kube-proxy', 'calico/node', 'calico/kube-controllers', 'calico/node', 'kube-proxy', 'kube-proxy']);
  });

  it('leaves manifests to the manifest extractors', () => {
    expect(extractA(helmValues, 'helm-values/not-values.yaml')).toEqual([]);
  });

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
