import { describe, expect, it } from 'vitest';
import { eksctlClusterConfig } from '../../src/extract/eksctl-cluster-config.js';
import { definitionsB, extractB, pin } from './sources-b-fixture.js';

describe('eksctl-cluster-config', () => {
  const facts = extractB(eksctlClusterConfig, 'eksctl-cluster-config/cluster.yaml');

  it("reads the version, the kube-proxy add-on, and each node group's AMI family with the Kubernetes minor", () => {
    expect(facts.filter((f) => (f.place?.line ?? 0) < 27).map(pin)).toEqual([
      { name: 'kubernetes.version', value: '1.28', at: '6:12' },
      { name: 'kubeProxy.version', value: '1.28.2-eksbuild.2', at: '10:14' },
      { name: 'node.os', value: 'eks-al2023-1.28', at: '13:16' },
      { name: 'node.os', value: 'bottlerocket-1.28', at: '15:16' },
      { name: 'node.os', value: 'AmazonLinux2', at: '18:16', unresolved: true },
      { name: 'node.os', value: 'ubuntu-aws-22.04', at: '25:16' },
    ]);
    expect(facts[4]?.note).toBe('custom AMI ami-05ecac759c81e0b0c of the AmazonLinux2 family: which kernel it boots depends on the AMI');
  });

  it('without a version: "latest" add-on gives nothing, Bottlerocket stays unresolved, AL2 stays unresolved and says why', () => {
    expect(facts.filter((f) => (f.place?.line ?? 0) >= 27).map(pin)).toEqual([
      { name: 'node.os', value: 'bottlerocket', at: '36:16', unresolved: true },
      { name: 'node.os', value: 'eks-al2', at: '38:16', unresolved: true },
    ]);
    expect(facts.at(-1)?.note).toContain('depends on the Kubernetes version, which is unknown here');
  });

  it('each ClusterConfig defines a cluster rooted at its folder', () => {
    expect(definitionsB(eksctlClusterConfig, 'eksctl-cluster-config/cluster.yaml')).toEqual([
      'eksctl-cluster-config (eksctl ClusterConfig) @2:7',
      'eksctl-cluster-config (eksctl ClusterConfig) @28:7',
    ]);
  });
});
