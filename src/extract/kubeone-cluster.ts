import { isMap, type Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { entries, get, keyNode, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { clusterDefinitionFact, factAt, factFromNode } from './fact-at.js';
import { cniFact, installerNameFact } from './installer-fact.js';
import { objectsOfKind } from './objects.js';
import type { YamlExtractor } from './types.js';
import { normalizeVersion } from './values.js';

const ID = 'kubeone-cluster';

/** KubeOne's manifest API: `kubeone.k8c.io/v1beta2` and `v1beta3`, `kubeone.io/v1beta1` (up to v1.4) and `v1alpha1` before. */
function isKubeOneApi(api: string | undefined): boolean {
  return !!api && (api.startsWith('kubeone.k8c.io/') || api === 'kubeone.io/v1beta1' || api === 'kubeone.io/v1alpha1');
}

/**
 * `clusterNetwork.kubeProxy` as KubeOne renders it (pkg/templates/kubernetesconfigs/kubeproxy.go): `ipvs: {}`
 * is checked first, then `iptables: {}`; a key whose value is null is unset in KubeOne's Go types.
 * `skipInstallation: true` skips kubeadm's kube-proxy phase. Nothing set leaves the profile default.
 */
function kubeProxyFacts(d: YamlDoc, kp: Node | undefined): Fact[] {
  const facts: Fact[] = [];
  const skip = get(d, kp, 'skipInstallation');
  if (str(d, skip)?.trim().toLowerCase() === 'true') {
    facts.push(factAt(ID, d, skip, 'kubeProxy.disabled', 'true', { note: 'KubeOne clusterNetwork.kubeProxy.skipInstallation: kube-proxy is not deployed' }));
  }
  for (const mode of ['ipvs', 'iptables'] as const) {
    if (!isMap(get(d, kp, mode))) continue;
    facts.push(factAt(ID, d, keyNode(kp, mode), 'kubeProxy.mode', mode, { note: `KubeOne clusterNetwork.kubeProxy.${mode}` }));
    break;
  }
  return facts;
}

/** KubeOne's CNI keys as `cluster.cni` values (the profile's Calico defaults apply to canal only). */
const CNI_KEYS: Record<string, string> = { canal: 'canal', cilium: 'cilium', weaveNet: 'weavenet', external: 'external' };

/** The CNI the manifest chooses: the first key of `clusterNetwork.cni` KubeOne knows, or v1alpha1's `provider`. */
function cniFacts(d: YamlDoc, cni: Node | undefined): Fact[] {
  const provider = cniFact(ID, d, get(d, cni, 'provider'), 'KubeOne clusterNetwork.cni.provider');
  if (provider) return [provider];
  for (const [key] of entries(d, cni)) {
    const value = CNI_KEYS[key];
    // `canal: {}` chooses Canal; `canal:` (null) is unset in KubeOne's Go types.
    if (value === undefined || !isMap(get(d, cni, key))) continue;
    return [factAt(ID, d, keyNode(cni, key), 'cluster.cni', value, { note: `KubeOne clusterNetwork.cni.${key}` })];
  }
  return [];
}

export const kubeoneCluster: YamlExtractor = {
  id: ID,
  description:
    'KubeOne KubeOneCluster (kubeone.k8c.io/v1beta2, v1beta3; kubeone.io/v1beta1, v1alpha1): versions.kubernetes, ' +
    'clusterNetwork.kubeProxy (ipvs, iptables, skipInstallation), clusterNetwork.cni (canal, cilium, weaveNet, external)',
  triggers: ['KubeOneCluster'],
  extract(d) {
    const facts: Fact[] = [];
    for (const o of objectsOfKind(d, 'KubeOneCluster', isKubeOneApi)) {
      const kind = get(d, o.node, 'kind');
      facts.push(clusterDefinitionFact(ID, d, kind, 'KubeOne KubeOneCluster'), installerNameFact(ID, d, kind, 'kubeone', 'KubeOne KubeOneCluster'));
      const v = factFromNode(ID, d, get(d, o.node, 'versions', 'kubernetes'), 'kubernetes.version', normalizeVersion, {
        note: 'KubeOne versions.kubernetes',
      });
      if (v) facts.push(v);
      const network = get(d, o.node, 'clusterNetwork');
      facts.push(...cniFacts(d, get(d, network, 'cni')), ...kubeProxyFacts(d, get(d, network, 'kubeProxy')));
    }
    return facts;
  },
};
