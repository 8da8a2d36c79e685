import type { Fact } from '../model/fact.js';
import { isCalicoChart } from '../knowledge/operator-calico.js';
import { get, items, str } from '../parse/walk.js';
import { chartVersionFact } from './helm-chart-version.js';
import { isKustomization, KUSTOMIZATION_PATH } from './kustomize-paths.js';
import { chartValuesFacts } from './tigera-values.js';
import type { YamlExtractor } from './types.js';

const ID = 'kustomize-helm-charts';

export const kustomizeHelmCharts: YamlExtractor = {
  id: ID,
  description: 'kustomization helmCharts: the tigera-operator chart version (= Calico version) and its valuesInline',
  triggers: ['calico', 'kube-proxy', 'tigera'],
  paths: KUSTOMIZATION_PATH,
  extract(d) {
    if (!isKustomization(d)) return [];
    const facts: Fact[] = [];
    for (const chart of items(d, get(d, d.doc.contents, 'helmCharts'))) {
      const name = str(d, get(d, chart, 'name'))?.trim();
      if (!name) continue;
      const versionNode = get(d, chart, 'version');
      const version = str(d, versionNode);
      if (isCalicoChart(name) && version !== undefined) {
        const f = chartVersionFact(ID, d, versionNode, name, version);
        if (f) facts.push(f);
      }
      facts.push(...chartValuesFacts(ID, d, get(d, chart, 'valuesInline')));
    }
    return facts;
  },
};
