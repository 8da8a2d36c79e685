import { nodeList } from '../../src/extract/node-list.js';
import { SETTINGS, testExtractor } from './tester.js';

testExtractor(
  nodeList,
  [
    {
      // kubeProxyVersion (14:27) is written by the kubelet with its own version: never a kube-proxy fact (issue 9).
      title: 'reads every Linux node of a kubectl List: kubelet, running kernel, OS; skips Windows; kubeProxyVersion is not kube-proxy',
      fixture: 'node-list/nodes.yaml',
      facts: [
        { name: 'kubernetes.version', value: '1.28.3', line: 15, column: 25 },
        { name: 'node.kernel', value: '5.14.0-362.24.1.el9_3.x86_64', line: 13, column: 24 },
        { name: 'node.os', value: 'rocky-9.4', line: 17, column: 18 },
        { name: 'kubernetes.version', value: '1.28.3', line: 26, column: 25 },
        { name: 'node.kernel', value: '3.10.0-1160.el7.x86_64', line: 24, column: 24 },
        { name: 'node.os', value: 'centos-7', line: 28, column: 18 },
      ],
      notes: { 2: 'node worker-rocky: Rocky Linux 9.4 (Blue Onyx) → Rocky Linux 9.4' },
      textAt: { 4: '3.10.0-1160.el7.x86_64' },
    },
    {
      title: 'reads a single Node in JSON; kubeProxyVersion v0.0.0 is no version; Bottlerocket names its Kubernetes minor',
      fixture: 'node-list/node.json',
      facts: [
        { name: 'kubernetes.version', value: '1.30.2-eks-1552ad0', line: 9, column: 25 },
        { name: 'node.kernel', value: '6.1.102-111.182.amzn2023.x86_64', line: 7, column: 24 },
        { name: 'node.os', value: 'bottlerocket-1.30', line: 11, column: 18 },
      ],
    },
    {
      title: 'uses kubeProxyVersion only as the cluster version, when kubeletVersion is missing',
      fixture: 'node-list/kubelet-missing.yaml',
      only: { except: [...SETTINGS.except!, 'node.kernel'] },
      facts: [{ name: 'kubernetes.version', value: '1.27.3', line: 10, column: 23 }],
      notes: { 0: "node old-worker kubeProxyVersion, which the kubelet writes with its own version: the cluster version, not kube-proxy's" },
    },
  ],
  { root: 'sources-b', pipeline: true, only: SETTINGS },
);
