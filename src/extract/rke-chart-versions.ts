import { isCalicoChartVersion } from '../knowledge/operator-calico.js';
import type { Fact } from '../model/fact.js';
import { get, items, str } from '../parse/walk.js';
import { factAt } from './fact-at.js';
import type { YamlExtractor } from './types.js';
import { isPlaceholder } from './values.js';

const ID = 'rke-chart-versions';

/**
 * RKE2's `charts/chart_versions.yaml` lists the charts one RKE2 release bundles. rke2-calico's version
 * (`v3.32.100` = Calico 3.32.1, see src/knowledge/operator-calico.ts) is the Calico a cluster gets when it
 * chooses `cni: calico`; the file does not say which CNI is active, so the fact is a default.
 */
export const rkeChartVersions: YamlExtractor = {
  id: ID,
  description: 'RKE2 charts/chart_versions.yaml: the bundled rke2-calico chart version decoded to its Calico version (a default)',
  triggers: ['rke2-calico'],
  extract(d) {
    const facts: Fact[] = [];
    for (const chart of items(d, get(d, d.doc.contents, 'charts'))) {
      const file = /(?:^|\/)(rke2-calico)\.yaml$/.exec(str(d, get(d, chart, 'filename'))?.trim() ?? '');
      const node = get(d, chart, 'version');
      const raw = str(d, node);
      if (!file?.[1] || raw === undefined || isPlaceholder(raw)) continue;
      // Recognition only: the Calico version is decoded in the context stage (src/context/decode.ts).
      if (!isCalicoChartVersion(file[1], raw)) continue;
      const f = factAt(ID, d, node, 'calico.version', raw, { origin: 'default' });
      facts.push({ ...f, decode: { as: 'calico-chart', chart: file[1], form: 'rke' } });
    }
    return facts;
  },
};
