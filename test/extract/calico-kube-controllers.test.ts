import { calicoKubeControllers } from '../../src/extract/calico-kube-controllers.js';
import { testExtractor } from './tester.js';

testExtractor(calicoKubeControllers, [
  {
    title: 'reads calico-kube-controllers images, mirrors included; templated tags are unresolved',
    fixture: 'deployments.yaml',
    facts: [
      { name: 'calico.kubeControllersVersion', value: '3.25.0', line: 11, column: 18 },
      { name: 'calico.kubeControllersVersion', value: '3.28.1', line: 23, column: 18 },
      { name: 'calico.kubeControllersVersion', value: '{{ .Values.tag }}', line: 25, column: 18, unresolved: true },
    ],
  },
]);
