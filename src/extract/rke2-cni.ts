import type { Node } from 'yaml';
import type { Fact, FactOrigin } from '../model/fact.js';
import { items, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factAt } from './fact-at.js';

/** rancher/rke2-charts, packages/rke2-calico/generated-changes/patch/values.yaml.patch (commit 262e21a4). */
const RKE2_CALICO_REF = 'rke2-calico chart values (rancher/rke2-charts packages/rke2-calico values.yaml.patch)';

/**
 * What RKE2's `cni:` choice deploys, as defaults (a HelmChartConfig or the repository's own Calico settings
 * win):
 * - `calico`: the rke2-calico chart, the tigera-operator with an IPPool in VXLAN (Always) and Felix
 *   `featureDetectOverride: ChecksumOffloadBroken=true`, in the iptables dataplane. The override was added
 *   to the chart on 2021-08-23; the first RKE2 release carrying it is UNVERIFIED (older releases ran
 *   without it; the rules only use this value to rule a finding out, never to raise one).
 * - `canal`: flannel (VXLAN) carries pod traffic and Calico runs for policy only: no Calico pool is
 *   encapsulated, so the Calico encapsulation rules do not apply.
 */
export function rke2CniFacts(source: string, d: YamlDoc, node: Node | undefined, origin: FactOrigin = 'repository'): Fact[] {
  const list = items(d, node);
  const values = (list.length > 0 ? list : node ? [node] : []).map((n) => ({ n, v: str(d, n)?.trim().toLowerCase() }));
  const calico = values.find((x) => x.v === 'calico')?.n;
  const canal = values.find((x) => x.v === 'canal')?.n;
  return [...(calico ? rke2CalicoDefaults(source, d, calico) : []), ...(canal && !calico ? canalFacts(source, d, canal, origin) : [])];
}

/** The rke2-calico chart's own settings, as defaults placed at `node` (what names the chart). */
export function rke2CalicoDefaults(source: string, d: YamlDoc, node: Node): Fact[] {
  const note = `RKE2 cni: calico deploys the rke2-calico chart; ${RKE2_CALICO_REF}`;
  return [
    factAt(source, d, node, 'calico.dataplane', 'Iptables', { origin: 'default', note: "RKE2 cni: calico, in the chart's default iptables dataplane" }),
    factAt(source, d, node, 'calico.vxlanMode', 'Always', { origin: 'default', note: `${note}: IPPool encapsulation VXLAN` }),
    factAt(source, d, node, 'calico.ipipMode', 'Never', { origin: 'default', note: `${note}: IPPool encapsulation VXLAN` }),
    factAt(source, d, node, 'calico.featureDetectOverride', 'ChecksumOffloadBroken=true', {
      origin: 'default',
      note: `${note}: felixConfiguration.featureDetectOverride (in the chart since 2021-08-23; first RKE2 release UNVERIFIED)`,
    }),
  ];
}

/** Canal: flannel VXLAN carries pod traffic and Calico runs for policy only, so no Calico pool is encapsulated. */
export function canalFacts(source: string, d: YamlDoc, node: Node, origin: FactOrigin = 'repository'): Fact[] {
  return (['calico.ipipMode', 'calico.vxlanMode'] as const).map((name) =>
    factAt(source, d, node, name, 'Never', { origin, note: 'canal: flannel VXLAN carries pod traffic, Calico runs for policy only (no Calico encapsulation)' }),
  );
}
