import type { Fact } from '../model/fact.js';
import { isCalicoChart } from '../knowledge/operator-calico.js';
import { get, kindOf, str } from '../parse/walk.js';
import { chartName, chartVersionFact } from './helm-chart-version.js';
import { chartValuesFacts } from './tigera-values.js';
import type { Extractor } from './types.js';

const ID = 'helm-cattle-chart';

export const helmCattleChart: Extractor = {
  id: ID,
  description: 'k3s/RKE2 HelmChart and HelmChartConfig (helm.cattle.io): Calico chart version and valuesContent (e.g. rke2-calico installation.calicoNetwork)',
  triggers: ['helm.cattle.io'],
  extract(d) {
    const { kind, apiVersion } = kindOf(d);
    if (!apiVersion?.startsWith('helm.cattle.io/') || (kind !== 'HelmChart' && kind !== 'HelmChartConfig')) return [];
    const spec = get(d, d.doc.contents, 'spec');
    const facts: Fact[] = [];
    const chart = str(d, get(d, spec, 'chart'));
    const versionNode = get(d, spec, 'version');
    const version = str(d, versionNode);
    if (kind === 'HelmChart' && chart !== undefined && version !== undefined && isCalicoChart(chartName(chart))) {
      const f = chartVersionFact(ID, d, versionNode, chartName(chart), version);
      if (f) facts.push(f);
    }
    return [...facts, ...chartValuesFacts(ID, d, get(d, spec, 'valuesContent'))];
  },
};
