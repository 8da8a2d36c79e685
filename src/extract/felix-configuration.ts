import type { Fact } from '../model/fact.js';
import { get, str } from '../parse/walk.js';
import { factAt, factFromNode, factFromRaw } from './fact-at.js';
import { isCalicoApi, objectsOfKind } from './objects.js';
import type { YamlExtractor } from './types.js';
import { normalizeIptablesBackend, normalizeNftablesMode } from './values.js';

const ID = 'felix-configuration';

/**
 * FelixConfiguration resources (not the CRD that describes them). `default` applies to every node;
 * `node.<name>` ones to one node, which the note says.
 */
export const felixConfiguration: YamlExtractor = {
  id: ID,
  description: 'Calico FelixConfiguration resources: iptablesBackend, featureDetectOverride, nftablesMode, bpfEnabled',
  triggers: [],
  kinds: ['FelixConfiguration'],
  extract(d) {
    const facts: Fact[] = [];
    for (const o of objectsOfKind(d, 'FelixConfiguration', isCalicoApi)) {
      const spec = get(d, o.node, 'spec');
      const scope = o.name === undefined || o.name === 'default' ? {} : { note: `FelixConfiguration ${o.name} (one node only)` };
      const b = factFromNode(ID, d, get(d, spec, 'iptablesBackend'), 'calico.iptablesBackend', normalizeIptablesBackend, scope);
      if (b) facts.push(b);
      const overrideNode = get(d, spec, 'featureDetectOverride');
      const override = str(d, overrideNode)?.trim();
      const o2 = override ? factFromRaw(ID, d, overrideNode, 'calico.featureDetectOverride', override, (s) => s, scope) : undefined;
      if (o2) facts.push(o2);
      const n = factFromNode(ID, d, get(d, spec, 'nftablesMode'), 'calico.nftablesMode', normalizeNftablesMode, scope);
      if (n) facts.push(n);
      // nftablesMode Enabled is the nftables dataplane (Installation linuxDataplane Nftables sets it).
      if (n?.value === 'Enabled' && !n.unresolved)
        facts.push({ ...n, name: 'calico.dataplane', value: 'Nftables', note: 'FelixConfiguration nftablesMode Enabled' });
      const bpfNode = get(d, spec, 'bpfEnabled');
      if (str(d, bpfNode)?.toLowerCase() === 'true') facts.push(factAt(ID, d, bpfNode, 'calico.dataplane', 'BPF', { raw: 'bpfEnabled: true', ...scope }));
    }
    return facts;
  },
};
