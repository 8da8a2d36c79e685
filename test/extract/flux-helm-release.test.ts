import { fluxHelmRelease } from '../../src/extract/flux-helm-release.js';
import { testExtractor } from './tester.js';

testExtractor(
  fluxHelmRelease,
  [
    {
      title: 'reads chart version and values; a postBuild default is used and labelled; chartRef releases give values only; other charts give nothing',
      fixture: 'flux-helm-release/helmrelease.yaml',
      facts: [
        { name: 'calico.version', value: '3.28.2', line: 11, column: 16 },
        { name: 'calico.ipipMode', value: 'Never', line: 21, column: 28 },
        { name: 'calico.vxlanMode', value: 'CrossSubnet', line: 21, column: 28 },
        { name: 'calico.dataplane', value: 'BPF', line: 18, column: 25 },
        { name: 'calico.ipipMode', value: 'Always', line: 37, column: 28 },
        { name: 'calico.vxlanMode', value: 'Never', line: 37, column: 28 },
        { name: 'calico.version', value: '*', line: 47, column: 14, unresolved: true },
      ],
      notes: { 1: 'default of ${CALICO_ENCAPSULATION:=VXLANCrossSubnet}', 6: 'no chart version: Flux installs the newest release' },
      textAt: { 6: 'tigera-operator' },
    },
  ],
  { root: 'sources-a' },
);
