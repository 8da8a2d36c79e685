import { kubernetesMinor } from '../knowledge/os-image-patterns.js';
import type { Fact } from '../model/fact.js';
import type { HclBlock } from '../parse/hcl/hcl-file.js';
import { defaultFact, hclFact, hclOsFact } from './hcl/hcl-fact.js';
import { blocksOf, type ModuleScope, type Resolved } from './hcl/module.js';
import { addonProxyMode, attrFact, clusterDefinition, installerFact, known, moduleSource, TF_CONFIG } from './hcl/terraform-common.js';
import type { HclExtractor } from './types.js';
import { normalizeVersion } from './values.js';

const ID = 'terraform-eks';

/** The registry module and its git source, with the submodule a `//modules/NAME` suffix names. */
const EKS_MODULE = moduleSource('terraform-aws-modules/eks/aws', 'terraform-aws-modules/terraform-aws-eks', '(?:\\/\\/modules\\/([\\w-]+)\\/?)?');

/** Submodules that add nodes to a cluster defined elsewhere (karpenter, fargate-profile and the others define none). */
const NODE_GROUP_SUBMODULES = new Set(['eks-managed-node-group', 'self-managed-node-group']);

const DEFAULT_MODE_NOTE = 'EKS runs kube-proxy in iptables mode unless the add-on configuration sets mode (AWS: Manage kube-proxy)';

/** The EKS module's calls: the cluster module itself, or a node group submodule. */
function eksModules(scope: ModuleScope, kind: 'cluster' | 'node-group'): HclBlock[] {
  return blocksOf(scope.module, 'module').filter((b) => {
    const src = known(scope.attribute(b, 'source')?.r);
    const m = src === undefined ? null : EKS_MODULE.exec(src);
    if (!m) return false;
    return kind === 'cluster' ? m[1] === undefined : m[1] !== undefined && NODE_GROUP_SUBMODULES.has(m[1]);
  });
}

/** A node group submodule call's OS from its `ami_type`, read with its `cluster_version` (v20) or `kubernetes_version` (v21). */
function nodeGroupModuleFacts(scope: ModuleScope, b: HclBlock): Fact[] {
  const type = scope.attribute(b, 'ami_type');
  if (!type) return [];
  const minor = kubernetesMinor(known((scope.attribute(b, 'cluster_version') ?? scope.attribute(b, 'kubernetes_version'))?.r));
  const f = hclOsFact(ID, type.attr.expr.place, type.r, 'image-type', { k8sMinor: minor }, `node group module ${b.labels[0] ?? ''}`.trim());
  const amiId = known(scope.attribute(b, 'ami_id')?.r);
  if (!f || !amiId) return f ? [f] : [];
  const custom = `custom AMI ${amiId}: which kernel it boots depends on the AMI`;
  if (f.decode?.as === 'os-image') return [{ ...f, unresolved: true, decode: { ...f.decode, after: custom } }];
  return [{ ...f, unresolved: true, note: `${f.note ?? ''}; ${custom}` }];
}

/** A node group's OS from its `ami_type` (falling back to the module's node group defaults); a custom `ami_id` hides the kernel. */
function nodeGroupOs(scope: ModuleScope, group: Resolved, defaults: Resolved | undefined, minor: string | undefined, name: string): Fact | undefined {
  const type = scope.entry(group, 'ami_type') ?? scope.entry(defaults, 'ami_type');
  const ami = scope.entry(group, 'ami_id') ?? scope.entry(defaults, 'ami_id');
  const amiId = known(ami?.r);
  if (type) {
    const f = hclOsFact(ID, type.valuePlace, type.r, 'image-type', { k8sMinor: minor }, `node group ${name}`);
    const custom = `custom AMI ${amiId}: which kernel it boots depends on the AMI`;
    // A name still to be decoded (context/decode.ts) carries the custom AMI to the end of its decoded note.
    if (f?.decode?.as === 'os-image' && amiId) return { ...f, unresolved: true, decode: { ...f.decode, after: custom } };
    if (f && amiId) return { ...f, unresolved: true, note: `${f.note ?? ''}; ${custom}` };
    return f;
  }
  return undefined;
}

/** terraform-aws-modules/eks/aws: v20 names (`cluster_version`, `cluster_addons`) and v21 names (`kubernetes_version`, `addons`). */
function moduleFacts(scope: ModuleScope, b: HclBlock): Fact[] {
  const facts: Fact[] = [clusterDefinition(ID, scope, b, 'Terraform module'), installerFact(ID, b, 'eks', 'terraform-aws-modules/eks/aws')];
  const version =
    attrFact(ID, scope, b, 'cluster_version', 'kubernetes.version', normalizeVersion, 'EKS module cluster_version') ??
    attrFact(ID, scope, b, 'kubernetes_version', 'kubernetes.version', normalizeVersion, 'EKS module kubernetes_version');
  if (version) facts.push(version);
  const minor = version && !version.unresolved ? kubernetesMinor(version.value) : undefined;
  const addons = scope.attribute(b, 'cluster_addons') ?? scope.attribute(b, 'addons');
  const kp = scope.entry(addons?.r, 'kube-proxy');
  let mode: Fact | undefined;
  if (kp) {
    const v = scope.entry(kp.r, 'addon_version');
    const f = v ? hclFact(ID, 'kubeProxy.version', v.valuePlace, v.r, normalizeVersion, { note: 'EKS kube-proxy add-on addon_version' }) : undefined;
    if (f) facts.push(f);
    const cfg = scope.entry(kp.r, 'configuration_values');
    mode = cfg && cfg.r.known ? addonProxyMode(ID, scope, cfg.r.expr, cfg.r.via) : cfg && !cfg.r.known ? configurationCall(scope, kp.r) : undefined;
  }
  // Without the bootstrap add-ons and without a kube-proxy add-on, EKS installs no kube-proxy: no mode is assumed.
  const bootstrap = known(scope.attribute(b, 'bootstrap_self_managed_addons')?.r);
  if (mode) facts.push(mode);
  else if (kp || bootstrap !== 'false') facts.push(defaultFact(ID, 'kubeProxy.mode', 'iptables', kp?.keyPlace ?? b.place, DEFAULT_MODE_NOTE));
  for (const [list, defaultsName] of [
    ['eks_managed_node_groups', 'eks_managed_node_group_defaults'],
    ['self_managed_node_groups', 'self_managed_node_group_defaults'],
  ] as const) {
    const groups = scope.attribute(b, list);
    const defaults = scope.attribute(b, defaultsName)?.r;
    for (const g of scope.entries(groups?.r)) {
      const f = nodeGroupOs(scope, g.r, defaults, minor, g.key);
      if (f) facts.push(f);
    }
  }
  return facts;
}

/** `configuration_values = jsonencode({ mode = … })` inside the add-on object. */
function configurationCall(scope: ModuleScope, addon: Resolved): Fact | undefined {
  if (!addon.known || addon.expr.kind !== 'object') return undefined;
  const e = [...addon.expr.entries].reverse().find((x) => x.key === 'configuration_values');
  return e ? addonProxyMode(ID, scope, e.value) : undefined;
}

function clusterResourceFacts(scope: ModuleScope, b: HclBlock): Fact[] {
  const facts: Fact[] = [clusterDefinition(ID, scope, b, 'Terraform resource'), installerFact(ID, b, 'eks', 'aws_eks_cluster')];
  const v = attrFact(ID, scope, b, 'version', 'kubernetes.version', normalizeVersion, 'aws_eks_cluster version');
  if (v) facts.push(v);
  return facts;
}

function addonResourceFacts(scope: ModuleScope, b: HclBlock): Fact[] {
  if (known(scope.attribute(b, 'addon_name')?.r) !== 'kube-proxy') return [];
  const facts: Fact[] = [];
  const v = attrFact(ID, scope, b, 'addon_version', 'kubeProxy.version', normalizeVersion, 'aws_eks_addon kube-proxy addon_version');
  if (v) facts.push(v);
  const cfg = b.body.attributes.find((a) => a.name === 'configuration_values');
  const mode = cfg ? addonProxyMode(ID, scope, cfg.expr) : undefined;
  facts.push(mode ?? defaultFact(ID, 'kubeProxy.mode', 'iptables', b.place, DEFAULT_MODE_NOTE));
  return facts;
}

function nodeGroupResourceFacts(scope: ModuleScope, b: HclBlock, clusterMinor: string | undefined): Fact[] {
  const own = known(scope.attribute(b, 'version')?.r);
  const minor = kubernetesMinor(own) ?? clusterMinor;
  const type = scope.attribute(b, 'ami_type');
  if (!type) return [];
  const f = hclOsFact(ID, type.attr.expr.place, type.r, 'image-type', { k8sMinor: minor }, `aws_eks_node_group ${b.labels[1] ?? ''}`.trim());
  return f ? [f] : [];
}

export const terraformEks: HclExtractor = {
  id: ID,
  input: 'hcl',
  paths: TF_CONFIG,
  blocks: ['module', 'resource.aws_eks_'],
  description:
    "Terraform EKS: terraform-aws-modules/eks/aws (cluster_version, the kube-proxy add-on version and mode, node groups' ami_type → node OS), aws_eks_cluster, aws_eks_addon kube-proxy, aws_eks_node_group",
  triggers: ['terraform-aws-modules/eks', 'terraform-aws-eks', 'aws_eks_'],
  extract(scope) {
    const facts: Fact[] = [];
    let clusterMinor: string | undefined;
    for (const b of eksModules(scope, 'cluster')) facts.push(...moduleFacts(scope, b));
    for (const b of eksModules(scope, 'node-group')) facts.push(...nodeGroupModuleFacts(scope, b));
    for (const b of blocksOf(scope.module, 'resource')) {
      if (b.labels[0] === 'aws_eks_cluster') {
        const fs = clusterResourceFacts(scope, b);
        clusterMinor ??= kubernetesMinor(fs.find((f) => f.name === 'kubernetes.version' && !f.unresolved)?.value);
        facts.push(...fs);
      }
    }
    const resources = blocksOf(scope.module, 'resource');
    for (const b of resources) if (b.labels[0] === 'aws_eks_addon') facts.push(...addonResourceFacts(scope, b));
    for (const b of resources) if (b.labels[0] === 'aws_eks_node_group') facts.push(...nodeGroupResourceFacts(scope, b, clusterMinor));
    return facts;
  },
};
