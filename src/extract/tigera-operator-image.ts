import type { Fact } from '../model/fact.js';
import { containersOf } from './containers.js';
import { isTigeraOperatorImage } from './image.js';
import { imageVersionFact } from './image-fact.js';
import type { YamlExtractor } from './types.js';

const ID = 'tigera-operator-image';

export const tigeraOperatorImage: YamlExtractor = {
  id: ID,
  description: 'The tigera/operator image in any container: the operator version, which names the Calico release it installs',
  triggers: ['tigera/operator', 'tigera-operator', 'calico-operator'],
  extract(d) {
    const facts: Fact[] = [];
    for (const c of containersOf(d)) {
      if (!c.image || c.imageRaw === undefined || !isTigeraOperatorImage(c.image)) continue;
      const f = imageVersionFact(ID, d, c.imageNode, 'calico.operatorVersion', c.image, c.imageRaw);
      if (f) facts.push(f);
    }
    return facts;
  },
};
