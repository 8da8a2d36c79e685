import type { Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { parseEmbedded } from '../parse/embedded.js';
import { get, kindOf, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factAt, factFromNode } from './fact-at.js';
import { calicoChartFact } from './helm-chart-version.js';
import { installerNameFact } from './installer-fact.js';
import { chartValuesFacts } from './tigera-values.js';
import type { YamlExtractor } from './types.js';

const ID = 'helm-cattle-chart';

/**
 * A HelmChartConfig names the packaged chart it configures, so RKE2 and its CNI: `rke2-calico` (the
 * profile's rke2-calico defaults apply where the values are silent; `felixConfiguration.featureDetectOverride`
 * is read here, `installation.calicoNetwork` by chartValuesFacts) or `rke2-canal` (Calico for policy only).
 */
function packagedChartFacts(d: YamlDoc, values: Node | undefined): Fact[] {
  const nameNode = get(d, d.doc.contents, 'metadata', 'name');
  const name = str(d, nameNode)?.trim();
  if (!nameNode || (name !== 'rke2-calico' && name !== 'rke2-canal')) return [];
  const cni = name.slice('rke2-'.length);
  const facts: Fact[] = [
    installerNameFact(ID, d, nameNode, 'rke2', `HelmChartConfig ${name}`),
    factAt(ID, d, nameNode, 'cluster.cni', cni, { note: `HelmChartConfig ${name}: RKE2 runs ${cni}` }),
  ];
  if (name === 'rke2-canal') return facts;
  for (const inner of parseEmbedded(d, values)) {
    const f = factFromNode(
      ID,
      inner,
      get(inner, inner.doc.contents, 'felixConfiguration', 'featureDetectOverride'),
      'calico.featureDetectOverride',
      (s) => s.trim() || undefined,
      {
        note: 'rke2-calico felixConfiguration.featureDetectOverride',
      },
    );
    if (f) facts.push(f);
  }
  return facts;
}

export const helmCattleChart: YamlExtractor = {
  id: ID,
  description:
    'k3s/RKE2 HelmChart and HelmChartConfig (helm.cattle.io): Calico chart version and valuesContent (e.g. rke2-calico installation.calicoNetwork, ' +
    'felixConfiguration.featureDetectOverride); rke2-calico / rke2-canal name RKE2 and its CNI',
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
