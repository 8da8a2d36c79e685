import type { Fact } from '../model/fact.js';
import { isCalicoChart } from '../knowledge/operator-calico.js';
import { get, kindOf, str } from '../parse/walk.js';
import { chartName, chartVersionFact } from './helm-chart-version.js';
import { chartValuesFacts } from './tigera-values.js';
import type { Extractor } from './types.js';

const ID = 'helm-chart-proxy';

export const helmChartProxy: Extractor = {
  id: ID,
  description: 'Cluster API add-on HelmChartProxy (addons.cluster.x-k8s.io): tigera-operator chart version and valuesTemplate (Go templates blanked)',
  triggers: ['HelmChartProxy'],
  extract(d) {
    const { kind, apiVersion } = kindOf(d);
    if (kind !== 'HelmChartProxy' || !apiVersion?.startsWith('addons.cluster.x-k8s.io/')) return [];
    const spec = get(d, d.doc.contents, 'spec');
    const chart = str(d, get(d, spec, 'chartName'));
    const facts: Fact[] = [];
    const versionNode = get(d, spec, 'version');
    const version = str(d, versionNode);
    if (chart !== undefined && version !== undefined && isCalicoChart(chartName(chart))) {
      const f = chartVersionFact(ID, d, versionNode, chartName(chart), version);
      if (f) facts.push(f);
    }
    return [...facts, ...chartValuesFacts(ID, d, get(d, spec, 'valuesTemplate'))];
  },
};
