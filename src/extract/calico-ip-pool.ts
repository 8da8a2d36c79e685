import type { Fact, FactName } from '../model/fact.js';
import { get, str } from '../parse/walk.js';
import { factAt, factFromRaw } from './fact-at.js';
import { isCalicoApi, objectsOfKind } from './objects.js';
import type { YamlExtractor } from './types.js';
import { normalizeEncapMode } from './values.js';

const ID = 'calico-ip-pool';

const MODES: [string, FactName][] = [
  ['ipipMode', 'calico.ipipMode'],
  ['vxlanMode', 'calico.vxlanMode'],
];

/** IPPool resources. A mode left out of a declared pool is Never (Calico's default), as a default fact. */
export const calicoIpPool: YamlExtractor = {
  id: ID,
  description: 'Calico IPPool resources: ipipMode and vxlanMode (Never when a declared pool leaves them out)',
  triggers: [],
  kinds: ['IPPool'],
  extract(d) {
    const facts: Fact[] = [];
    for (const o of objectsOfKind(d, 'IPPool', isCalicoApi)) {
      const spec = get(d, o.node, 'spec');
      if (str(d, get(d, spec, 'disabled')) === 'true') continue;
      const pool = `IPPool ${o.name ?? '(unnamed)'}`;
      for (const [key, fact] of MODES) {
        const node = get(d, spec, key);
        const raw = str(d, node);
        if (raw === undefined) {
          facts.push(factAt(ID, d, get(d, o.node, 'kind'), fact, 'Never', { origin: 'default', note: `${pool} does not set ${key}: Never` }));
          continue;
        }
        const f = factFromRaw(ID, d, node, fact, raw, normalizeEncapMode, { note: pool });
        if (f) facts.push(f);
      }
    }
    return facts;
  },
};
