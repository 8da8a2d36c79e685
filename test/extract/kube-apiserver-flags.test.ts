import { describe, expect, it } from 'vitest';
import { kubeApiserverFlags } from '../../src/extract/kube-apiserver-flags.js';
import { brief, extractFixture } from './helpers.js';

describe('kube-apiserver-flags', () => {
  it('reads --enable-admission-plugins from a static pod, spaces dropped', () => {
    expect(extractFixture(kubeApiserverFlags, 'kube-apiserver.yaml').map(brief)).toEqual([
      { name: 'apiserver.admissionPlugins', value: 'NodeRestriction,DenyServiceExternalIPs', line: 14, column: 11 },
    ]);
  });

  it('gives the defaults for a plain command line without it, nothing for a shell line, unresolved for a template', () => {
    const facts = extractFixture(kubeApiserverFlags, 'defaults.yaml');
    expect(facts.map(brief)).toEqual([
      { name: 'apiserver.admissionPlugins', value: 'defaults only', line: 9, column: 14, origin: 'default' },
      { name: 'apiserver.admissionPlugins', value: '{{ plugins }}', line: 35, column: 79, unresolved: true },
    ]);
  });
});
