import type { Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { isCalicoChart } from '../knowledge/operator-calico.js';
import { get, items, kindOf, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factFromRaw } from './fact-at.js';
import { chartName, chartVersionFact } from './helm-chart-version.js';
import { encapsulationFacts, normalizeDataplane } from './tigera-calico-network.js';
import { chartValuesFacts } from './tigera-values.js';
import type { YamlExtractor } from './types.js';
import { normalizeVersion } from './values.js';

const ID = 'argocd-application';

/** `helm.parameters` entries (`--set` style) that the tigera-operator chart reads. */
function parameterFacts(d: YamlDoc, helm: Node | undefined): Fact[] {
  const facts: (Fact | undefined)[] = [];
  for (const p of items(d, get(d, helm, 'parameters'))) {
    const name = str(d, get(d, p, 'name'))?.trim();
    const node = get(d, p, 'value');
    const value = str(d, node);
    if (!name || value === undefined) continue;
    if (name === 'installation.calicoNetwork.linuxDataplane') facts.push(factFromRaw(ID, d, node, 'calico.dataplane', value, normalizeDataplane));
    else if (/^installation\.calicoNetwork\.ipPools\[\d+\]\.encapsulation$/.test(name)) facts.push(...encapsulationFacts(ID, d, node, value));
    else if (name === 'tigeraOperator.version') facts.push(factFromRaw(ID, d, node, 'calico.operatorVersion', value, normalizeVersion));
    else if (name === 'calicoctl.tag') facts.push(factFromRaw(ID, d, node, 'calico.version', value, normalizeVersion));
  }
  return facts.filter((f): f is Fact => f !== undefined);
}

/** One `source` of an Application: the chart's version when it installs Calico, and the Helm values. */
function sourceFacts(d: YamlDoc, source: Node): Fact[] {
  const facts: Fact[] = [];
  const chart = str(d, get(d, source, 'chart'));
  if (chart !== undefined && isCalicoChart(chartName(chart))) {
    const node = get(d, source, 'targetRevision');
    const f = chartVersionFact(ID, d, node, chartName(chart), str(d, node) ?? '*');
    if (f) facts.push(f);
  }
  const helm = get(d, source, 'helm');
  const values = [...chartValuesFacts(ID, d, get(d, helm, 'values')), ...chartValuesFacts(ID, d, get(d, helm, 'valuesObject'))];
  // Parameters are Helm's --set: they win over the values for what they set.
  const params = parameterFacts(d, helm);
  const set = new Set(params.map((p) => p.name));
  return [...facts, ...values.filter((f) => !set.has(f.name)), ...params];
}

export const argocdApplication: YamlExtractor = {
  id: ID,
  description:
    'Argo CD Application / ApplicationSet: spec.source(s) chart and targetRevision of tigera-operator (= Calico version), helm.values (a YAML string), helm.valuesObject, helm.parameters',
  triggers: ['argoproj.io'],
  extract(d) {
    const { kind, apiVersion } = kindOf(d);
    if (!apiVersion?.startsWith('argoproj.io/')) return [];
    const spec =
      kind === 'Application' ? get(d, d.doc.contents, 'spec') : kind === 'ApplicationSet' ? get(d, d.doc.contents, 'spec', 'template', 'spec') : undefined;
    if (!spec) return [];
    const sources = [get(d, spec, 'source'), ...items(d, get(d, spec, 'sources'))].filter((s): s is Node => s !== undefined);
    return sources.flatMap((s) => sourceFacts(d, s));
  },
};
