import { kubeProxyImage } from '../../src/extract/kube-proxy-image.js';
import { testExtractor } from './tester.js';

testExtractor(kubeProxyImage, [
  {
    title: 'reads kube-proxy images from any registry and workload kind, placed at the image scalar',
    fixture: 'registries.yaml',
    facts: [
      { name: 'kubeProxy.image', value: 'registry.k8s.io/kube-proxy', line: 12, column: 18 },
      { name: 'kubeProxy.version', value: '1.28.4', line: 12, column: 18 },
      { name: 'kubeProxy.image', value: 'k8s.gcr.io/kube-proxy-amd64', line: 22, column: 12 },
      { name: 'kubeProxy.version', value: '1.16.8', line: 22, column: 12 },
      { name: 'kubeProxy.image', value: 'mirror.example.com:5000/k8s/kube-proxy', line: 35, column: 22 },
      { name: 'kubeProxy.version', value: '1.28.9+rke2r1', line: 35, column: 22 },
    ],
  },
  {
    title: 'keeps vendor suffixes and the tag of tag@digest; digest-only and floating tags state no version',
    fixture: 'tags.yaml',
    only: { names: ['kubeProxy.version'] },
    facts: [
      { name: 'kubeProxy.version', value: '1.27.3-eksbuild.1', line: 11, column: 16 },
      { name: 'kubeProxy.version', value: '1.27.3-gke.100', line: 13, column: 16 },
      { name: 'kubeProxy.version', value: '1.29.1', line: 15, column: 16 },
    ],
    raws: { 0: '602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/kube-proxy:v1.27.3-eksbuild.1' },
  },
  {
    title: 'names the image of every kube-proxy container, with or without a version',
    fixture: 'tags.yaml',
    only: { names: ['kubeProxy.image'] },
    facts: [
      { name: 'kubeProxy.image', value: '602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/kube-proxy', line: 11, column: 16 },
      { name: 'kubeProxy.image', value: 'gke.gcr.io/kube-proxy-amd64', line: 13, column: 16 },
      { name: 'kubeProxy.image', value: 'registry.k8s.io/kube-proxy', line: 15, column: 16 },
      { name: 'kubeProxy.image', value: 'registry.k8s.io/kube-proxy', line: 17, column: 16 },
      { name: 'kubeProxy.image', value: 'registry.k8s.io/kube-proxy', line: 19, column: 16 },
    ],
    textAt: { 3: 'registry.k8s.io/kube-proxy@sha256:', 4: 'registry.k8s.io/kube-proxy:latest' },
  },
  {
    title: 'never takes a placeholder for a version; an envsubst default is used and labelled',
    fixture: 'templated.yaml',
    only: { names: ['kubeProxy.version'] },
    facts: [
      { name: 'kubeProxy.version', value: '{{ .Values.tag }}', line: 10, column: 18, unresolved: true },
      { name: 'kubeProxy.version', value: '${KUBERNETES_VERSION}', line: 12, column: 18, unresolved: true },
      { name: 'kubeProxy.version', value: '1.26.5', line: 14, column: 18 },
    ],
    notes: { 2: 'default of ${KUBERNETES_VERSION:-v1.26.5}' },
  },
  { title: 'ignores kube-proxy images in comments, CRD descriptions and plain strings', fixture: 'decoys.yaml', facts: [] },
  {
    title: 'hyperkube images give kube-proxy facts only when they run kube-proxy (rule pack 2)',
    fixture: 'hyperkube.yaml',
    facts: [
      { name: 'kubeProxy.image', value: 'k8s.gcr.io/hyperkube-amd64', line: 11, column: 18 },
      { name: 'kubeProxy.version', value: '1.16.11', line: 11, column: 18 },
    ],
  },
]);
