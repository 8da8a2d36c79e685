import type { Fact } from '../model/fact.js';
import { get, items, str } from '../parse/walk.js';
import { clusterDefinitionFact, factAt, factFromNode } from './fact-at.js';
import type { YamlExtractor } from './types.js';
import { normalizeProxyMode, normalizeVersion } from './values.js';

const ID = 'aks-engine-api-model';

/**
 * aks-engine "vlabs" API models (JSON): the cluster version, kube-proxy mode, Calico as the network
 * policy, and each pool's distro. aks-engine runs Calico for policy only (on Azure CNI or kubenet), so
 * no IPIP or VXLAN pool exists; a distro without a release (plain "ubuntu") names no kernel.
 */
export const aksEngineApiModel: YamlExtractor = {
  id: ID,
  description: 'aks-engine API model: orchestratorVersion, kubeProxyMode, networkPolicy calico (policy only: no encapsulation), pool distros → node OS',
  triggers: ['orchestratorProfile'],
  extract(d) {
    const root = d.doc.contents;
    const props = get(d, root, 'properties');
    const orchestrator = get(d, props, 'orchestratorProfile');
    if (!orchestrator) return [];
    const facts: Fact[] = [clusterDefinitionFact(ID, d, orchestrator, 'aks-engine API model')];
    for (const key of ['orchestratorVersion', 'orchestratorRelease']) {
      const f = factFromNode(ID, d, get(d, orchestrator, key), 'kubernetes.version', normalizeVersion);
      if (f) {
        facts.push(f);
        break;
      }
    }
    const k8s = get(d, orchestrator, 'kubernetesConfig');
    const modeFact = factFromNode(ID, d, get(d, k8s, 'kubeProxyMode'), 'kubeProxy.mode', (s) => (s.trim() ? normalizeProxyMode(s) : undefined));
    if (modeFact) facts.push(modeFact);
    const policyNode = get(d, k8s, 'networkPolicy');
    if (str(d, policyNode)?.toLowerCase() === 'calico') {
      const plugin = str(d, get(d, k8s, 'networkPlugin')) ?? 'azure';
      const note = `aks-engine networkPolicy calico with networkPlugin ${plugin}: Calico enforces policy only, no IPIP or VXLAN`;
      facts.push(factAt(ID, d, policyNode, 'calico.ipipMode', 'Never', { note }), factAt(ID, d, policyNode, 'calico.vxlanMode', 'Never', { note }));
    }
    const pools = [get(d, props, 'masterProfile'), ...items(d, get(d, props, 'agentPoolProfiles'))];
    for (const pool of pools) {
      const distroNode = get(d, pool, 'distro');
      const distro = str(d, distroNode);
      if (distro === undefined) continue;
      const m = /ubuntu-(\d\d)\.(\d\d)/i.exec(distro);
      facts.push(
        m
          ? factAt(ID, d, distroNode, 'node.os', `ubuntu-${m[1]}.${m[2]}`, { raw: distro, note: `aks-engine distro ${distro} → Ubuntu ${m[1]}.${m[2]}` })
          : {
              ...factAt(ID, d, distroNode, 'node.os', distro, { note: `aks-engine distro ${distro}: the release is not given, so the kernel is unknown` }),
              unresolved: true,
            },
      );
    }
    return facts;
  },
};
