import type { Fact } from '../model/fact.js';
import { get, kindOf, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { clusterDefinitionFact, factAt, factFromNode } from './fact-at.js';
import { installerNameFact } from './installer-fact.js';
import type { YamlExtractor } from './types.js';
import { normalizeVersion } from './values.js';

const ID = 'kubeadm-cluster-configuration';

/** Whether the file declares a KubeProxyConfiguration anywhere (comment lines do not count). */
function fileConfiguresKubeProxy(d: YamlDoc): boolean {
  return d.text.split('\n').some((line) => line.includes('KubeProxyConfiguration') && !/^\s*#/.test(line));
}

export const kubeadmClusterConfiguration: YamlExtractor = {
  id: ID,
  description:
    'kubeadm ClusterConfiguration: kubernetesVersion (kube-proxy runs the cluster version unless an image says otherwise); ' +
    'proxy.disabled; kubeadm\'s default kube-proxy mode when the file has no KubeProxyConfiguration',
  triggers: [],
  kinds: ['ClusterConfiguration'],
  extract(d) {
    const { kind, apiVersion } = kindOf(d);
    if (kind !== 'ClusterConfiguration' || !apiVersion?.startsWith('kubeadm.k8s.io/')) return [];
    const kindNode = get(d, d.doc.contents, 'kind');
    const facts: Fact[] = [clusterDefinitionFact(ID, d, kindNode, 'kubeadm ClusterConfiguration'), installerNameFact(ID, d, kindNode, 'kubeadm', 'kubeadm ClusterConfiguration')];
    const version = factFromNode(ID, d, get(d, d.doc.contents, 'kubernetesVersion'), 'kubernetes.version', normalizeVersion);
    if (version) facts.push(version);
    // v1beta4 can leave kube-proxy out altogether.
    const disabledNode = get(d, d.doc.contents, 'proxy', 'disabled');
    if (str(d, disabledNode) === 'true') {
      facts.push(factAt(ID, d, disabledNode, 'kubeProxy.disabled', 'true', { note: 'kubeadm proxy.disabled: kube-proxy is not deployed' }));
    } else if (!fileConfiguresKubeProxy(d)) {
      // A default: any mode found elsewhere in the repository wins over it (src/context/precedence.ts).
      facts.push(
        factAt(ID, d, get(d, d.doc.contents, 'kind'), 'kubeProxy.mode', 'iptables', {
          origin: 'default',
          note: 'kubeadm ClusterConfiguration without a KubeProxyConfiguration: kube-proxy runs in its default mode, iptables on Linux',
        }),
      );
    }
    return facts;
  },
};
