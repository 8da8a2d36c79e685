import type { Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { get, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { clusterDefinitionFact, factAt, factFromRaw } from './fact-at.js';
import { isKubeProxyImage, parseImage } from './image.js';
import { imageVersionFact } from './image-fact.js';
import { objectsOf } from './objects.js';
import type { Extractor } from './types.js';
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
  const modeNode = get(d, kp, 'proxyMode');
  const mode = str(d, modeNode);
  const f = mode === undefined ? undefined : factFromRaw(ID, d, modeNode, 'kubeProxy.mode', mode, normalizeProxyMode, { note: 'kops kubeProxy.proxyMode' });
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
  if (image && imageRaw !== undefined && isKubeProxyImage(image)) {
    const repo = factFromRaw(ID, d, imageNode, 'kubeProxy.image', image.repository, (s) => s);
    if (repo) facts.push({ ...repo, key: image.path, ...(imageRaw === repo.value ? {} : { raw: imageRaw }) });
    const version = imageVersionFact(ID, d, imageNode, 'kubeProxy.version', image, imageRaw);
    if (version) facts.push(version);
  }
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
  const backendNode = get(d, calico, 'iptablesBackend');
  const backend = str(d, backendNode);
  const be = backend === undefined ? undefined : factFromRaw(ID, d, backendNode, 'calico.iptablesBackend', backend, normalizeIptablesBackend);
  if (be) facts.push(be);
  const encapNode = get(d, calico, 'encapsulationMode');
  const encap = str(d, encapNode)?.trim().toLowerCase() ?? 'ipip';
  const at = encapNode ?? calico;
  if (encap === 'ipip') {
    const ipipNode = get(d, calico, 'ipipMode');
    const ipip = str(d, ipipNode);
    const explicit = ipip === undefined ? undefined : factFromRaw(ID, d, ipipNode, 'calico.ipipMode', ipip, normalizeEncapMode);
    facts.push(explicit ?? factAt(ID, d, at, 'calico.ipipMode', 'CrossSubnet', { origin: 'default', note: 'kops renders encapsulationMode ipip as IPIP CrossSubnet' }));
    facts.push(factAt(ID, d, at, 'calico.vxlanMode', 'Never', { origin: 'default', note: 'kops encapsulationMode ipip: no VXLAN' }));
  } else if (encap === 'vxlan') {
    facts.push(factAt(ID, d, at, 'calico.ipipMode', 'Never', { origin: 'default', note: 'kops encapsulationMode vxlan: no IPIP' }));
    const vxlanNode = get(d, calico, 'vxlanMode');
    const vxlan = str(d, vxlanNode);
    const explicit = vxlan === undefined ? undefined : factFromRaw(ID, d, vxlanNode, 'calico.vxlanMode', vxlan, normalizeEncapMode);
    facts.push(explicit ?? { ...factAt(ID, d, at, 'calico.vxlanMode', 'vxlan', { note: 'kops encapsulationMode vxlan; the VXLAN mode kops renders is not in the file' }), unresolved: true });
  }
  return facts;
}

export const kopsCluster: Extractor = {
  id: ID,
  description:
    'kops Cluster: kubernetesVersion, kubeProxy (enabled: false, proxyMode, image), networking.calico (bpfEnabled, iptablesBackend, encapsulationMode)',
  triggers: ['kops.k8s.io/'],
  extract(d) {
    const facts: Fact[] = [];
    for (const o of objectsOf(d)) {
      if (o.kind !== 'Cluster' || !o.apiVersion?.startsWith('kops.k8s.io/')) continue;
      facts.push(clusterDefinitionFact(ID, d, get(d, o.node, 'kind'), 'kops Cluster'));
      const spec = get(d, o.node, 'spec');
      const versionNode = get(d, spec, 'kubernetesVersion');
      const version = str(d, versionNode);
      const v = version === undefined ? undefined : factFromRaw(ID, d, versionNode, 'kubernetes.version', version, normalizeVersion, { note: 'kops kubernetesVersion' });
      if (v) facts.push(v);
      facts.push(...kubeProxyFacts(d, spec));
      const calico = get(d, spec, 'networking', 'calico');
      if (calico) facts.push(...calicoFacts(d, calico));
    }
    return facts;
  },
};
