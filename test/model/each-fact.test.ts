import { describe, expect, it } from 'vitest';
import { eachFact, factTree, nearestPlace, type Fact } from '../../src/model/fact.js';

// The conflict notes walk every result's evidence tree without making a list: the same facts in the same order.
describe('eachFact', () => {
  const at = (file: string) => ({ file, line: 1, column: 1 });
  const os: Fact = { name: 'node.os', value: 'centos-7.9', origin: 'repository', source: 't', place: at('nodes.yaml') };
  const kernel: Fact = { name: 'node.kernel', value: '3.10', origin: 'derived', source: 'derive:k', derivedFrom: [os] };
  const k8s: Fact = { name: 'kubernetes.version', value: '1.27.3', origin: 'repository', source: 't', place: at('kubeadm.yaml') };
  const proxy: Fact = { name: 'kubeProxy.version', value: '1.27.3', origin: 'derived', source: 'derive:p', derivedFrom: [k8s, kernel] };

  it('visits what factTree lists, in its order', () => {
    const seen: Fact[] = [];
    eachFact([proxy, kernel, k8s], (f) => seen.push(f));
    expect(seen).toEqual(factTree([proxy, kernel, k8s]).map((x) => x.fact));
    expect(seen).toEqual([proxy, k8s, kernel, os, kernel, os, k8s]);
  });

  it("nearestPlace: the fact's own place, else the shallowest along its derivation", () => {
    expect(nearestPlace(k8s)).toBe(k8s.place);
    expect(nearestPlace(kernel)).toBe(os.place);
    expect(nearestPlace(proxy)).toBe(k8s.place);
  });
});
