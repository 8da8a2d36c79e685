import { describe, expect, it } from 'vitest';
import { argocdApplication } from '../../src/extract/argocd-application.js';
import { extractA, pin, textAt } from './sources-a-fixture.js';

describe('argocd-application', () => {
  const facts = extractA(argocdApplication, 'argocd-application/calico.yaml');

  it('reads targetRevision, helm.values (placed line by line in the outer file), valuesObject and parameters', () => {
    expect(facts.map(pin)).toEqual([
      { name: 'calico.version', value: '3.28.0', at: '11:21' },
      { name: 'calico.ipipMode', value: 'CrossSubnet', at: '19:32' },
      { name: 'calico.vxlanMode', value: 'Never', at: '19:32' },
      { name: 'calico.dataplane', value: 'BPF', at: '16:29' },
      { name: 'calico.operatorVersion', value: '1.34.1', at: '22:18' },
      // sources[]: the parameter replaces the valuesObject encapsulation (VXLAN), as helm --set does.
      { name: 'calico.version', value: '3.29.2', at: '35:23' },
      { name: 'calico.ipipMode', value: 'Never', at: '45:20' },
      { name: 'calico.vxlanMode', value: 'Never', at: '45:20' },
      // ApplicationSet: a templated revision is unresolved; a quoted values string places its facts at the string.
      { name: 'calico.version', value: '{{ .calicoVersion }}', at: '59:25', unresolved: true },
      { name: 'calico.dataplane', value: 'Nftables', at: '61:19' },
    ]);
    expect([textAt(facts[1]?.place), textAt(facts[3]?.place), textAt(facts[6]?.place)]).toEqual(['IPIPCrossSubnet', 'BPF', 'None']);
  });
});
