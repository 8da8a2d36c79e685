import { get } from '../parse/walk.js';
import { calicoNetworkFacts } from './tigera-calico-network.js';
import type { YamlExtractor } from './types.js';
import { isKind } from './objects.js';

const ID = 'tigera-installation';

export const tigeraInstallation: YamlExtractor = {
  id: ID,
  description: 'Tigera operator Installation (operator.tigera.io/v1): IP pool encapsulation and linuxDataplane',
  triggers: ['operator.tigera.io'],
  extract(d) {
    if (!isKind(d, 'Installation', 'operator.tigera.io/')) return [];
    return calicoNetworkFacts(ID, d, get(d, d.doc.contents, 'spec', 'calicoNetwork'));
  },
};
