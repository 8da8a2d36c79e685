import { describe, expect, it } from 'vitest';
import { capiVersions } from '../../src/extract/capi-versions.js';
import { definitionsB, extractB, pin, textAt } from './sources-b-fixture.js';

describe('capi-versions', () => {
  const facts = extractB(capiVersions, 'capi-versions/cluster-template.yaml');

  it('reads every Cluster API version field; ${VAR} is unresolved, ${VAR:-default} gives the default', () => {
    expect(facts.map(pin)).toEqual([
      { name: 'kubernetes.version', value: '1.28.3', at: '8:14' },
      { name: 'kubernetes.version', value: '${KUBERNETES_VERSION}', at: '15:12', unresolved: true },
      { name: 'kubeProxy.disabled', value: 'true', at: '19:11' },
      { name: 'kubernetes.version', value: '1.28.3', at: '31:16' },
      { name: 'kubernetes.version', value: '1.27.9', at: '40:16' },
      { name: 'kubernetes.version', value: '1.27', at: '47:12' },
      { name: 'kubeProxy.version', value: '1.27.6-eksbuild.2', at: '52:16' },
    ]);
    expect(facts[3]?.note).toBe('default of ${KUBERNETES_VERSION:-v1.28.3}');
    expect(textAt(facts[2]?.place)).toBe('addon/kube-proxy');
    expect(textAt(facts[6]?.place)).toBe('v1.27.6-eksbuild.2');
  });

  it('a Cluster, a control plane, a MachineDeployment or a MachinePool each mark a cluster rooted at its folder (issue 9)', () => {
    expect(definitionsB(capiVersions, 'capi-versions/cluster-template.yaml')).toEqual([
      'capi-versions (Cluster API Cluster) @2:7',
      'capi-versions (Cluster API KubeadmControlPlane) @11:7',
      'capi-versions (Cluster API MachineDeployment) @25:7',
      'capi-versions (Cluster API MachinePool) @34:7',
      'capi-versions (Cluster API AWSManagedControlPlane) @43:7',
    ]);
  });
});
