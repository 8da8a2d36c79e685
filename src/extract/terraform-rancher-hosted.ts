import type { Fact } from '../model/fact.js';
import { childBlocks } from './hcl/module.js';
import { attrFact, clusterDefinition, installerFact, known, TF_CONFIG } from './hcl/terraform-common.js';
import type { HclExtractor } from './types.js';
import { normalizeVersion } from './values.js';

const ID = 'terraform-rancher-hosted';

/**
 * An EKS cluster Rancher creates: `rancher2_cluster` with `eks_config_v2`. It is EKS at its
 * `kubernetes_version`, and the EKS profile supplies what the block does not say (kube-proxy in iptables mode,
 * the kubelet builds). A cluster Rancher only imports (`imported = true`) has its settings elsewhere: not read.
 */
export const terraformRancherHosted: HclExtractor = {
  id: ID,
  input: 'hcl',
  paths: TF_CONFIG,
  blocks: ['resource.rancher2_cluster'],
  description: 'Terraform: an EKS cluster Rancher creates (rancher2_cluster eks_config_v2: kubernetes_version; imported clusters are not read)',
  triggers: ['eks_config_v2'],
  extract(scope) {
    const facts: Fact[] = [];
    for (const b of scope.module.files.flatMap((f) => f.body.blocks)) {
      if (b.type !== 'resource' || b.labels[0] !== 'rancher2_cluster') continue;
      const eks = childBlocks(b, 'eks_config_v2')[0];
      if (!eks || known(scope.attribute(eks, 'imported')?.r)?.toLowerCase() === 'true') continue;
      const label = `rancher2_cluster ${JSON.stringify(b.labels[1] ?? '')} eks_config_v2`;
      facts.push(clusterDefinition(ID, scope, b, 'Terraform resource'), installerFact(ID, b, 'eks', label));
      const version = attrFact(ID, scope, eks, 'kubernetes_version', 'kubernetes.version', normalizeVersion, `${label} kubernetes_version`);
      if (version) facts.push(version);
    }
    return facts;
  },
};
