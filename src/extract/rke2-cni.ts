import type { Node } from 'yaml';
import type { Fact, FactOrigin } from '../model/fact.js';
import { items, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { cniFact } from './installer-fact.js';

/**
 * RKE2's `cni:` choice (a string or a list; `multus` is a meta-plugin in front of the real one) as
 * `cluster.cni`: the RKE2 profile (data/installers/rke2.yaml) then supplies what that CNI deploys — the
 * rke2-calico chart's VXLAN pool and Felix override, or canal's policy-only Calico.
 */
export function rke2CniFacts(source: string, d: YamlDoc, node: Node | undefined, origin: FactOrigin = 'repository'): Fact[] {
  const list = items(d, node);
  const plugin = (list.length > 0 ? list : node ? [node] : []).find((n) => (str(d, n)?.trim().toLowerCase() ?? 'multus') !== 'multus');
  const f = cniFact(source, d, plugin, 'RKE2 cni');
  return f ? [origin === 'default' ? { ...f, origin } : f] : [];
}
