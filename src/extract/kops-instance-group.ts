import type { Fact } from '../model/fact.js';
import { get, str } from '../parse/walk.js';
import { osImageFact } from './fact-at.js';
import { objectsOfKind } from './objects.js';
import type { YamlExtractor } from './types.js';

const ID = 'kops-instance-group';

export const kopsInstanceGroup: YamlExtractor = {
  id: ID,
  description: 'kops InstanceGroup spec.image (owner/AMI name, GCE image) → node OS (data/os-image-patterns.yaml)',
  triggers: [],
  kinds: ['InstanceGroup'],
  extract(d) {
    const facts: Fact[] = [];
    for (const o of objectsOfKind(d, 'InstanceGroup', 'kops.k8s.io/')) {
      const node = get(d, o.node, 'spec', 'image');
      const raw = str(d, node);
      const f = raw === undefined ? undefined : osImageFact(ID, d, node, raw, 'image');
      if (f) facts.push(f);
    }
    return facts;
  },
};
