import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COMPONENT_KEY_LINE, findCandidates, holdsComponentKeyLine } from '../../src/extract/candidates.js';
import { CORPUS, corpusPresent } from '../helpers/corpus.js';

// Version suggestions (src/extract/candidates.ts): a key that names a component, or `version:` under one.
// The whole-text check in front of the line loop must never hide one.

const found = (text: string) => findCandidates('values.yaml', text).map((c) => `${c.place.line}:${c.place.column} ${c.key}=${c.value} ${c.fact}`);

describe('findCandidates', () => {
  it('finds a component key with a version, in any spelling the normalisation accepts', () => {
    const text = [
      'kube_version: 1.28.3',
      'KubeProxy-Version: "v1.27.2"',
      '  - k8s.ver: 1.26',
      "'calico_tag': v3.26.1 # pinned",
      'kernel.release: 5.15.0-91-generic',
      'CLUSTER_VERSION: 1.29.1',
    ].join('\n');
    expect(found(text)).toEqual([
      '1:15 kube_version=1.28.3 kubernetes.version',
      '2:20 KubeProxy-Version=v1.27.2 kubeProxy.version',
      '3:14 k8s.ver=1.26 kubernetes.version',
      '4:15 calico_tag=v3.26.1 calico.version',
      '5:17 kernel.release=5.15.0-91-generic node.kernel',
      '6:18 CLUSTER_VERSION=1.29.1 kubernetes.version',
    ]);
  });

  it('finds each spelling on its own too (the whole-text check sees every one)', () => {
    for (const line of [
      'kube_version: 1.28.3',
      'KubeProxy-Version: "v1.27.2"',
      '  - k8s.ver: 1.26',
      "'calico_tag': v3.26.1",
      'Kernel_: 6.1.0',
      'CLUSTER_VERSION: 1.29.1',
      'calico :  3.26.1',
    ]) {
      expect(found(line), line).toHaveLength(1);
    }
    expect(found('Calico:\n  Version: 3.27.0')).toEqual(['2:12 Calico.Version=3.27.0 calico.version']);
  });

  it('finds version: under a component key, and not under any other key', () => {
    const text = ['calico:', '  # the CNI', '  version: 3.27.0', 'cert-manager:', '  version: 1.14.0', 'Kube-Proxy:', '  tag: "1.28.1"'].join('\r\n');
    expect(found(text)).toEqual(['3:12 calico.version=3.27.0 calico.version', '7:8 Kube-Proxy.tag=1.28.1 kubeProxy.version']);
  });

  it('finds nothing where no key names a component, even when the words occur elsewhere', () => {
    const crdLike = [
      '# Calico CRDs for kubernetes 1.28',
      'metadata:',
      '  name: felixconfigurations.crd.projectcalico.org',
      'spec:',
      '  group: crd.projectcalico.org',
      '  version: v1',
      '  kubeletVersion: 1.28.0',
      '  calicoNodeImage: calico/node:v3.26.1',
      'kernelParams: "5.10.0"',
    ].join('\n');
    expect(found(crdLike)).toEqual([]);
    // A component key without a version-looking value suggests nothing either.
    expect(found('calico:\n  enabled: true\nkernel: latest\n')).toEqual([]);
  });

  it('keeps the parent rule: a sibling at the same indent ends the component mapping', () => {
    expect(found('kernel:\n  other: x\nversion: 6.1.0\n')).toEqual([]);
    expect(found('kernel:\n  other: x\n  version: 6.1.0\n')).toEqual(['3:12 kernel.version=6.1.0 node.kernel']);
  });
});

// The whole-text check tries its pattern at line starts only; it must answer as the multiline pattern does.
describe('holdsComponentKeyLine', () => {
  const cases: [string, boolean][] = [
    ['kube_version: 1.28.3', true],
    ['a: 1\nb: 2\n  - "calico_tag": v3', true],
    ['a: 1\r\nb: 2\r\n  Kernel-Release : x\r\n', true],
    // `\s*` crosses blank lines and line ends, from the line start before them.
    ['a: 1\n\n   \n\t kubeProxy:', true],
    ['a: 1\n  -\n    k8s:', true],
    // After a lone `\r`, U+2028 or U+2029 a multiline `^` holds too: a match begins there.
    ['a: 1\rkube_version: 1.2', true],
    ['a: 1\u2028calico: 3.26.1', true],
    ['a: 1\u2029  kernel: 6.1', true],
    // Not at a line start, or no component key.
    ['a: kube_version: 1.2', false],
    ['metadata:\n  name: felixconfigurations.crd.projectcalico.org\n  kubeletVersion: 1.28.0\n', false],
    ['a: 1\r\nkubernetes_versions_list\r\n', false],
    ['', false],
    ['\n', false],
    ['x\u00a0calico: 1', false],
    ['\u00a0calico: 1', true],
  ];
  it.each(cases)('%j: %s', (text, expected) => {
    expect(COMPONENT_KEY_LINE.test(text)).toBe(expected);
    expect(holdsComponentKeyLine(text)).toBe(expected);
  });

  it.skipIf(!corpusPresent)('answers as the multiline pattern on every corpus file', () => {
    let files = 0;
    let holding = 0;
    const visit = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const abs = join(dir, name);
        if (statSync(abs).isDirectory()) visit(abs);
        else {
          const text = readFileSync(abs, 'utf8');
          files++;
          const expected = COMPONENT_KEY_LINE.test(text);
          if (expected) holding++;
          expect(holdsComponentKeyLine(text), abs).toBe(expected);
        }
      }
    };
    visit(CORPUS);
    expect(files).toBeGreaterThan(60);
    expect(holding).toBeGreaterThan(10);
  });
});
