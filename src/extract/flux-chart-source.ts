import type { Fact } from '../model/fact.js';
import { get, kindOf, str } from '../parse/walk.js';
import { calicoChartFact } from './helm-chart-version.js';
import type { YamlExtractor } from './types.js';

const ID = 'flux-chart-source';

export const fluxChartSource: YamlExtractor = {
  id: ID,
  description:
    'Flux chart sources a HelmRelease chartRef points at: OCIRepository (url …/tigera-operator, ref.tag or ref.semver) and HelmChart (chart, version)',
  triggers: ['source.toolkit.fluxcd.io'],
  extract(d) {
    const { kind, apiVersion } = kindOf(d);
    if (!apiVersion?.startsWith('source.toolkit.fluxcd.io/')) return [];
    const spec = get(d, d.doc.contents, 'spec');
    let chart: string | undefined;
    let versionNode;
    if (kind === 'OCIRepository') {
      chart = str(d, get(d, spec, 'url'));
      versionNode = get(d, spec, 'ref', 'tag') ?? get(d, spec, 'ref', 'semver');
    } else if (kind === 'HelmChart') {
      chart = str(d, get(d, spec, 'chart'));
      versionNode = get(d, spec, 'version');
    }
    const f = calicoChartFact(ID, d, chart, versionNode);
    return f ? [f] : ([] as Fact[]);
  },
};
