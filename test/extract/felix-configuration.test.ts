import { describe, expect, it } from 'vitest';
import { felixConfiguration } from '../../src/extract/felix-configuration.js';
import { brief, extractFixture } from './helpers.js';

describe('felix-configuration', () => {
  it('reads both API groups; per-node resources say so; templated values are unresolved', () => {
    const facts = extractFixture(felixConfiguration, 'felix.yaml');
    expect(facts.map(brief)).toEqual([
      { name: 'calico.iptablesBackend', value: 'Legacy', line: 6, column: 20 },
      { name: 'calico.featureDetectOverride', value: 'ChecksumOffloadBroken=true', line: 7, column: 26 },
      { name: 'calico.dataplane', value: 'BPF', line: 8, column: 15 },
      { name: 'calico.iptablesBackend', value: 'NFT', line: 15, column: 20 },
      { name: 'calico.iptablesBackend', value: '${IPTABLES_BACKEND}', line: 23, column: 20, unresolved: true },
    ]);
    expect(facts[3]?.note).toBe('FelixConfiguration node.worker-1 (one node only)');
    expect(facts[0]?.note).toBeUndefined();
  });

  it('a CRD schema that mentions the fields is not a setting', () => {
    expect(extractFixture(felixConfiguration, 'crd.yaml')).toEqual([]);
  });
});
