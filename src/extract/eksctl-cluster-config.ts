import type { Node } from 'yaml';
import { isIgnoredOsImage, kubernetesMinor } from '../knowledge/os-image-patterns.js';
import { installerNameFact } from './installer-fact.js';
import type { Fact } from '../model/fact.js';
import { get, items, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { clusterDefinitionFact, factAt, factFromNode, factFromRaw, osImageFact } from './fact-at.js';
import { objectsOfKind } from './objects.js';
import type { YamlExtractor } from './types.js';
import { envDefault, isPlaceholder, normalizeVersion } from './values.js';

const ID = 'eksctl-cluster-config';

/** An AMI id (or a resolver eksctl runs itself): `ami-0abc…` names no OS, `auto`/`auto-ssm` mean the family's EKS AMI. */
function customAmi(raw: string | undefined): string | undefined {
  const s = raw?.trim();
  return s && !/^(auto|auto-ssm|static)$/i.test(s) ? s : undefined;
}

/**
 * One node group's OS: its `amiFamily` (or `amiType`) read with the cluster's Kubernetes minor, since
 * EKS-optimized AMIs follow it. A custom AMI of a family says the distro but not the kernel it boots.
 */
function nodeGroupOs(d: YamlDoc, ng: Node, k8sMinor: string | undefined): Fact | undefined {
  const familyNode = get(d, ng, 'amiFamily');
  const family = str(d, familyNode)?.trim();
  const amiNode = get(d, ng, 'ami');
  const ami = customAmi(str(d, amiNode));
  if (family && ami && !isPlaceholder(family)) {
    // A Windows family is no node OS the rules concern (recognition only; the family is decoded in context/).
    if (isIgnoredOsImage(envDefault(family) ?? family, 'ami-family')) return undefined;
    return {
      ...factAt(ID, d, familyNode, 'node.os', family, {
        raw: ami,
        note: `custom AMI ${ami} of the ${family} family: which kernel it boots depends on the AMI`,
      }),
      unresolved: true,
    };
  }
  if (family) return osImageFact(ID, d, familyNode, family, 'ami-family', { k8sMinor });
  const typeNode = get(d, ng, 'amiType');
  const type = str(d, typeNode);
  if (type !== undefined) return osImageFact(ID, d, typeNode, type, 'image-type', { k8sMinor });
  return ami ? osImageFact(ID, d, amiNode, ami, 'image') : undefined;
}

export const eksctlClusterConfig: YamlExtractor = {
  id: ID,
  description: "eksctl ClusterConfig: metadata.version, the kube-proxy add-on version, and each node group's amiFamily / amiType / ami → node OS",
  triggers: ['eksctl.io/'],
  extract(d) {
    const facts: Fact[] = [];
    for (const o of objectsOfKind(d, 'ClusterConfig', 'eksctl.io/')) {
      // Files of one folder naming different clusters are different clusters (src/context/group.ts).
      const name = str(d, get(d, o.node, 'metadata', 'name'))?.trim();
      const def = clusterDefinitionFact(ID, d, get(d, o.node, 'kind'), 'eksctl ClusterConfig');
      facts.push(name ? { ...def, clusterName: name } : def);
      facts.push(installerNameFact(ID, d, get(d, o.node, 'kind'), 'eks', 'eksctl ClusterConfig'));
      const v = factFromNode(ID, d, get(d, o.node, 'metadata', 'version'), 'kubernetes.version', normalizeVersion, { note: 'eksctl metadata.version' });
      if (v) facts.push(v);
      for (const addon of items(d, get(d, o.node, 'addons'))) {
        if (str(d, get(d, addon, 'name'))?.trim() !== 'kube-proxy') continue;
        const node = get(d, addon, 'version');
        const raw = str(d, node);
        // "latest" follows the cluster version, which the derivation supplies.
        const f =
          raw === undefined || raw.trim() === 'latest'
            ? undefined
            : factFromRaw(ID, d, node, 'kubeProxy.version', raw, normalizeVersion, { note: 'eksctl kube-proxy add-on' });
        if (f) facts.push(f);
      }
      const minor = v && !v.unresolved ? kubernetesMinor(v.value) : undefined;
      for (const list of ['nodeGroups', 'managedNodeGroups']) {
        for (const ng of items(d, get(d, o.node, list))) {
          const f = nodeGroupOs(d, ng, minor);
          if (f) facts.push(f);
        }
      }
    }
    return facts;
  },
};
