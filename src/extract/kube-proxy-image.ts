import type { Fact } from '../model/fact.js';
import { containersOf } from './containers.js';
import { factFromRaw } from './fact-at.js';
import { isKubeProxyImage } from './image.js';
import { imageVersionFact } from './image-fact.js';
import type { Extractor } from './types.js';

const ID = 'kube-proxy-image';

export const kubeProxyImage: Extractor = {
  id: ID,
  description: 'kube-proxy container images in any Pod template: the version from the tag and the image repository',
  triggers: ['kube-proxy'],
  extract(d) {
    const facts: Fact[] = [];
    for (const c of containersOf(d)) {
      if (!c.image || c.imageRaw === undefined || !isKubeProxyImage(c.image)) continue;
      const repo = factFromRaw(ID, d, c.imageNode, 'kubeProxy.image', c.image.repository, (s) => s);
      if (repo) facts.push({ ...repo, key: c.image.path, ...(c.imageRaw === repo.value ? {} : { raw: c.imageRaw }) });
      const version = imageVersionFact(ID, d, c.imageNode, 'kubeProxy.version', c.image, c.imageRaw);
      if (version) facts.push(version);
    }
    return facts;
  },
};
