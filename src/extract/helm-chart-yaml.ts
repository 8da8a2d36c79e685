import type { Fact } from '../model/fact.js';
import { isCalicoChart } from '../knowledge/operator-calico.js';
import { get, items, str } from '../parse/walk.js';
import { factAt } from './fact-at.js';
import { chartVersionFact } from './helm-chart-version.js';
import type { YamlExtractor } from './types.js';

const ID = 'helm-chart-yaml';

export const helmChartYaml: YamlExtractor = {
  id: ID,
  description: "Helm Chart.yaml: the tigera-operator (or rke2-calico) chart's version or appVersion, and dependencies on it",
  triggers: ['tigera-operator', 'rke2-calico', 'rke2-canal'],
  paths: /(^|\/)Chart\.ya?ml$/,
  extract(d) {
    const root = d.doc.contents;
    const facts: Fact[] = [];
    const name = str(d, get(d, root, 'name'))?.trim();
    if (name && isCalicoChart(name)) {
      // The upstream source tree says `version: v0.0` until packaging: then appVersion, or nothing.
      for (const key of ['version', 'appVersion']) {
        const node = get(d, root, key);
        const raw = str(d, node);
        const f = raw === undefined ? undefined : chartVersionFact(ID, d, node, name, raw);
        if (f) {
          facts.push(f);
          break;
        }
        // Third-party tigera-operator charts carry their own version and the operator's as appVersion.
        if (key === 'appVersion' && raw !== undefined && /^v?1\.\d+\.\d+$/.test(raw.trim())) {
          facts.push(
            factAt(ID, d, node, 'calico.operatorVersion', raw.trim().replace(/^v/, ''), { raw, note: 'chart appVersion (the tigera/operator release)' }),
          );
        }
      }
    }
    for (const dep of items(d, get(d, root, 'dependencies'))) {
      const depName = str(d, get(d, dep, 'name'))?.trim();
      const node = get(d, dep, 'version');
      const raw = str(d, node);
      if (!depName || raw === undefined || !isCalicoChart(depName)) continue;
      const f = chartVersionFact(ID, d, node, depName, raw);
      if (f) facts.push(f);
    }
    return facts;
  },
};
