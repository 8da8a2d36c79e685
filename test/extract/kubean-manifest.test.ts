import { kubeanManifest } from '../../src/extract/kubean-manifest.js';
import { SETTINGS, testExtractor } from './tester.js';

testExtractor(
  kubeanManifest,
  [
    {
      title: 'reads the default Kubernetes and Calico versions as defaults, never the versionRange lists',
      fixture: 'kubean-manifest/manifest.cr.yaml',
      facts: [
        { name: 'kubernetes.version', value: '1.28.6', line: 14, column: 23, origin: 'default' },
        { name: 'calico.version', value: '3.26.4', line: 19, column: 23, origin: 'default' },
      ],
      notes: { 0: /Kubespray 2\.24/ },
    },
  ],
  { root: 'sources-b', pipeline: true, only: SETTINGS },
);
