import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocs } from '../../src/extract/extract-file.js';
import { kubeProxyConfiguration } from '../../src/extract/kube-proxy-configuration.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { brief, extractFixture, FIXTURES } from './helpers.js';

describe('kube-proxy-configuration', () => {
  it('reads mode from a KubeProxyConfiguration next to a kubeadm ClusterConfiguration', () => {
    expect(extractFixture(kubeProxyConfiguration, 'kubeadm-config.yaml').map(brief)).toEqual([{ name: 'kubeProxy.mode', value: 'ipvs', line: 7, column: 7 }]);
  });

  it('absent or "" mode is the default iptables: at the kind line, or at the empty value', () => {
    const facts = extractFixture(kubeProxyConfiguration, 'unset.yaml');
    expect(facts.map(brief)).toEqual([
      { name: 'kubeProxy.mode', value: 'iptables', line: 3, column: 7, origin: 'default' },
      { name: 'kubeProxy.mode', value: 'iptables', line: 9, column: 7, origin: 'default' },
    ]);
    expect(facts[0]?.note).toBe('mode is not set: kube-proxy uses its default, iptables on Linux');
    expect(facts[1]?.raw).toBe('');
  });

  it('templated modes are unresolved, other API groups are ignored, Windows modes are kept', () => {
    expect(extractFixture(kubeProxyConfiguration, 'other.yaml').map(brief)).toEqual([
      { name: 'kubeProxy.mode', value: '{{ kube_proxy_mode }}', line: 3, column: 7, unresolved: true },
      { name: 'kubeProxy.mode', value: 'kernelspace', line: 12, column: 7 },
    ]);
  });
});

/** A fixture through the extraction pass as the scan runs it: ConfigMap data is read as documents of their own. */
function throughPipeline(name: string, transform: (t: string) => string = (t) => t): ReturnType<typeof brief>[] {
  const text = transform(readFileSync(`${FIXTURES}kube-proxy-configuration/${name}`, 'utf8'));
  return extractDocs([kubeProxyConfiguration], parseFile(name, text).docs, (id, err) => {
    throw new Error(`${id}: ${String(err)}`);
  }).map(brief);
}

describe('kube-proxy-configuration in a ConfigMap (kubeadm config.conf), read once by the embedded pass', () => {
  it('places the mode inside config.conf at its line and column in the outer file, once', () => {
    expect(throughPipeline('configmap-kubeadm.yaml')).toEqual([{ name: 'kubeProxy.mode', value: 'ipvs', line: 16, column: 11 }]);
    expect(extractFixture(kubeProxyConfiguration, 'configmap-kubeadm.yaml'), 'the extractor alone does not open ConfigMaps').toEqual([]);
  });

  it('keeps the same columns with CRLF line endings', () => {
    expect(throughPipeline('configmap-kubeadm.yaml', (t) => t.replace(/\n/g, '\r\n'))).toEqual([
      { name: 'kubeProxy.mode', value: 'ipvs', line: 16, column: 11 },
    ]);
  });

  it('places a quoted string at the scalar; an unset mode is the default at the embedded kind line; a Secret is left alone', () => {
    expect(throughPipeline('configmap-styles.yaml')).toEqual([
      { name: 'kubeProxy.mode', value: 'nftables', line: 7, column: 16 },
      { name: 'kubeProxy.mode', value: 'iptables', line: 16, column: 13, origin: 'default' },
    ]);
  });
});
