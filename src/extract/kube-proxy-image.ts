import type { Fact } from '../model/fact.js';
import { containersOf } from './containers.js';
import { isKubeProxyImage } from './image.js';
import { kubeProxyImageFacts } from './image-fact.js';
import type { YamlExtractor } from './types.js';

const ID = 'kube-proxy-image';

export const kubeProxyImage: YamlExtractor = {
  id: ID,
  description: 'kube-proxy container images in any Pod template: the version from the tag and the image repository',
  triggers: ['kube-proxy'],
  extract(d) {
    const facts: Fact[] = [];
    for (const c of containersOf(d)) {
      if (!c.image || c.imageRaw === undefined || !isKubeProxyImage(c.image)) continue;
      facts.push(...kubeProxyImageFacts(ID, d, c.imageNode, c.image, c.imageRaw));
    }
    return facts;
  },
};
