import type { Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { get, items, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { clusterDefinitionFact, factAt, factFromNode, factFromRaw } from './fact-at.js';
import { cniFact, installerNameFact, installerReleaseFact } from './installer-fact.js';
import { objectsOf, type KubeObject } from './objects.js';
import type { YamlExtractor } from './types.js';
import { normalizeVersion } from './values.js';

const ID = 'capi-versions';

/** Where each Cluster API kind states the Kubernetes version its machines run. */
function versionNode(d: YamlDoc, o: KubeObject): Node | undefined {
  const api = o.apiVersion ?? '';
  if (api.startsWith('cluster.x-k8s.io/')) {
    if (o.kind === 'Cluster') return get(d, o.node, 'spec', 'topology', 'version');
    if (o.kind === 'MachineDeployment' || o.kind === 'MachinePool' || o.kind === 'MachineSet') {
      return get(d, o.node, 'spec', 'template', 'spec', 'version');
    }
    if (o.kind === 'Machine') return get(d, o.node, 'spec', 'version');
  }
  // KubeadmControlPlane, RKE2ControlPlane, AWSManagedControlPlane, AzureManagedControlPlane, …
  if (api.startsWith('controlplane.cluster.x-k8s.io/') || (api.startsWith('infrastructure.cluster.x-k8s.io/') && /ManagedControlPlane$/.test(o.kind ?? ''))) {
    return get(d, o.node, 'spec', 'version');
  }
  return undefined;
}

/** `spec.addons` of a managed control plane (EKS): the kube-proxy add-on names its own version. */
function kubeProxyAddon(d: YamlDoc, o: KubeObject): Fact | undefined {
  for (const addon of items(d, get(d, o.node, 'spec', 'addons'))) {
    if (str(d, get(d, addon, 'name'))?.trim() !== 'kube-proxy') continue;
    const node = get(d, addon, 'version');
    const raw = str(d, node);
    // "latest" floats with the cluster version, which the derivation supplies.
    if (raw === undefined || raw.trim() === 'latest') return undefined;
    return factFromRaw(ID, d, node, 'kubeProxy.version', raw, normalizeVersion, { note: `${o.kind} kube-proxy add-on` });
  }
  return undefined;
}

/** kubeadm skipping its kube-proxy phase: a CNI (Cilium, Calico eBPF) replaces kube-proxy. */
function kubeProxySkipped(d: YamlDoc, o: KubeObject): Fact | undefined {
  for (const path of [['spec', 'kubeadmConfigSpec'], ['spec', 'template', 'spec', 'kubeadmConfigSpec'], ['spec'], ['spec', 'template', 'spec']]) {
    for (const phase of items(d, get(d, o.node, ...path, 'initConfiguration', 'skipPhases'))) {
      if (str(d, phase)?.trim() === 'addon/kube-proxy') {
        return factAt(ID, d, phase, 'kubeProxy.disabled', 'true', { note: `${o.kind} initConfiguration.skipPhases: addon/kube-proxy` });
      }
    }
  }
  return undefined;
}

/**
 * A Cluster API cluster is recognised from whichever object the repository holds: a Cluster (with or
 * without a ClusterClass topology), a control plane (KubeadmControlPlane and other providers'), a
 * MachineDeployment or a MachinePool. Notes other than "Cluster API Cluster" mark parts of a cluster: the
 * context stage folds them into a Cluster's tree above them (src/context/group.ts).
 */
function definingKind(o: KubeObject): string | undefined {
  const api = o.apiVersion ?? '';
  if (api.startsWith('cluster.x-k8s.io/')) {
    if (o.kind === 'Cluster') return 'Cluster API Cluster';
    if (o.kind === 'MachineDeployment' || o.kind === 'MachinePool') return `Cluster API ${o.kind}`;
  }
  if (api.startsWith('controlplane.cluster.x-k8s.io/') && /ControlPlane$/.test(o.kind ?? '')) return `Cluster API ${o.kind}`;
  return undefined;
}

/**
 * Control plane providers that deploy a distribution rather than kubeadm (k3s-io/cluster-api-k3s,
 * rancher/cluster-api-provider-rke2, siderolabs/cluster-api-control-plane-provider-talos): the distribution's
 * profile applies (kube-proxy embedded in iptables mode; RKE2's Canal unless `serverConfig.cni` says
 * otherwise; Talos's kube-proxy and Flannel by its release). k3s's and RKE2's `spec.version` is their release;
 * Talos's release is the control plane config's `talosVersion` (its `spec.version` is Kubernetes's).
 */
const DISTRIBUTIONS = new Map<string, { installer: string; release: string[] }>([
  ['KThreesControlPlane', { installer: 'k3s', release: ['spec', 'version'] }],
  ['RKE2ControlPlane', { installer: 'rke2', release: ['spec', 'version'] }],
  ['TalosControlPlane', { installer: 'talos', release: ['spec', 'controlPlaneConfig', 'controlplane', 'talosVersion'] }],
]);

function distributionFacts(d: YamlDoc, o: KubeObject, installer: string, releasePath: readonly string[]): Fact[] {
  const facts: Fact[] = [installerNameFact(ID, d, get(d, o.node, 'kind'), installer, `Cluster API ${o.kind}`)];
  const release = installerReleaseFact(ID, d, get(d, o.node, ...releasePath), installer, `Cluster API ${o.kind} ${releasePath.at(-1)}`);
  if (release) facts.push(release);
  const cni = installer === 'rke2' ? cniFact(ID, d, get(d, o.node, 'spec', 'serverConfig', 'cni'), `${o.kind} serverConfig.cni`) : undefined;
  if (cni) facts.push(cni);
  return facts;
}

export const capiVersions: YamlExtractor = {
  id: ID,
  description:
    'Cluster API: Cluster spec.topology.version, control plane spec.version, MachineDeployment/MachinePool/MachineSet template version, ' +
    'the EKS kube-proxy add-on version, and kubeadm skipping addon/kube-proxy; KThreesControlPlane / RKE2ControlPlane / TalosControlPlane name k3s / RKE2 / Talos and their release',
  triggers: ['cluster.x-k8s.io/'],
  extract(d) {
    const facts: Fact[] = [];
    for (const o of objectsOf(d)) {
      if (!o.apiVersion?.includes('cluster.x-k8s.io/')) continue;
      const defines = definingKind(o);
      if (defines) facts.push(clusterDefinitionFact(ID, d, get(d, o.node, 'kind'), defines));
      const distribution = DISTRIBUTIONS.get(o.kind ?? '');
      if (o.kind === 'Cluster' && o.apiVersion.startsWith('cluster.x-k8s.io/')) {
        // A Cluster whose control plane is k3s's, RKE2's or Talos's is that distribution's cluster, not kubeadm's.
        if (!DISTRIBUTIONS.has(str(d, get(d, o.node, 'spec', 'controlPlaneRef', 'kind'))?.trim() ?? '')) {
          facts.push(installerNameFact(ID, d, get(d, o.node, 'kind'), 'cluster-api', 'Cluster API Cluster'));
        }
      } else if (o.kind === 'KubeadmControlPlane') {
        facts.push(installerNameFact(ID, d, get(d, o.node, 'kind'), 'cluster-api', 'Cluster API KubeadmControlPlane'));
      } else if (distribution && o.apiVersion.startsWith('controlplane.cluster.x-k8s.io/')) {
        facts.push(...distributionFacts(d, o, distribution.installer, distribution.release));
      }
      const version = factFromNode(ID, d, versionNode(d, o), 'kubernetes.version', normalizeVersion, { note: `Cluster API ${o.kind} version` });
      if (version) facts.push(version);
      const addon = kubeProxyAddon(d, o);
      if (addon) facts.push(addon);
      const skipped = kubeProxySkipped(d, o);
      if (skipped) facts.push(skipped);
    }
    return facts;
  },
};
