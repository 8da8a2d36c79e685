import type { Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { parseEmbedded } from '../parse/embedded.js';
import { get, kindOf, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factFromNode } from './fact-at.js';
import { calicoChartFact } from './helm-chart-version.js';
import { canalFacts, rke2CalicoDefaults } from './rke2-cni.js';
import { chartValuesFacts } from './tigera-values.js';
import type { YamlExtractor } from './types.js';

const ID = 'helm-cattle-chart';

/**
 * A HelmChartConfig names the packaged chart it configures: `rke2-calico` means RKE2 runs Calico with
 * the chart's own settings unless the values say otherwise (`felixConfiguration.featureDetectOverride`
 * is read here, `installation.calicoNetwork` by chartValuesFacts); `rke2-canal` means Calico runs for
 * policy only.
 */
function packagedChartFacts(d: YamlDoc, values: Node | undefined): Fact[] {
  const nameNode = get(d, d.doc.contents, 'metadata', 'name');
  const name = str(d, nameNode)?.trim();
  if (!nameNode || (name !== 'rke2-calico' && name !== 'rke2-canal')) return [];
  if (name === 'rke2-canal') return canalFacts(ID, d, nameNode);
  const override = parseEmbedded(d, values).flatMap((inner) => {
    const f = factFromNode(ID, inner, get(inner, inner.doc.contents, 'felixConfiguration', 'featureDetectOverride'), 'calico.featureDetectOverride', (s) => s.trim() || undefined, {
      note: 'rke2-calico felixConfiguration.featureDetectOverride',
    });
    return f ? [f] : [];
  });
  return [...rke2CalicoDefaults(ID, d, nameNode), ...override];
}

export const helmCattleChart: YamlExtractor = {
  id: ID,
  description:
    'k3s/RKE2 HelmChart and HelmChartConfig (helm.cattle.io): Calico chart version and valuesContent (e.g. rke2-calico installation.calicoNetwork, ' +
    'felixConfiguration.featureDetectOverride); rke2-calico brings the chart defaults, rke2-canal runs Calico for policy only',
  triggers: ['helm.cattle.io'],
  extract(d) {
    const { kind, apiVersion } = kindOf(d);
    if (!apiVersion?.startsWith('helm.cattle.io/') || (kind !== 'HelmChart' && kind !== 'HelmChartConfig')) return [];
    const spec = get(d, d.doc.contents, 'spec');
    const values = get(d, spec, 'valuesContent');
    const f = kind === 'HelmChart' ? calicoChartFact(ID, d, str(d, get(d, spec, 'chart')), get(d, spec, 'version')) : undefined;
    return [...(f ? [f] : []), ...chartValuesFacts(ID, d, values), ...(kind === 'HelmChartConfig' ? packagedChartFacts(d, values) : [])];
  },
};
