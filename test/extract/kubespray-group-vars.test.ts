import { describe, expect, it } from 'vitest';
import { kubesprayGroupVars } from '../../src/extract/kubespray-group-vars.js';
import { definitionsB, extractB, pin, textAt } from './sources-b-fixture.js';

const DIR = 'kubespray-group-vars/';

describe('kubespray-group-vars', () => {
  it("reads group_vars at the value; the cluster file gets Kubespray's Calico default dataplane", () => {
    const facts = extractB(kubesprayGroupVars, `${DIR}inventory/prod/group_vars/k8s_cluster/k8s-cluster.yml`);
    expect(facts.map(pin)).toEqual([
      { name: 'kubernetes.version', value: '1.28.3', at: '3:15' },
      { name: 'kubeProxy.mode', value: 'iptables', at: '13:18' },
      { name: 'apiserver.admissionPlugins', value: 'NodeRestriction', at: '8:22', origin: 'default' },
      { name: 'calico.dataplane', value: 'Iptables', at: '8:22', origin: 'default' },
    ]);
    expect(textAt(facts[1]?.place)).toBe('iptables');
    expect(facts[0]?.raw).toBe('v1.28.3');
  });

  it('reads the Calico settings, normalised, and never the commented ones', () => {
    const facts = extractB(kubesprayGroupVars, `${DIR}inventory/prod/group_vars/k8s_cluster/k8s-net-calico.yml`);
    expect(facts.map(pin)).toEqual([
      { name: 'calico.version', value: '3.26.4', at: '3:17' },
      { name: 'calico.ipipMode', value: 'Never', at: '6:19' },
      { name: 'calico.vxlanMode', value: 'Always', at: '7:20' },
      { name: 'calico.iptablesBackend', value: 'NFT', at: '8:26' },
      { name: 'calico.featureDetectOverride', value: 'ChecksumOffloadBroken=true', at: '9:33' },
    ]);
    expect(textAt(facts[4]?.place)).toMatch(/^"ChecksumOffloadBroken=true"/);
  });

  it('invents no Calico facts where another plugin is named; Jinja is unresolved; kube_proxy_remove disables', () => {
    const facts = extractB(kubesprayGroupVars, `${DIR}inventory/cilium/group_vars/k8s_cluster/k8s-cluster.yml`);
    expect(facts.map(pin)).toEqual([
      { name: 'kubernetes.version', value: '{{ kube_version_override }}', at: '1:15', unresolved: true },
      { name: 'kubeProxy.disabled', value: 'true', at: '3:20' },
      { name: 'apiserver.admissionPlugins', value: 'NodeRestriction', at: '2:22', origin: 'default' },
    ]);
  });

  it('labels role defaults as defaults', () => {
    const facts = extractB(kubesprayGroupVars, `${DIR}roles/kubespray-defaults/defaults/main/main.yml`);
    expect(facts.map(pin)).toEqual([
      { name: 'kubernetes.version', value: '1.29.2', at: '3:15', origin: 'default' },
      { name: 'kubeProxy.mode', value: 'ipvs', at: '4:18', origin: 'default' },
      { name: 'calico.version', value: '3.27.3', at: '5:17', origin: 'default' },
      { name: 'calico.ipipMode', value: "{{ 'Always' if ipip else 'Never' }}", at: '6:19', origin: 'default', unresolved: true },
    ]);
  });

  it('reads kubean vars ConfigMaps through the embedded group_vars.yml, placed in the outer file', () => {
    const facts = extractB(kubesprayGroupVars, `${DIR}kubean-vars-conf.yml`);
    expect(facts.map(pin)).toEqual([
      { name: 'kubernetes.version', value: '1.27.6', at: '8:19' },
      { name: 'calico.featureDetectOverride', value: 'ChecksumOffloadBroken=true', at: '11:37' },
      { name: 'kubeProxy.mode', value: 'ipvs', at: '10:26', origin: 'default' },
      { name: 'apiserver.admissionPlugins', value: 'NodeRestriction', at: '10:26', origin: 'default' },
      { name: 'calico.dataplane', value: 'Iptables', at: '10:26', origin: 'default' },
      { name: 'kubeProxy.mode', value: 'ipvs', at: '26:26', origin: 'default' },
      { name: 'apiserver.admissionPlugins', value: 'NodeRestriction', at: '26:26', origin: 'default' },
      { name: 'calico.dataplane', value: 'Iptables', at: '26:26', origin: 'default' },
    ]);
    expect(textAt(facts[0]?.place)).toBe('"1.27.6"');
    expect(textAt(facts[5]?.place)).toBe('calico');
    expect(facts[2]?.note).toContain('Kubespray default kube_proxy_mode');
  });

  it('ignores Kubernetes objects and nested keys', () => {
    expect(extractB(kubesprayGroupVars, `${DIR}decoys.yaml`)).toEqual([]);
  });

  it('defines a cluster rooted at the inventory (above group_vars/); role defaults define none', () => {
    expect(definitionsB(kubesprayGroupVars, `${DIR}inventory/prod/group_vars/k8s_cluster/k8s-cluster.yml`)).toEqual([
      'kubespray-group-vars/inventory/prod (Kubespray inventory) @8:22',
    ]);
    expect(definitionsB(kubesprayGroupVars, `${DIR}inventory/prod/group_vars/k8s_cluster/k8s-net-calico.yml`)).toEqual([
      'kubespray-group-vars/inventory/prod (Kubespray inventory) @3:1',
    ]);
    expect(definitionsB(kubesprayGroupVars, `${DIR}roles/kubespray-defaults/defaults/main/main.yml`)).toEqual([]);
    expect(definitionsB(kubesprayGroupVars, `${DIR}kubean-vars-conf.yml`)).toEqual([
      'kubespray-group-vars (kubean vars ConfigMap) @10:26',
      'kubespray-group-vars (kubean vars ConfigMap) @26:26',
    ]);
  });
});

describe('kubespray-group-vars: kube-proxy replaced', () => {
  it("Cilium's kube-proxy replacement removes kube-proxy; kube-router's service proxy counts only with kube-router", () => {
    const cilium = extractB(kubesprayGroupVars, `${DIR}inventory/edge/group_vars/k8s_cluster/k8s-net-cilium.yml`);
    expect(cilium.map(pin)).toEqual([{ name: 'kubeProxy.disabled', value: 'true', at: '3:32' }]);
    expect(textAt(cilium[0]?.place)).toBe('strict');
    expect(extractB(kubesprayGroupVars, `${DIR}inventory/edge/group_vars/k8s_cluster/k8s-net-kube-router.yml`).map(pin)).not.toContainEqual(
      expect.objectContaining({ name: 'kubeProxy.disabled' }),
    );
  });
});
