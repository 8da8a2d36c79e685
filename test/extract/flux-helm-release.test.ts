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
    {
      title: 'a chart range within one minor is that minor (any patch of it); a range across minors stays unresolved',
      fixture: 'flux-helm-release/minor-range/tigera-operator.yaml',
      only: { names: ['calico.version'] },
      facts: [
        { name: 'calico.version', value: '3.28', line: 12, column: 16 },
        { name: 'calico.version', value: '3.27', line: 33, column: 16 },
        { name: 'calico.version', value: '>=3.27.0 <3.29.0', line: 47, column: 16, unresolved: true },
      ],
      raws: { 0: '3.28.x', 1: '~v3.27.2' },
      notes: {
        0: 'tigera-operator chart 3.28.x: a Calico 3.28 patch, the newest that matched when it was installed',
        1: 'tigera-operator chart ~v3.27.2: a Calico 3.27 patch, the newest that matched when it was installed',
        2: 'tigera-operator chart version range: the installed release is not fixed',
      },
    },
  ],
  { root: 'sources-a' },
);
