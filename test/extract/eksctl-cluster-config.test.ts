import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/parse-file.js';
import { eksctlClusterConfig } from '../../src/extract/eksctl-cluster-config.js';
import { SETTINGS, testExtractor } from './tester.js';

testExtractor(
  eksctlClusterConfig,
  [
    {
      title: "reads the version, the kube-proxy add-on, and each node group's AMI family with the Kubernetes minor",
      fixture: 'eksctl-cluster-config/cluster.yaml',
      only: { ...SETTINGS, lines: [1, 26] },
      facts: [
        { name: 'kubernetes.version', value: '1.28', line: 6, column: 12 },
        { name: 'kubeProxy.version', value: '1.28.2-eksbuild.2', line: 10, column: 14 },
        { name: 'node.os', value: 'eks-al2023-1.28', line: 13, column: 16 },
        { name: 'node.os', value: 'bottlerocket-1.28', line: 15, column: 16 },
        { name: 'node.os', value: 'AmazonLinux2', line: 18, column: 16, unresolved: true },
        { name: 'node.os', value: 'ubuntu-aws-22.04', line: 25, column: 16 },
      ],
      notes: { 4: 'custom AMI ami-05ecac759c81e0b0c of the AmazonLinux2 family: which kernel it boots depends on the AMI' },
    },
    {
      title: 'without a version: "latest" add-on gives nothing, Bottlerocket stays unresolved, AL2 stays unresolved and says why',
      fixture: 'eksctl-cluster-config/cluster.yaml',
      only: { ...SETTINGS, lines: [27, Infinity] },
      facts: [
        { name: 'node.os', value: 'bottlerocket', line: 36, column: 16, unresolved: true },
        { name: 'node.os', value: 'eks-al2', line: 38, column: 16, unresolved: true },
      ],
      notes: { 1: /depends on the Kubernetes version, which is unknown here/ },
    },
    {
      title: 'each ClusterConfig defines a cluster rooted at its folder',
      fixture: 'eksctl-cluster-config/cluster.yaml',
      only: { names: ['cluster.definition'] },
      facts: [
        { name: 'cluster.definition', value: 'eksctl-cluster-config', line: 2, column: 7 },
        { name: 'cluster.definition', value: 'eksctl-cluster-config', line: 28, column: 7 },
      ],
      notes: { 0: 'eksctl ClusterConfig', 1: 'eksctl ClusterConfig' },
    },
  ],
  { root: 'sources-b', pipeline: true, only: SETTINGS },
);

describe('eksctl-cluster-config: the name a config gives its cluster', () => {
  it('is kept on each cluster.definition (metadata.name as written), so files naming one cluster group together', () => {
    const path = 'eksctl-cluster-config/cluster.yaml';
    const text = readFileSync(new URL(`../fixtures/sources-b/${path}`, import.meta.url), 'utf8');
    const facts = parseFile(path, text).docs.flatMap((d) => eksctlClusterConfig.extract(d));
    expect(facts.filter((f) => f.name === 'cluster.definition').map((f) => f.clusterName)).toEqual(['prod', 'floating']);
  });
});
