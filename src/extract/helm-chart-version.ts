import type { Node } from 'yaml';
import { isCalicoChart, isCalicoChartVersion } from '../knowledge/operator-calico.js';
import type { Fact } from '../model/fact.js';
import { str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factAt } from './fact-at.js';
import { envDefault, isPlaceholder } from './values.js';

/** Semver ranges and wildcards: the chart exists, but which release it resolves to is not written. */
const RANGE = /^[~^<>=*]|\.[x*](\.|$)|\s|\|\|/i;

/**
 * `calico.version` from the version of a chart that installs Calico (tigera-operator, rke2-calico,
 * rke2-canal), placed at the version. A placeholder or a range is unresolved; a version of another
 * scheme (the source tree's `v0.0`, a third-party chart's own numbering) gives nothing.
 */
export function chartVersionFact(source: string, d: YamlDoc, node: Node | undefined, chart: string, raw: string): Fact | undefined {
  const dflt = envDefault(raw);
  if (dflt === undefined && isPlaceholder(raw)) return { ...factAt(source, d, node, 'calico.version', raw), unresolved: true };
  const text = (dflt ?? raw).trim();
  // Recognition only: the Calico version the chart version stands for is decoded in context/decode.ts.
  if (isCalicoChartVersion(chart, text)) {
    const f = factAt(source, d, node, 'calico.version', text, { raw });
    return { ...f, decode: { as: 'calico-chart', chart, ...(dflt === undefined ? {} : { before: `default of ${raw}` }) } };
  }
  if (RANGE.test(text)) {
    return {
      ...factAt(source, d, node, 'calico.version', raw, { note: `${chart} chart version range: the installed release is not fixed` }),
      unresolved: true,
    };
  }
  return undefined;
}

/** A chart name as Helm tools write it: "tigera-operator", "projectcalico/tigera-operator", an OCI URL. */
export function chartName(ref: string): string {
  return ref.trim().replace(/\/+$/, '').split('/').pop()?.split(':')[0] ?? '';
}

/** `chartVersionFact` for a chart reference and the node of its version, when the chart installs Calico. */
export function calicoChartFact(source: string, d: YamlDoc, chart: string | undefined, versionNode: Node | undefined): Fact | undefined {
  const version = str(d, versionNode);
  if (chart === undefined || version === undefined || !isCalicoChart(chartName(chart))) return undefined;
  return chartVersionFact(source, d, versionNode, chartName(chart), version);
}
