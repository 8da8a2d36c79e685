import { describe, expect, it } from 'vitest';
import { calicoNode } from '../../src/extract/calico-node.js';
import { brief, extractFixture } from './helpers.js';

describe('calico-node', () => {
  it('reads the version from every calico/node container, and the env of calico/node containers only', () => {
    expect(
      extractFixture(calicoNode, 'manifest.yaml')
        .filter((f) => f.origin !== 'default')
        .map(brief),
    ).toEqual([
      { name: 'calico.version', value: '3.26.4', line: 16, column: 18 },
      { name: 'calico.version', value: '3.26.4', line: 20, column: 18 },
      { name: 'calico.ipipMode', value: 'Never', line: 23, column: 22 },
      { name: 'calico.vxlanMode', value: 'CrossSubnet', line: 25, column: 22 },
      { name: 'calico.iptablesBackend', value: 'NFT', line: 29, column: 22 },
      { name: 'calico.featureDetectOverride', value: 'ChecksumOffloadBroken=true', line: 31, column: 22 },
      { name: 'calico.dataplane', value: 'BPF', line: 33, column: 22 },
    ]);
  });

  it('recognises registries and mirrors; a tagless or floating image states no version', () => {
    expect(
      extractFixture(calicoNode, 'mirrors.yaml')
        .filter((f) => f.origin !== 'default')
        .map((f) => [f.value, f.place?.line]),
    ).toEqual([
      ['3.27.3', 10],
      ['3.28.1', 12],
      ['3.16.1', 14],
      ['3.25.0', 16],
    ]);
  });

  it('templated images and env are unresolved, envsubst defaults are used, valueFrom is unresolved', () => {
    const facts = extractFixture(calicoNode, 'templated.yaml').filter((f) => f.origin !== 'default');
    expect(facts.map(brief)).toEqual([
      { name: 'calico.version', value: '${CALICO_VERSION}', line: 10, column: 18, unresolved: true },
      { name: 'calico.version', value: '3.26.1', line: 12, column: 18 },
      { name: 'calico.ipipMode', value: 'valueFrom CALICO_IPV4POOL_IPIP', line: 15, column: 15, unresolved: true },
      { name: 'calico.iptablesBackend', value: '{{ .Values.iptablesBackend }}', line: 20, column: 22, unresolved: true },
    ]);
  });

  it('reads a patch that names the calico-node container without an image; tolerates a trailing tab; normalises "Off"', () => {
    const facts = extractFixture(calicoNode, 'patch.yaml');
    expect(facts.map(brief)).toEqual([
      { name: 'calico.featureDetectOverride', value: 'ChecksumOffloadBroken=true', line: 12, column: 18 },
      { name: 'calico.ipipMode', value: 'Never', line: 14, column: 18 },
    ]);
    expect(facts[1]?.raw).toBe('Off');
  });

  it('reports nothing from CRD descriptions or ConfigMap strings', () => {
    expect(extractFixture(calicoNode, 'decoys.yaml')).toEqual([]);
  });

  it('takes FELIX_NFTABLESMODE Enabled as the nftables dataplane, and gives no dataplane otherwise', () => {
    expect(extractFixture(calicoNode, 'manifest.yaml').filter((f) => f.origin === 'default')).toEqual([]);
    expect(extractFixture(calicoNode, 'nftables.yaml').filter((f) => f.name === 'calico.dataplane')).toEqual([]);
  });
});
