import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocs } from '../../src/extract/extract-file.js';
import { kindCluster } from '../../src/extract/kind-cluster.js';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { brief, FIXTURES } from './helpers.js';
import { SETTINGS, testExtractor } from './tester.js';

const INSTALLER = { names: ['cluster.definition', 'installer.name', 'cluster.cni'] } as const;

testExtractor(kindCluster, [
  {
    title: "reads kubeProxyMode and each node image's Kubernetes version (tag before the digest)",
    fixture: 'ipvs.yaml',
    only: SETTINGS,
    facts: [
      { name: 'kubeProxy.mode', value: 'ipvs', line: 6, column: 18 },
      { name: 'kubernetes.version', value: '1.27.3', line: 10, column: 12 },
      { name: 'kubernetes.version', value: '1.27.3', line: 12, column: 12 },
    ],
    notes: { 0: 'kind networking.kubeProxyMode', 1: /^kind node image kindest\/node:v1\.27\.3@sha256:3966ac7/ },
  },
  {
    title: 'names kind at the kind key and defines the cluster at its folder; kindnet is not reported as a CNI choice',
    fixture: 'ipvs.yaml',
    only: INSTALLER,
    facts: [
      { name: 'cluster.definition', value: '', line: 2, column: 7 },
      { name: 'installer.name', value: 'kind', line: 2, column: 7 },
    ],
    notes: { 0: 'kind Cluster', 1: 'kind Cluster' },
  },
  {
    title: "nodes without an image and no kubeProxyMode give nothing: the kind profile's defaults apply",
    fixture: 'defaults.yaml',
    only: SETTINGS,
    facts: [],
  },
  {
    title: 'kubeProxyMode none disables kube-proxy; disableDefaultCNI installs no CNI; featureGates reach kube-proxy',
    fixture: 'none-calico.yaml',
    only: { names: ['kubeProxy.disabled', 'kubeProxy.mode', 'cluster.cni', 'kubeProxy.featureGates'] },
    facts: [
      { name: 'cluster.cni', value: 'none', line: 6, column: 22 },
      { name: 'kubeProxy.disabled', value: 'true', line: 7, column: 18 },
      { name: 'kubeProxy.featureGates', value: 'NFTablesProxyMode=true', line: 4, column: 3 },
    ],
    raws: { 1: 'none' },
  },
  {
    title: "an image tag that is no version, and a node without an image beside it, leave the version unresolved (never the release's default)",
    fixture: 'none-calico.yaml',
    only: { names: ['kubernetes.version'] },
    facts: [
      { name: 'kubernetes.version', value: 'registry.example.com/kind/node:latest', line: 10, column: 12, unresolved: true },
      { name: 'kubernetes.version', value: 'kind default node image', line: 11, column: 11, unresolved: true },
    ],
  },
  {
    title: 'a KubeProxyConfiguration patch without apiVersion sets the mode, and wins over kubeProxyMode',
    fixture: 'patches.yaml',
    only: SETTINGS,
    facts: [
      { name: 'kubeProxy.mode', value: 'ipvs', line: 8, column: 11 },
      { name: 'kubernetes.version', value: '1.29.2', line: 19, column: 12 },
    ],
    notes: { 0: 'kind kubeadmConfigPatches KubeProxyConfiguration mode' },
  },
  {
    title: 'the v1alpha3 API (kind v0.5 to v0.7) is read too',
    fixture: 'v1alpha3.yaml',
    only: SETTINGS,
    facts: [{ name: 'kubernetes.version', value: '1.15.3', line: 5, column: 10 }],
  },
]);

describe('kind kubeadmConfigPatches read as the scan reads them (every extractor, the embedded pass)', () => {
  it('patches with an apiVersion reach the kubeadm and kube-proxy extractors, placed in the kind file', () => {
    const path = 'patches.yaml';
    const parsed = parseFile(path, readFileSync(`${FIXTURES}kind-cluster/${path}`, 'utf8'));
    const facts = extractDocs(EXTRACTORS, parsed.docs, (id, err) => {
      throw new Error(`${id}: ${String(err)}`);
    });
    const wanted = new Set(['installer.name', 'kubeProxy.mode', 'kubeProxy.featureGates', 'apiserver.admissionPlugins']);
    expect(facts.filter((f) => wanted.has(f.name)).map((f) => ({ ...brief(f), source: f.source }))).toEqual([
      { name: 'installer.name', value: 'kind', line: 1, column: 7, source: 'kind-cluster' },
      { name: 'kubeProxy.mode', value: 'ipvs', line: 8, column: 11, source: 'kind-cluster' },
      { name: 'installer.name', value: 'kubeadm', line: 13, column: 11, source: 'kubeadm-cluster-configuration' },
      // kubeadm's own default for a ClusterConfiguration without a KubeProxyConfiguration beside it (in the patch's text).
      { name: 'kubeProxy.mode', value: 'iptables', line: 13, column: 11, origin: 'default', source: 'kubeadm-cluster-configuration' },
      { name: 'apiserver.admissionPlugins', value: 'NodeRestriction,DenyServiceExternalIPs', line: 16, column: 35, source: 'kubeadm-cluster-configuration' },
      // A patch that leaves `mode` out changes nothing: its default-origin iptables yields to any mode the file sets.
      { name: 'kubeProxy.mode', value: 'iptables', line: 23, column: 15, origin: 'default', source: 'kube-proxy-configuration' },
      { name: 'kubeProxy.featureGates', value: 'NFTablesProxyMode=false', line: 25, column: 11, source: 'kube-proxy-configuration' },
    ]);
  });
});
