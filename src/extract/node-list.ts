import type { Fact } from '../model/fact.js';
import { get, str } from '../parse/walk.js';
import { factAt, factFromNode, factFromRaw, osImageFact } from './fact-at.js';
import { objectsOfKind } from './objects.js';
import type { YamlExtractor } from './types.js';
import { normalizeVersion } from './values.js';
import { kubernetesMinor } from '../knowledge/os-image-patterns.js';

const ID = 'node-list';

/** `kubectl -o wide` appends the architecture; only major.minor matters downstream. */
function kernelValue(raw: string): string | undefined {
  const s = raw.trim().replace(/\s+\((amd64|arm64|[a-z0-9_]+)\)$/, '');
  return /^\d+\.\d+/.test(s) ? s : undefined;
}

/**
 * `kubectl get nodes -o yaml|json`: a `List` (or `NodeList`) of Nodes, or one Node. Each Linux node
 * gives its running kernel, its OS (when the osImage is recognisable) and its kubelet version. The
 * deprecated `kubeProxyVersion` is written by the kubelet, not by kube-proxy (it is the kubelet's own
 * version), so it only stands in for the cluster version when `kubeletVersion` is missing; kube-proxy's
 * version then follows from the cluster version like anywhere else. These are the most exact facts: the engine
 * evaluates every node's value, so the oldest kernel decides, and a running kernel means the OS's
 * default kernel is never derived. Windows nodes are skipped.
 */
export const nodeList: YamlExtractor = {
  id: ID,
  description:
    'kubectl get nodes -o yaml/json: per Linux node, status.nodeInfo kernelVersion, osImage, kubeletVersion (kubeProxyVersion, which the kubelet writes, only in its place)',
  triggers: ['nodeInfo'],
  extract(d) {
    const facts: Fact[] = [];
    for (const o of objectsOfKind(d, 'Node', 'v1')) {
      const info = get(d, o.node, 'status', 'nodeInfo');
      if (
        str(d, get(d, info, 'operatingSystem'))
          ?.trim()
          .toLowerCase() === 'windows'
      )
        continue;
      const who = `node ${o.name ?? '(unnamed)'}`;
      let kubelet = factFromNode(ID, d, get(d, info, 'kubeletVersion'), 'kubernetes.version', normalizeVersion, { note: `${who} kubeletVersion` });
      if (!kubelet) {
        const proxyNode = get(d, info, 'kubeProxyVersion');
        const proxyRaw = str(d, proxyNode)?.trim();
        // Deprecated, filled by the kubelet with its own version; newer kubelets leave it empty or v0.0.0.
        if (proxyRaw && !/^v?0\.0\.0$/.test(proxyRaw)) {
          kubelet = factFromRaw(ID, d, proxyNode, 'kubernetes.version', proxyRaw, normalizeVersion, {
            note: `${who} kubeProxyVersion, which the kubelet writes with its own version: the cluster version, not kube-proxy's`,
          });
        }
      }
      if (kubelet) facts.push(kubelet);
      const kernelNode = get(d, info, 'kernelVersion');
      const kernelRaw = str(d, kernelNode);
      const kernel = kernelRaw === undefined ? undefined : kernelValue(kernelRaw);
      if (kernel && kernelRaw !== undefined) facts.push(factAt(ID, d, kernelNode, 'node.kernel', kernel, { raw: kernelRaw, note: `${who} running kernel` }));
      const osNode = get(d, info, 'osImage');
      const osRaw = str(d, osNode);
      const os = osRaw === undefined ? undefined : osImageFact(ID, d, osNode, osRaw, 'os-release', { k8sMinor: kubernetesMinor(kubelet?.value) });
      // A name still to be decoded (context/decode.ts) gets `who` in front of its decoded note there.
      if (os?.decode?.as === 'os-image') facts.push({ ...os, decode: { ...os.decode, label: who } });
      else if (os) facts.push({ ...os, note: `${who}: ${os.note ?? osRaw}` });
    }
    return facts;
  },
};
