import type { Fact } from '../model/fact.js';
import { factFromRaw } from './fact-at.js';
import type { Extractor } from './types.js';
import { normalizeVersion } from './values.js';
import { get, kindOf, str } from '../parse/walk.js';

const ID = 'kubeadm-cluster-configuration';

export const kubeadmClusterConfiguration: Extractor = {
  id: ID,
  description: 'kubeadm ClusterConfiguration: kubernetesVersion (kube-proxy runs the cluster version unless an image says otherwise)',
  triggers: ['ClusterConfiguration'],
  extract(d) {
    const { kind, apiVersion } = kindOf(d);
    if (kind !== 'ClusterConfiguration' || !apiVersion?.startsWith('kubeadm.k8s.io/')) return [];
    const node = get(d, d.doc.contents, 'kubernetesVersion');
    const raw = str(d, node);
    if (raw === undefined) return [];
    const f = factFromRaw(ID, d, node, 'kubernetes.version', raw, normalizeVersion);
    return f ? [f] : ([] as Fact[]);
  },
};
