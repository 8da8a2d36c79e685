import { get, str } from '../parse/walk.js';
import { calicoChartFact } from './helm-chart-version.js';
import { chartValuesFacts } from './tigera-values.js';
import type { YamlExtractor } from './types.js';
import { isKind } from './objects.js';

const ID = 'helm-chart-proxy';

export const helmChartProxy: YamlExtractor = {
  id: ID,
  description: 'Cluster API add-on HelmChartProxy (addons.cluster.x-k8s.io): tigera-operator chart version and valuesTemplate (Go templates blanked)',
  triggers: [],
  kinds: ['HelmChartProxy'],
  extract(d) {
    if (!isKind(d, 'HelmChartProxy', 'addons.cluster.x-k8s.io/')) return [];
    const spec = get(d, d.doc.contents, 'spec');
    const f = calicoChartFact(ID, d, str(d, get(d, spec, 'chartName')), get(d, spec, 'version'));
    return [...(f ? [f] : []), ...chartValuesFacts(ID, d, get(d, spec, 'valuesTemplate'))];
  },
};
