import { get, kindOf, str } from '../parse/walk.js';
import { calicoChartFact } from './helm-chart-version.js';
import { chartValuesFacts } from './tigera-values.js';
import type { YamlExtractor } from './types.js';

const ID = 'helm-cattle-chart';

export const helmCattleChart: YamlExtractor = {
  id: ID,
  description: 'k3s/RKE2 HelmChart and HelmChartConfig (helm.cattle.io): Calico chart version and valuesContent (e.g. rke2-calico installation.calicoNetwork)',
  triggers: ['helm.cattle.io'],
  extract(d) {
    const { kind, apiVersion } = kindOf(d);
    if (!apiVersion?.startsWith('helm.cattle.io/') || (kind !== 'HelmChart' && kind !== 'HelmChartConfig')) return [];
    const spec = get(d, d.doc.contents, 'spec');
    const f = kind === 'HelmChart' ? calicoChartFact(ID, d, str(d, get(d, spec, 'chart')), get(d, spec, 'version')) : undefined;
    return [...(f ? [f] : []), ...chartValuesFacts(ID, d, get(d, spec, 'valuesContent'))];
  },
};
