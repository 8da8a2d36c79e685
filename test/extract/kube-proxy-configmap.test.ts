import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractDocs } from '../../src/extract/extract-file.js';
import { kubeProxyConfigmap } from '../../src/extract/kube-proxy-configmap.js';
import { kubeProxyConfiguration } from '../../src/extract/kube-proxy-configuration.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { brief, extractFixture, FIXTURES } from './helpers.js';

describe('kube-proxy-configmap', () => {
  it('places the mode inside config.conf at its line and column in the outer file', () => {
    const facts = extractFixture(kubeProxyConfigmap, 'kubeadm.yaml');
    expect(facts.map(brief)).toEqual([{ name: 'kubeProxy.mode', value: 'ipvs', line: 16, column: 11 }]);
    expect(facts[0]?.place).toMatchObject({ file: 'kubeadm.yaml', endLine: 16, endColumn: 15 });
  });

  it('keeps the same columns with CRLF line endings', () => {
    const facts = extractFixture(kubeProxyConfigmap, 'kubeadm.yaml', (t) => t.replace(/\n/g, '\r\n'));
    expect(facts.map(brief)).toEqual([{ name: 'kubeProxy.mode', value: 'ipvs', line: 16, column: 11 }]);
  });

  it('places a quoted string at the scalar; an unset mode is the default at the embedded kind line', () => {
    expect(extractFixture(kubeProxyConfigmap, 'styles.yaml').map(brief)).toEqual([
      { name: 'kubeProxy.mode', value: 'nftables', line: 7, column: 16 },
      { name: 'kubeProxy.mode', value: 'iptables', line: 16, column: 13, origin: 'default' },
    ]);
  });

  it('counts the setting once when the pipeline also reads the ConfigMap data as documents of their own', () => {
    const text = readFileSync(`${FIXTURES}kube-proxy-configmap/kubeadm.yaml`, 'utf8');
    const facts = extractDocs([kubeProxyConfigmap, kubeProxyConfiguration], parseFile('kubeadm.yaml', text).docs, (id, err) => {
      throw new Error(`${id}: ${String(err)}`);
    });
    expect(facts.map(brief)).toEqual([{ name: 'kubeProxy.mode', value: 'ipvs', line: 16, column: 11 }]);
  });
});
