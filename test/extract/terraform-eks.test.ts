import { describe, expect, it } from 'vitest';
import { terraformEks } from '../../src/extract/terraform-eks.js';
import { extractTf, tfBrief } from './terraform-helpers.js';

describe('terraform-eks', () => {
  it('reads the EKS module: version through terraform.tfvars, the kube-proxy add-on through a local, node groups through the defaults', async () => {
    const { facts, skipped } = await extractTf(terraformEks, 'module-addons');
    expect(skipped).toEqual([]);
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'module-addons', at: 'module-addons/main.tf:6:1' },
      { name: 'installer.name', value: 'eks', at: 'module-addons/main.tf:6:1' },
      { name: 'kubernetes.version', value: '1.28', at: 'module-addons/main.tf:11:21', via: ['module-addons/terraform.tfvars:2:19'] },
      { name: 'kubeProxy.version', value: '1.28.1-eksbuild.1', at: 'module-addons/main.tf:20:23', via: ['module-addons/main.tf:3:24'] },
      { name: 'kubeProxy.mode', value: 'iptables', at: 'module-addons/main.tf:19:5', origin: 'default' },
      { name: 'node.os', value: 'eks-al2-1.28', at: 'module-addons/main.tf:31:16' },
      { name: 'node.os', value: 'eks-al2023-1.28', at: 'module-addons/main.tf:42:24' },
    ]);
    const v = facts.find((f) => f.name === 'kubernetes.version')!;
    expect(v.raw).toBeUndefined();
    expect(v.note).toBe('EKS module cluster_version; from var.cluster_version in module-addons/terraform.tfvars');
    expect(facts.find((f) => f.name === 'kubeProxy.version')!.raw).toBe('v1.28.1-eksbuild.1');
  });

  it('reads aws_eks_cluster, the kube-proxy aws_eks_addon with its configured mode, and aws_eks_node_group', async () => {
    const { facts } = await extractTf(terraformEks, 'resources');
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'resources', at: 'resources/eks.tf:1:1' },
      { name: 'installer.name', value: 'eks', at: 'resources/eks.tf:1:1' },
      { name: 'kubernetes.version', value: '1.29', at: 'resources/eks.tf:4:14' },
      { name: 'kubeProxy.version', value: '1.29.0-eksbuild.1', at: 'resources/eks.tf:14:19' },
      { name: 'kubeProxy.mode', value: 'ipvs', at: 'resources/eks.tf:16:12' },
      { name: 'node.os', value: 'bottlerocket-1.29', at: 'resources/eks.tf:31:21' },
    ]);
  });

  it('assumes no kube-proxy mode when the module skips the bootstrap add-ons and installs no kube-proxy add-on', async () => {
    const { facts } = await extractTf(terraformEks, 'no-bootstrap');
    expect(facts.map((f) => f.name)).toEqual(['cluster.definition', 'installer.name', 'kubernetes.version']);
  });

  it('the Karpenter submodule is no cluster; a managed node group submodule (GitHub source) gives its node OS only', async () => {
    const { facts, skipped } = await extractTf(terraformEks, 'submodules');
    expect(skipped).toEqual([]);
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'submodules', at: 'submodules/main.tf:3:1' },
      { name: 'installer.name', value: 'eks', at: 'submodules/main.tf:3:1' },
      { name: 'kubernetes.version', value: '1.30', at: 'submodules/main.tf:8:21' },
      { name: 'kubeProxy.mode', value: 'iptables', at: 'submodules/main.tf:3:1', origin: 'default' },
      { name: 'node.os', value: 'eks-al2023-1.30', at: 'submodules/main.tf:24:21' },
    ]);
  });

  it('reads the v21 names (kubernetes_version, addons), a JSON configuration string, and self-managed groups (custom AMI unresolved, Windows skipped)', async () => {
    const { facts } = await extractTf(terraformEks, 'module-v21');
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'module-v21', at: 'module-v21/main.tf:1:1' },
      { name: 'installer.name', value: 'eks', at: 'module-v21/main.tf:1:1' },
      { name: 'kubernetes.version', value: '1.31', at: 'module-v21/main.tf:6:24' },
      { name: 'kubeProxy.version', value: '1.31.3-eksbuild.2', at: 'module-v21/main.tf:10:30' },
      { name: 'kubeProxy.mode', value: 'ipvs', at: 'module-v21/main.tf:11:30' },
      { name: 'node.os', value: 'eks-al2-1.31', at: 'module-v21/main.tf:17:18', unresolved: true },
    ]);
    expect(facts.at(-1)!.note).toMatch(/custom AMI ami-0123456789abcdef0: which kernel it boots depends on the AMI$/);
  });
});

describe('terraform-eks, parsing only what can change a fact', () => {
  it('reads the cluster blocks and what they refer to; a broken block no extractor reads does not skip the file', async () => {
    const { facts, skipped } = await extractTf(terraformEks, 'spans');
    expect(skipped).toEqual([]);
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'spans', at: 'spans/main.tf:11:1' },
      { name: 'installer.name', value: 'eks', at: 'spans/main.tf:11:1' },
      { name: 'kubernetes.version', value: '1.28', at: 'spans/main.tf:14:14', via: ['spans/terraform.tfvars:2:19'] },
      {
        name: 'kubeProxy.version',
        value: '1.28.1-eksbuild.1',
        at: 'spans/main.tf:20:19',
        via: ['spans/main.tf:3:11', 'spans/main.tf:2:11', 'spans/terraform.tfvars:3:19'],
      },
      { name: 'kubeProxy.mode', value: 'iptables', at: 'spans/main.tf:17:1', origin: 'default' },
    ]);
  });
});

describe('terraform-eks, JSON syntax', () => {
  it('reads *.tf.json and terraform.tfvars.json like the native syntax, places in the JSON text', async () => {
    const { facts, skipped } = await extractTf(terraformEks, 'json');
    expect(skipped).toEqual([]);
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'json', at: 'json/main.tf.json:4:5' },
      { name: 'installer.name', value: 'eks', at: 'json/main.tf.json:4:5' },
      { name: 'kubernetes.version', value: '1.28', at: 'json/main.tf.json:8:26', via: ['json/terraform.tfvars.json:2:22'] },
      { name: 'kubeProxy.version', value: '1.28.1-eksbuild.1', at: 'json/main.tf.json:11:28', via: ['json/main.tf.json:20:11'] },
      { name: 'kubeProxy.mode', value: 'iptables', at: 'json/main.tf.json:10:9', origin: 'default' },
      { name: 'node.os', value: 'eks-al2-1.28', at: 'json/main.tf.json:15:34' },
    ]);
  });
});

describe('terraform-eks, two clusters in one directory', () => {
  it('marks each fact with the cluster its block is wired to; a computed wiring marks none', async () => {
    const { facts } = await extractTf(terraformEks, 'two-clusters');
    expect(facts.map((f) => `${f.name}=${f.value} ${f.place?.line}:${f.place?.column} ${f.cluster ?? '-'}`)).toEqual([
      'cluster.definition=two-clusters 1:1 aws_eks_cluster.blue',
      'installer.name=eks 1:1 aws_eks_cluster.blue',
      'kubernetes.version=1.29 4:14 aws_eks_cluster.blue',
      'cluster.definition=two-clusters 7:1 aws_eks_cluster.green',
      'installer.name=eks 7:1 aws_eks_cluster.green',
      'kubernetes.version=1.30 10:14 aws_eks_cluster.green',
      // cluster_name names blue (depends_on is ordering, not wiring).
      'kubeProxy.version=1.29.3-eksbuild.2 16:19 aws_eks_cluster.blue',
      'kubeProxy.mode=iptables 13:1 aws_eks_cluster.blue',
      'node.os=bottlerocket-1.30 23:18 -',
    ]);
  });
});
