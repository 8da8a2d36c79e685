import type { Fact } from '../model/fact.js';
import { isCalicoChart } from '../knowledge/operator-calico.js';
import { get, str } from '../parse/walk.js';
import { factAt } from './fact-at.js';
import { chartName, chartVersionFact } from './helm-chart-version.js';
import { chartValuesFacts } from './tigera-values.js';
import type { YamlExtractor } from './types.js';
import { isKind } from './objects.js';

const ID = 'flux-helm-release';

export const fluxHelmRelease: YamlExtractor = {
  id: ID,
  description: 'Flux HelmRelease: the tigera-operator chart version (= Calico version) and spec.values (encapsulation, dataplane, images)',
  triggers: ['helm.toolkit.fluxcd.io'],
  extract(d) {
    if (!isKind(d, 'HelmRelease', 'helm.toolkit.fluxcd.io/')) return [];
    const spec = get(d, d.doc.contents, 'spec');
    const facts: Fact[] = [];
    const chartNode = get(d, spec, 'chart', 'spec', 'chart');
    const chart = str(d, chartNode);
    if (chart !== undefined && isCalicoChart(chartName(chart))) {
      const versionNode = get(d, spec, 'chart', 'spec', 'version');
      const version = str(d, versionNode);
      if (version !== undefined) {
        const f = chartVersionFact(ID, d, versionNode, chartName(chart), version);
        if (f) facts.push(f);
      } else {
        // Flux installs the newest chart when no version is given.
        facts.push({ ...factAt(ID, d, chartNode, 'calico.version', '*', { note: 'no chart version: Flux installs the newest release' }), unresolved: true });
      }
    }
    // spec.chartRef names an OCIRepository or HelmChart, whose own version the flux-chart-source extractor reads.
    return [...facts, ...chartValuesFacts(ID, d, get(d, spec, 'values'))];
  },
};
