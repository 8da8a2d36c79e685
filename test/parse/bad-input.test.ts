import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../../src/extract/registry.js';
import type { ScanResult } from '../../src/model/finding.js';
import { scan } from '../../src/scan.js';
import { FIXTURES } from '../extract/helpers.js';
import { PARSE_FIXTURES } from './helpers.js';

/** The extractors this test is about; other source types have their own tests. */
const MANIFEST_EXTRACTORS = new Set(['kube-proxy-configuration', 'kube-proxy-flags', 'kube-proxy-image', 'kubeadm-cluster-configuration']);

let base: string;
let result: ScanResult;

function put(rel: string, content: string | Buffer): void {
  const abs = join(base, 'repo', rel);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

function copy(from: string, rel: string): void {
  const abs = join(base, 'repo', rel);
  mkdirSync(dirname(abs), { recursive: true });
  copyFileSync(from, abs);
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'netcompat-bad-input-'));
  copy(`${FIXTURES}kube-proxy-image/registries.yaml`, 'good/kube-proxy.yaml');
  for (const name of [
    'broken.yaml',
    'helm-partial.yaml',
    'alias-bomb.yaml',
    'partial.yaml.tpl',
    'ytt-overlay.yaml',
    'kube-proxy.json',
    'no-trailing-newline.yaml',
    'trailing-tabs.yaml',
  ]) {
    copy(`${PARSE_FIXTURES}${name}`, `odd/${name}`);
  }
  put('odd/crlf.yaml', readFileSync(`${PARSE_FIXTURES}multi-doc.yaml`, 'utf8').replace(/\n/g, '\r\n'));
  put(
    'odd/bom.yaml',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('mode: ipvs\nkind: KubeProxyConfiguration\napiVersion: kubeproxy.config.k8s.io/v1alpha1\n')]),
  );
  // A chart's template (a Chart.yaml beside templates/): skipped quietly, never parsed.
  put('chart/Chart.yaml', 'apiVersion: v2\nname: chart\nversion: 0.1.0\n');
  put('chart/templates/daemonset.yaml', '{{- if .Values.enabled }}\nimage: registry.k8s.io/kube-proxy:{{ .Values.tag }}\n{{- end }}\n');
  put('odd/binary.yaml', Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x00, 0x01, 0x02, 0xff]));
  put('odd/latin1.yaml', Buffer.from('kind: KubeProxyConfiguration\nname: caf\xe9\n', 'latin1'));
  put('odd/empty.yaml', '');
  put('odd/huge.yaml', `kind: KubeProxyConfiguration\n${'# padding\n'.repeat(10_000)}`);
  put('unrelated.yaml', 'this: [is not: valid\n');
  mkdirSync(join(base, 'outside'));
  writeFileSync(join(base, 'outside', 'kube-proxy.yaml'), readFileSync(`${FIXTURES}kube-proxy-image/registries.yaml`));
  symlinkSync(join(base, 'outside', 'kube-proxy.yaml'), join(base, 'repo', 'escape.yaml'));
  result = await scan({
    root: join(base, 'repo'),
    maxBytes: 64 * 1024,
    rules: [],
    extractors: EXTRACTORS.filter((e) => MANIFEST_EXTRACTORS.has(e.id)),
  });
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('bad input, end to end through scan()', () => {
  it('lists every file it could not read, each with its reason', () => {
    expect(result.skipped.map((s) => [s.path, s.reason, !!s.quiet])).toEqual([
      ['chart/templates/daemonset.yaml', 'template', true],
      ['escape.yaml', 'symlink-outside', false],
      ['odd/alias-bomb.yaml', 'alias-limit', false],
      ['odd/binary.yaml', 'binary', false],
      ['odd/broken.yaml', 'yaml-error', false],
      ['odd/empty.yaml', 'empty', true],
      ['odd/helm-partial.yaml', 'template', false],
      ['odd/huge.yaml', 'too-large', false],
      ['odd/latin1.yaml', 'not-utf8', false],
      ['odd/partial.yaml.tpl', 'template', true],
      ['odd/ytt-overlay.yaml', 'template', false],
    ]);
  });

  it('still reads everything else, with exact places (CRLF, BOM, JSON, no trailing newline, trailing tabs, templates)', () => {
    const facts = result.contexts
      .flatMap((c) => c.facts)
      .filter((f) => f.origin === 'repository')
      .map((f) => `${f.place?.file}:${f.place?.line}:${f.place?.column} ${f.name}=${f.value}${f.unresolved ? ' (unresolved)' : ''}`);
    expect([...new Set(facts)].sort()).toEqual([
      'good/kube-proxy.yaml:12:18 kubeProxy.image=registry.k8s.io/kube-proxy',
      'good/kube-proxy.yaml:12:18 kubeProxy.version=1.28.4',
      'good/kube-proxy.yaml:22:12 kubeProxy.image=k8s.gcr.io/kube-proxy-amd64',
      'good/kube-proxy.yaml:22:12 kubeProxy.version=1.16.8',
      'good/kube-proxy.yaml:35:22 kubeProxy.image=mirror.example.com:5000/k8s/kube-proxy',
      'good/kube-proxy.yaml:35:22 kubeProxy.version=1.28.9+rke2r1',
      'odd/bom.yaml:1:7 kubeProxy.mode=ipvs',
      'odd/crlf.yaml:12:7 kubeProxy.mode=iptables',
      'odd/crlf.yaml:7:7 kubeProxy.mode=ipvs',
      'odd/helm-partial.yaml:20:7 kubeProxy.mode={{ .Values.mode }} (unresolved)',
      'odd/helm-partial.yaml:4:7 kubeProxy.mode=ipvs (unresolved)',
      'odd/kube-proxy.json:4:10 kubeProxy.mode=nftables',
      'odd/no-trailing-newline.yaml:3:7 kubeProxy.mode=ipvs',
      'odd/partial.yaml.tpl:13:7 kubeProxy.mode=ipvs (unresolved)',
      'odd/partial.yaml.tpl:1:7 cluster.definition=odd',
      'odd/partial.yaml.tpl:1:7 installer.name=kubeadm',
      'odd/partial.yaml.tpl:3:20 kubernetes.version=1.21.0',
      'odd/trailing-tabs.yaml:3:7 kubeProxy.mode=ipvs',
    ]);
  });

  it('counts what it saw, read and parsed', () => {
    // Files without any extractor's trigger (unrelated.yaml, Chart.yaml) are read but never parsed.
    expect(result.stats).toMatchObject({ filesSeen: 19, filesRead: 17, filesParsed: 8 });
  });
});
