import { describe, expect, it } from 'vitest';
import { moduleSource } from '../../../src/extract/hcl/terraform-common.js';

describe('moduleSource: one public module as Terraform names it', () => {
  const eks = moduleSource('terraform-aws-modules/eks/aws', 'terraform-aws-modules/terraform-aws-eks', '(?:\\/\\/modules\\/([\\w-]+)\\/?)?');
  const aks = moduleSource('azure/aks/azurerm', 'azure/terraform-azurerm-aks', '', 'i');

  it('accepts the registry address (with a host), the GitHub forms and a ?ref query', () => {
    for (const s of [
      'terraform-aws-modules/eks/aws',
      'app.terraform.io/terraform-aws-modules/eks/aws',
      'github.com/terraform-aws-modules/terraform-aws-eks',
      'git::https://github.com/terraform-aws-modules/terraform-aws-eks.git?ref=v20.8.4',
      'git@github.com:terraform-aws-modules/terraform-aws-eks.git',
      'git::ssh://git@github.com/terraform-aws-modules/terraform-aws-eks',
    ])
      expect([s, eks.exec(s)?.[1]]).toEqual([s, undefined]);
  });

  it('captures the submodule its suffix pattern names', () => {
    expect(eks.exec('terraform-aws-modules/eks/aws//modules/eks-managed-node-group')?.[1]).toBe('eks-managed-node-group');
    expect(eks.exec('github.com/terraform-aws-modules/terraform-aws-eks//modules/karpenter/?ref=v20.0.0')?.[1]).toBe('karpenter');
  });

  it('refuses other modules, lookalikes and text around the address; names match in any case only with the i flag', () => {
    for (const s of [
      'terraform-aws-modules/eks-pod-identity/aws',
      'terraform-aws-modules/eks/aws-x',
      'github.com/terraform-aws-modules/terraform-aws-eks-x',
      'github.comXterraform-aws-modules/terraform-aws-eks',
      ' terraform-aws-modules/eks/aws',
      'Terraform-AWS-Modules/eks/aws',
      './modules/eks',
    ])
      expect([s, eks.test(s)]).toEqual([s, false]);
    expect(aks.test('Azure/aks/azurerm')).toBe(true);
    expect(aks.test('github.com/Azure/terraform-azurerm-aks?ref=9.0.0')).toBe(true);
    expect(aks.test('Azure/aks/azurerm//modules/x')).toBe(false);
  });
});
