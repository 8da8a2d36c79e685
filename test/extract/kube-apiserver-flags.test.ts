import { kubeApiserverFlags } from '../../src/extract/kube-apiserver-flags.js';
import { testExtractor } from './tester.js';

testExtractor(kubeApiserverFlags, [
  {
    title: 'reads --enable-admission-plugins from a static pod, spaces dropped',
    fixture: 'kube-apiserver.yaml',
    facts: [{ name: 'apiserver.admissionPlugins', value: 'NodeRestriction,DenyServiceExternalIPs', line: 14, column: 11 }],
  },
  {
    title: 'gives the defaults for a plain command line without it, nothing for a shell line, unresolved for a template',
    fixture: 'defaults.yaml',
    facts: [
      { name: 'apiserver.admissionPlugins', value: 'defaults only', line: 9, column: 14, origin: 'default' },
      { name: 'apiserver.admissionPlugins', value: '{{ plugins }}', line: 35, column: 79, unresolved: true },
    ],
  },
]);
