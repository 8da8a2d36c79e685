import type { Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { entries, get, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { clusterDefinitionFact, factAt, factFromNode } from './fact-at.js';
import { isKubeProxyImage, parseImage } from './image.js';
import { kubeProxyImageFacts } from './image-fact.js';
import { objectsOfKind } from './objects.js';
import { installerNameFact } from './installer-fact.js';
import type { YamlExtractor } from './types.js';
import { normalizeEncapMode, normalizeIptablesBackend, normalizeProxyMode, normalizeVersion } from './values.js';

const ID = 'kops-cluster';

/** `spec.kubeProxy`: disabled, its mode (absent: iptables, kops's default), and an image pinning its version. */
function kubeProxyFacts(d: YamlDoc, spec: Node | undefined): Fact[] {
  const kp = get(d, spec, 'kubeProxy');
  const enabledNode = get(d, kp, 'enabled');
  if (str(d, enabledNode)?.trim() === 'false') {
    return [factAt(ID, d, enabledNode, 'kubeProxy.disabled', 'true', { note: 'kops kubeProxy.enabled: false: kube-proxy is not deployed' })];
  }
  const facts: Fact[] = [];
  const f = factFromNode(ID, d, get(d, kp, 'proxyMode'), 'kubeProxy.mode', normalizeProxyMode, { note: 'kops kubeProxy.proxyMode' });
  if (f) facts.push(f);
  else {
    facts.push(
      factAt(ID, d, kp ?? get(d, spec, 'kubernetesVersion'), 'kubeProxy.mode', 'iptables', {
        origin: 'default',
        note: 'kops Cluster without kubeProxy.proxyMode: kube-proxy runs in iptables mode',
      }),
    );
  }
  const imageNode = get(d, kp, 'image');
  const imageRaw = str(d, imageNode);
  const image = imageRaw === undefined ? undefined : parseImage(imageRaw);
  if (image && imageRaw !== undefined && isKubeProxyImage(image)) facts.push(...kubeProxyImageFacts(ID, d, imageNode, image, imageRaw));
  return facts;
}

/**
 * `spec.networking.calico`: the dataplane, Felix's iptables backend, and the pool encapsulation. kops
 * renders `encapsulationMode: ipip` (its default) as IPIP CrossSubnet unless `ipipMode` says otherwise;
 * with `vxlan` the VXLAN mode is kops's choice, which the file does not state.
 */
function calicoFacts(d: YamlDoc, calico: Node): Fact[] {
  const facts: Fact[] = [];
  const bpfNode = get(d, calico, 'bpfEnabled');
  const bpf = str(d, bpfNode)?.trim() === 'true';
  facts.push(
    bpf
      ? factAt(ID, d, bpfNode, 'calico.dataplane', 'BPF', { note: 'kops networking.calico.bpfEnabled' })
      : factAt(ID, d, calico, 'calico.dataplane', 'Iptables', { origin: 'default', note: 'kops networking.calico without bpfEnabled' }),
  );
  const be = factFromNode(ID, d, get(d, calico, 'iptablesBackend'), 'calico.iptablesBackend', normalizeIptablesBackend);
  if (be) facts.push(be);
  const encapNode = get(d, calico, 'encapsulationMode');
  const encap = str(d, encapNode)?.trim().toLowerCase() ?? 'ipip';
  const at = encapNode ?? calico;
  if (encap === 'ipip') {
    const explicit = factFromNode(ID, d, get(d, calico, 'ipipMode'), 'calico.ipipMode', normalizeEncapMode);
    facts.push(
      explicit ?? factAt(ID, d, at, 'calico.ipipMode', 'CrossSubnet', { origin: 'default', note: 'kops renders encapsulationMode ipip as IPIP CrossSubnet' }),
    );
    facts.push(factAt(ID, d, at, 'calico.vxlanMode', 'Never', { origin: 'default', note: 'kops encapsulationMode ipip: no VXLAN' }));
  } else if (encap === 'vxlan') {
    facts.push(factAt(ID, d, at, 'calico.ipipMode', 'Never', { origin: 'default', note: 'kops encapsulationMode vxlan: no IPIP' }));
    const explicit = factFromNode(ID, d, get(d, calico, 'vxlanMode'), 'calico.vxlanMode', normalizeEncapMode);
    facts.push(
      explicit ?? {
        ...factAt(ID, d, at, 'calico.vxlanMode', 'vxlan', { note: 'kops encapsulationMode vxlan; the VXLAN mode kops renders is not in the file' }),
        unresolved: true,
      },
    );
  }
  return facts;
}

export const kopsCluster: YamlExtractor = {
  id: ID,
  description:
    'kops Cluster: kubernetesVersion, kubeProxy (enabled: false, proxyMode, image), networking.calico (bpfEnabled, iptablesBackend, encapsulationMode)',
  triggers: ['kops.k8s.io/'],
  extract(d) {
    const facts: Fact[] = [];
    for (const o of objectsOfKind(d, 'Cluster', 'kops.k8s.io/')) {
      facts.push(clusterDefinitionFact(ID, d, get(d, o.node, 'kind'), 'kops Cluster'));
      facts.push(installerNameFact(ID, d, get(d, o.node, 'kind'), 'kops', 'kops Cluster'));
      // spec.networking holds one key, the plugin: calico, cilium, kubenet, amazonvpc...
      const plugin = entries(d, get(d, o.node, 'spec', 'networking'))[0];
      if (plugin)
        facts.push(factAt(ID, d, get(d, o.node, 'spec', 'networking'), 'cluster.cni', plugin[0].toLowerCase(), { note: `kops spec.networking.${plugin[0]}` }));
      const spec = get(d, o.node, 'spec');
      const v = factFromNode(ID, d, get(d, spec, 'kubernetesVersion'), 'kubernetes.version', normalizeVersion, { note: 'kops kubernetesVersion' });
      if (v) facts.push(v);
      facts.push(...kubeProxyFacts(d, spec));
      const calico = get(d, spec, 'networking', 'calico');
      if (calico) facts.push(...calicoFacts(d, calico));
    }
    return facts;
  },
};
