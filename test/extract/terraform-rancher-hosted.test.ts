import { describe, expect, it } from 'vitest';
import { terraformRancherHosted } from '../../src/extract/terraform-rancher-hosted.js';
import { extractTf, tfBrief } from './terraform-helpers.js';

describe('terraform-rancher-hosted', () => {
  it('an EKS cluster Rancher creates is EKS at its kubernetes_version; one it imports is not read', async () => {
    const { facts, skipped } = await extractTf(terraformRancherHosted, 'eks');
    expect(skipped).toEqual([]);
    expect(facts.map(tfBrief)).toEqual([
      { name: 'cluster.definition', value: 'eks', at: 'eks/main.tf:2:1' },
      { name: 'installer.name', value: 'eks', at: 'eks/main.tf:2:1' },
      { name: 'kubernetes.version', value: '1.22', at: 'eks/main.tf:8:27', via: ['eks/main.tf:29:13'] },
    ]);
  });
});
