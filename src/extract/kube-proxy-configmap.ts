import type { Fact } from '../model/fact.js';
import { parseEmbedded } from '../parse/embedded.js';
import { entries, get, kindOf } from '../parse/walk.js';
import { isKubeProxyConfiguration, proxyConfigurationFacts } from './kube-proxy-configuration.js';
import type { YamlExtractor } from './types.js';

const ID = 'kube-proxy-configmap';

export const kubeProxyConfigmap: YamlExtractor = {
  id: ID,
  description: 'ConfigMaps that carry a KubeProxyConfiguration in a data key (kubeadm writes config.conf); places map to the outer file',
  triggers: [],
  kinds: ['KubeProxyConfiguration'],
  extract(d) {
    if (kindOf(d).kind !== 'ConfigMap') return [];
    const facts: Fact[] = [];
    for (const [key, value] of entries(d, get(d, d.doc.contents, 'data'))) {
      if (!/\.(conf|ya?ml|json)$/.test(key)) continue;
      for (const inner of parseEmbedded(d, value)) {
        if (isKubeProxyConfiguration(inner)) facts.push(...proxyConfigurationFacts(ID, inner, inner.doc.contents));
      }
    }
    return facts;
  },
};
