import { isSeq, type Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { get, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { clusterDefinitionFact, factAt, factFromNode, factFromRaw } from './fact-at.js';
import { cniFact, installerNameFact } from './installer-fact.js';
import { objectsOfKind } from './objects.js';
import type { YamlExtractor } from './types.js';
import { normalizeEncapMode, normalizeProxyMode, normalizeVersion } from './values.js';

const ID = 'kubekey-cluster';

/**
 * kube-proxy as KubeKey renders it: `kubeProxyConfiguration.mode` wins over `proxyMode` (KubeKey merges its
 * custom KubeProxyConfiguration over the defaults it builds from proxyMode); `disableKubeProxy: true` skips
 * kube-proxy. Without either mode, the profile's default (ipvs) applies.
 */
function kubeProxyFacts(d: YamlDoc, k8s: Node | undefined): Fact[] {
  const facts: Fact[] = [];
  const disabled = get(d, k8s, 'disableKubeProxy');
  if (str(d, disabled)?.trim() === 'true') {
    facts.push(factAt(ID, d, disabled, 'kubeProxy.disabled', 'true', { note: 'KubeKey spec.kubernetes.disableKubeProxy: kube-proxy is not deployed' }));
  }
  if (embeddedDistribution(d, k8s)) return [...facts, ...argsMode(d, k8s)];
  const custom = get(d, k8s, 'kubeProxyConfiguration', 'mode');
  const [node, note] =
    str(d, custom) !== undefined
      ? [custom, 'KubeKey spec.kubernetes.kubeProxyConfiguration.mode (wins over proxyMode)']
      : [get(d, k8s, 'proxyMode'), 'KubeKey spec.kubernetes.proxyMode'];
  // An empty proxyMode is KubeKey's default (ipvs), not kube-proxy's empty mode (iptables).
  const normalize = node === custom ? normalizeProxyMode : (s: string) => (s.trim() === '' ? undefined : normalizeProxyMode(s));
  const mode = factFromNode(ID, d, node, 'kubeProxy.mode', normalize, { note });
  if (mode) facts.push(mode);
  return facts;
}

/**
 * `type: k3s` / `k8e` (or a `v1.21.4-k3s` version): KubeKey starts that distribution with `--kube-proxy-arg
 * proxy-mode=ipvs` and the config's `kubeProxyArgs` over it; `proxyMode` and `kubeProxyConfiguration` are
 * kubeadm's and not used there.
 */
function embeddedDistribution(d: YamlDoc, k8s: Node | undefined): boolean {
  const type = str(d, get(d, k8s, 'type'))
    ?.trim()
    .toLowerCase();
  return type === 'k3s' || type === 'k8e' || /-(k3s|k8e)$/i.test(str(d, get(d, k8s, 'version'))?.trim() ?? '');
}

function argsMode(d: YamlDoc, k8s: Node | undefined): Fact[] {
  const args = get(d, k8s, 'kubeProxyArgs');
  if (!isSeq(args)) return [];
  for (const item of args.items) {
    const m = /^\s*-{0,2}proxy-mode=(.*)$/.exec(str(d, item as Node) ?? '');
    if (m?.[1] === undefined) continue;
    const f = factFromRaw(ID, d, item as Node, 'kubeProxy.mode', m[1], normalizeProxyMode, { note: 'KubeKey spec.kubernetes.kubeProxyArgs (k3s / k8e)' });
    return f ? [f] : [];
  }
  return [];
}

/** The Calico pool KubeKey writes into its manifest (CALICO_IPV4POOL_IPIP / _VXLAN), when the plugin may be Calico. */
function calicoFacts(d: YamlDoc, network: Node | undefined): Fact[] {
  const plugin = str(d, get(d, network, 'plugin'))
    ?.trim()
    .toLowerCase();
  if (plugin !== undefined && plugin !== '' && plugin !== 'calico') return [];
  const facts: Fact[] = [];
  for (const [key, name] of [
    ['ipipMode', 'calico.ipipMode'],
    ['vxlanMode', 'calico.vxlanMode'],
  ] as const) {
    const f = factFromNode(ID, d, get(d, network, 'calico', key), name, normalizeEncapMode, { note: `KubeKey spec.network.calico.${key}` });
    if (f) facts.push(f);
  }
  return facts;
}

export const kubekeyCluster: YamlExtractor = {
  id: ID,
  description:
    'KubeKey Cluster (kubekey.kubesphere.io/v1alpha1, v1alpha2): spec.kubernetes.version, proxyMode, kubeProxyConfiguration.mode, ' +
    'disableKubeProxy, spec.network.plugin and calico.ipipMode / vxlanMode',
  triggers: ['kubekey.kubesphere.io/'],
  extract(d) {
    const facts: Fact[] = [];
    for (const o of objectsOfKind(d, 'Cluster', (api) => api === 'kubekey.kubesphere.io/v1alpha1' || api === 'kubekey.kubesphere.io/v1alpha2')) {
      const kind = get(d, o.node, 'kind');
      const k8s = get(d, o.node, 'spec', 'kubernetes');
      const network = get(d, o.node, 'spec', 'network');
      facts.push(clusterDefinitionFact(ID, d, kind, 'KubeKey Cluster'));
      facts.push(installerNameFact(ID, d, kind, 'kubekey', 'KubeKey Cluster'));
      const cni = cniFact(ID, d, get(d, network, 'plugin'), 'KubeKey spec.network.plugin');
      if (cni) facts.push(cni);
      const v = factFromNode(ID, d, get(d, k8s, 'version'), 'kubernetes.version', normalizeVersion, { note: 'KubeKey spec.kubernetes.version' });
      if (v) facts.push(v);
      facts.push(...kubeProxyFacts(d, k8s), ...calicoFacts(d, network));
    }
    return facts;
  },
};
