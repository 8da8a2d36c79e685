import { describe, expect, it } from 'vitest';
import { nodeList } from '../../src/extract/node-list.js';
import { extractB, pin, textAt } from './sources-b-fixture.js';

describe('node-list', () => {
  it('reads every Linux node of a kubectl List: kubelet, running kernel, OS; skips Windows; kubeProxyVersion is not kube-proxy', () => {
    const facts = extractB(nodeList, 'node-list/nodes.yaml');
    // kubeProxyVersion (14:27) is written by the kubelet with its own version: never a kube-proxy fact (issue 9).
    expect(facts.map(pin)).toEqual([
      { name: 'kubernetes.version', value: '1.28.3', at: '15:25' },
      { name: 'node.kernel', value: '5.14.0-362.24.1.el9_3.x86_64', at: '13:24' },
      { name: 'node.os', value: 'rocky-9.4', at: '17:18' },
      { name: 'kubernetes.version', value: '1.28.3', at: '26:25' },
      { name: 'node.kernel', value: '3.10.0-1160.el7.x86_64', at: '24:24' },
      { name: 'node.os', value: 'centos-7', at: '28:18' },
    ]);
    expect(facts[2]?.note).toBe('node worker-rocky: Rocky Linux 9.4 (Blue Onyx) → Rocky Linux 9.4');
    expect(textAt(facts[4]?.place)).toBe('3.10.0-1160.el7.x86_64');
    expect(facts.some((f) => f.name === 'kubeProxy.version')).toBe(false);
  });

  it('reads a single Node in JSON; kubeProxyVersion v0.0.0 is no version; Bottlerocket names its Kubernetes minor', () => {
    const facts = extractB(nodeList, 'node-list/node.json');
    expect(facts.map(pin)).toEqual([
      { name: 'kubernetes.version', value: '1.30.2-eks-1552ad0', at: '9:25' },
      { name: 'node.kernel', value: '6.1.102-111.182.amzn2023.x86_64', at: '7:24' },
      { name: 'node.os', value: 'bottlerocket-1.30', at: '11:18' },
    ]);
  });

  it('uses kubeProxyVersion only as the cluster version, when kubeletVersion is missing', () => {
    const facts = extractB(nodeList, 'node-list/kubelet-missing.yaml');
    expect(facts.filter((f) => f.name !== 'node.kernel').map(pin)).toEqual([{ name: 'kubernetes.version', value: '1.27.3', at: '10:23' }]);
    expect(facts[0]?.note).toBe("node old-worker kubeProxyVersion, which the kubelet writes with its own version: the cluster version, not kube-proxy's");
  });
});
