import { isMap } from 'yaml';
import { kindOf } from '../parse/walk.js';
import { chartValuesFacts } from './tigera-values.js';
import type { YamlExtractor } from './types.js';

const ID = 'helm-values';

export const helmValues: YamlExtractor = {
  id: ID,
  description:
    "Helm values files (values*.yaml): image maps for kube-proxy, calico-node, kube-controllers, calicoctl and the tigera operator; the tigera-operator chart's installation.calicoNetwork",
  triggers: ['kube-proxy', 'calico', 'tigera'],
  paths: /(^|\/)values[^/]*\.ya?ml$/i,
  extract(d) {
    const root = d.doc.contents;
    // A manifest that happens to be called values.yaml is read by the manifest extractors.
    if (!isMap(root) || kindOf(d).kind !== undefined) return [];
    return chartValuesFacts(ID, d, root);
  },
};
