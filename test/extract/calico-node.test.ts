import { calicoNode } from '../../src/extract/calico-node.js';
import { testExtractor } from './tester.js';

testExtractor(calicoNode, [
  {
    title: 'reads the version from every calico/node container, and the env of calico/node containers only',
    fixture: 'manifest.yaml',
    only: { origin: 'not-default' },
    facts: [
      { name: 'calico.version', value: '3.26.4', line: 16, column: 18 },
      { name: 'calico.version', value: '3.26.4', line: 20, column: 18 },
      { name: 'calico.ipipMode', value: 'Never', line: 23, column: 22 },
      { name: 'calico.vxlanMode', value: 'CrossSubnet', line: 25, column: 22 },
      { name: 'calico.iptablesBackend', value: 'NFT', line: 29, column: 22 },
      { name: 'calico.featureDetectOverride', value: 'ChecksumOffloadBroken=true', line: 31, column: 22 },
      { name: 'calico.dataplane', value: 'BPF', line: 33, column: 22 },
    ],
  },
  {
    title: 'recognises registries and mirrors; a tagless or floating image states no version',
    fixture: 'mirrors.yaml',
    only: { origin: 'not-default' },
    facts: [
      { name: 'calico.version', value: '3.27.3', line: 10, column: 16 },
      { name: 'calico.version', value: '3.28.1', line: 12, column: 16 },
      { name: 'calico.version', value: '3.16.1', line: 14, column: 16 },
      { name: 'calico.version', value: '3.25.0', line: 16, column: 16 },
    ],
    textAt: { 1: 'rancher/mirrored-calico-node:v3.28.1' },
  },
  {
    title: 'templated images and env are unresolved, envsubst defaults are used, valueFrom is unresolved',
    fixture: 'templated.yaml',
    only: { origin: 'not-default' },
    facts: [
      { name: 'calico.version', value: '${CALICO_VERSION}', line: 10, column: 18, unresolved: true },
      { name: 'calico.version', value: '3.26.1', line: 12, column: 18 },
      { name: 'calico.ipipMode', value: 'valueFrom CALICO_IPV4POOL_IPIP', line: 15, column: 15, unresolved: true },
      { name: 'calico.iptablesBackend', value: '{{ .Values.iptablesBackend }}', line: 20, column: 22, unresolved: true },
    ],
  },
  {
    title: 'reads a patch that names the calico-node container without an image; tolerates a trailing tab; normalises "Off"',
    fixture: 'patch.yaml',
    facts: [
      { name: 'calico.featureDetectOverride', value: 'ChecksumOffloadBroken=true', line: 12, column: 18 },
      { name: 'calico.ipipMode', value: 'Never', line: 14, column: 18 },
    ],
    raws: { 1: 'Off' },
  },
  { title: 'reports nothing from CRD descriptions or ConfigMap strings', fixture: 'decoys.yaml', facts: [] },
  { title: 'FELIX_NFTABLESMODE unset gives no default', fixture: 'manifest.yaml', only: { origin: 'default' }, facts: [] },
  {
    title: 'takes FELIX_NFTABLESMODE Enabled as the nftables dataplane, and gives no dataplane otherwise',
    fixture: 'nftables.yaml',
    only: { names: ['calico.dataplane'] },
    facts: [],
  },
  {
    title: 'FELIX_NFTABLESMODE as the Felix nftables mode (rule pack 2)',
    fixture: 'nftables.yaml',
    only: { names: ['calico.nftablesMode'] },
    facts: [{ name: 'calico.nftablesMode', value: 'Disabled', line: 14, column: 22 }],
  },
]);
