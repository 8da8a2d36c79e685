import { aksEngineApiModel } from '../../src/extract/aks-engine-api-model.js';
import { testExtractor } from './tester.js';

testExtractor(aksEngineApiModel, [
  {
    title: 'reads the release, kube-proxy mode, Calico policy-only and each pool distro, with places',
    fixture: 'calico-policy.json',
    facts: [
      { name: 'cluster.definition', value: '', line: 4, column: 28 },
      { name: 'kubernetes.version', value: '1.18', line: 5, column: 30 },
      { name: 'kubeProxy.mode', value: 'ipvs', line: 7, column: 26 },
      { name: 'calico.ipipMode', value: 'Never', line: 8, column: 26 },
      { name: 'calico.vxlanMode', value: 'Never', line: 8, column: 26 },
      { name: 'node.os', value: 'ubuntu-18.04', line: 12, column: 46 },
      { name: 'node.os', value: 'ubuntu', line: 14, column: 36, unresolved: true },
    ],
    notes: { 3: /policy only, no IPIP or VXLAN/ },
  },
  { title: 'ignores JSON that is not an API model', fixture: 'not-aks.json', facts: [] },
]);
