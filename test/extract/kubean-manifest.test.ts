import { describe, expect, it } from 'vitest';
import { kubeanManifest } from '../../src/extract/kubean-manifest.js';
import { extractB, pin } from './sources-b-fixture.js';

describe('kubean-manifest', () => {
  it('reads the default Kubernetes and Calico versions as defaults, never the versionRange lists', () => {
    const facts = extractB(kubeanManifest, 'kubean-manifest/manifest.cr.yaml');
    expect(facts.map(pin)).toEqual([
      { name: 'kubernetes.version', value: '1.28.6', at: '14:23', origin: 'default' },
      { name: 'calico.version', value: '3.26.4', at: '19:23', origin: 'default' },
    ]);
    expect(facts[0]?.note).toContain('Kubespray 2.24');
  });
});
