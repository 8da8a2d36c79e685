import type { Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { get, items, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factFromNode, factFromRaw } from './fact-at.js';

/** Installation pool encapsulation → [IPIP mode, VXLAN mode]; the mode not named is Never. */
const ENCAPSULATION: Readonly<Record<string, readonly [string, string]>> = {
  ipip: ['Always', 'Never'],
  ipipcrosssubnet: ['CrossSubnet', 'Never'],
  vxlan: ['Never', 'Always'],
  vxlancrosssubnet: ['Never', 'CrossSubnet'],
  none: ['Never', 'Never'],
};

/** linuxDataplane spellings → the catalog's values (data/facts.yaml). */
const DATAPLANES: Readonly<Record<string, string>> = { iptables: 'Iptables', bpf: 'BPF', nftables: 'Nftables', vpp: 'VPP' };

export function normalizeDataplane(raw: string): string | undefined {
  return DATAPLANES[raw.trim().toLowerCase()];
}

/** One `encapsulation` value as both pool modes, each placed at the value. */
export function encapsulationFacts(source: string, d: YamlDoc, node: Node | undefined, raw: string): Fact[] {
  const mode = (i: 0 | 1) => (s: string) => ENCAPSULATION[s.trim().toLowerCase()]?.[i];
  return [factFromRaw(source, d, node, 'calico.ipipMode', raw, mode(0)), factFromRaw(source, d, node, 'calico.vxlanMode', raw, mode(1))].filter(
    (f): f is Fact => f !== undefined,
  );
}

/**
 * The operator's `calicoNetwork` (an Installation's spec, or the tigera-operator chart's
 * `installation` values): every IP pool's encapsulation, and the Linux dataplane. Keys that are absent
 * give no fact: the operator's defaults apply, and the rules treat them as unset.
 */
export function calicoNetworkFacts(source: string, d: YamlDoc, calicoNetwork: Node | undefined): Fact[] {
  if (!calicoNetwork) return [];
  const facts: Fact[] = [];
  for (const pool of items(d, get(d, calicoNetwork, 'ipPools'))) {
    const node = get(d, pool, 'encapsulation');
    const raw = str(d, node);
    if (raw !== undefined) facts.push(...encapsulationFacts(source, d, node, raw));
  }
  const f = factFromNode(source, d, get(d, calicoNetwork, 'linuxDataplane'), 'calico.dataplane', normalizeDataplane);
  if (f) facts.push(f);
  return facts;
}
