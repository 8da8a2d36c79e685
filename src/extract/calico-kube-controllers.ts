import type { Fact } from '../model/fact.js';
import { containersOf } from './containers.js';
import { isCalicoKubeControllersImage } from './image.js';
import { imageVersionFact } from './image-fact.js';
import type { YamlExtractor } from './types.js';

const ID = 'calico-kube-controllers';

export const calicoKubeControllers: YamlExtractor = {
  id: ID,
  description: 'calico-kube-controllers container images: their version',
  triggers: ['kube-controllers'],
  extract(d) {
    const facts: Fact[] = [];
    for (const c of containersOf(d)) {
      if (!c.image || c.imageRaw === undefined || !isCalicoKubeControllersImage(c.image)) continue;
      const f = imageVersionFact(ID, d, c.imageNode, 'calico.kubeControllersVersion', c.image, c.imageRaw);
      if (f) facts.push(f);
    }
    return facts;
  },
};
