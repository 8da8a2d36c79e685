import type { Fact } from '../model/fact.js';
import type { Node } from 'yaml';
import { get, items, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { clusterDefinitionFact, factAt, factFromNode } from './fact-at.js';
import { installerNameFact } from './installer-fact.js';
import { nameListFact } from './gates-and-plugins.js';
import type { YamlExtractor } from './types.js';
import { normalizeVersion } from './values.js';
import { isKind } from './objects.js';

const ID = 'kubeadm-cluster-configuration';

/** Whether the file declares a KubeProxyConfiguration anywhere (comment lines do not count). */
function fileConfiguresKubeProxy(d: YamlDoc): boolean {
  return d.text.split('\n').some((line) => line.includes('KubeProxyConfiguration') && !/^\s*#/.test(line));
}

/**
 * `--enable-admission-plugins` in apiServer.extraArgs: a mapping (v1beta3 and earlier) or a list of
 * {name, value} (v1beta4). Without it kubeadm passes its own default, NodeRestriction.
 */
function admissionPlugins(d: YamlDoc, root: Node | null | undefined): Fact {
  const args = get(d, root, 'apiServer', 'extraArgs');
  let valueNode = get(d, args, 'enable-admission-plugins');
  for (const item of items(d, args)) {
    if (str(d, get(d, item, 'name'))?.trim() === 'enable-admission-plugins') valueNode = get(d, item, 'value');
  }
  const raw = str(d, valueNode);
  const f =
    raw === undefined
      ? undefined
      : nameListFact(ID, d, valueNode, 'apiserver.admissionPlugins', raw, { note: 'kubeadm apiServer.extraArgs enable-admission-plugins' });
  if (f) return f;
  const at = args ?? get(d, root, 'apiServer') ?? get(d, root, 'kind');
  return factAt(ID, d, at, 'apiserver.admissionPlugins', 'NodeRestriction', {
    origin: 'default',
    note: "kubeadm's default --enable-admission-plugins (NodeRestriction): apiServer.extraArgs does not set it",
  });
}

export const kubeadmClusterConfiguration: YamlExtractor = {
  id: ID,
  description:
    'kubeadm ClusterConfiguration: kubernetesVersion (kube-proxy runs the cluster version unless an image says otherwise); ' +
    "proxy.disabled; kubeadm's default kube-proxy mode when the file has no KubeProxyConfiguration; apiServer.extraArgs " +
    "enable-admission-plugins (or kubeadm's default, NodeRestriction)",
  triggers: [],
  kinds: ['ClusterConfiguration'],
  extract(d) {
    if (!isKind(d, 'ClusterConfiguration', 'kubeadm.k8s.io/')) return [];
    const kindNode = get(d, d.doc.contents, 'kind');
    const facts: Fact[] = [
      clusterDefinitionFact(ID, d, kindNode, 'kubeadm ClusterConfiguration'),
      installerNameFact(ID, d, kindNode, 'kubeadm', 'kubeadm ClusterConfiguration'),
    ];
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
    facts.push(admissionPlugins(d, d.doc.contents));
    return facts;
  },
};
