import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { installerB, textAt, extractB } from './sources-b-fixture.js';

/**
 * The existing extractors name the installer whose files they read (installer.name), its release when the
 * file holds it (installer.release, keyed by the installer) and the network plugin it is told to deploy
 * (cluster.cni): the context stage applies that installer's defaults (test/context/installer-defaults.test.ts).
 */
describe('installer facts from the extractors that recognise an installer', () => {
  it('k0sctl: k0s, its release as written at spec.k0s.version, the provider', () => {
    expect(installerB(EXTRACTORS, 'k0s-cluster-config/k0sctl.yaml')).toEqual([
      'installer.name=k0s @2:7',
      'installer.release=1.27.4+k0s.0[k0s] @11:14',
      'cluster.cni=calico @17:21',
    ]);
  });

  it("k0s ClusterConfig: k0s and each document's provider, no release", () => {
    expect(installerB(EXTRACTORS, 'k0s-cluster-config/k0s.yaml')).toEqual([
      'installer.name=k0s @2:7',
      'cluster.cni=calico @18:15',
      'installer.name=k0s @28:7',
      'cluster.cni=kuberouter @39:15',
    ]);
  });

  it('Kubespray inventory: kubespray at kube_network_plugin, which is also the CNI', () => {
    const path = 'kubespray-group-vars/inventory/prod/group_vars/k8s_cluster/k8s-cluster.yml';
    expect(installerB(EXTRACTORS, path)).toEqual(['installer.name=kubespray @8:22', 'cluster.cni=calico @8:22']);
    expect(installerB(EXTRACTORS, 'kubespray-group-vars/inventory/cilium/group_vars/k8s_cluster/k8s-cluster.yml')).toEqual([
      'installer.name=kubespray @2:22',
      'cluster.cni=cilium @2:22',
    ]);
  });

  it('kubean: the vars ConfigMap and the Manifest name kubean', () => {
    expect(installerB(EXTRACTORS, 'kubespray-group-vars/kubean-vars-conf.yml')).toEqual([
      'installer.name=kubean @10:26',
      'cluster.cni=calico @10:26',
      'installer.name=kubean @26:26',
      'cluster.cni=calico @26:26',
      // The ClusterOperation's spray-job image (its tag a placeholder here): read by the kubean extractor of item 4.
      'installer.name=kubean @35:10',
      'installer.release=<TAG>[kubean] @35:49',
    ]);
    expect(installerB(EXTRACTORS, 'kubean-manifest/manifest.cr.yaml')).toEqual(['installer.name=kubean @3:7']);
  });

  it('kubeasz config.yml names kubeasz at K8S_VER', () => {
    expect(installerB(EXTRACTORS, 'kubespray-kubeasz-config/config.yml')).toEqual(['installer.name=kubeasz @4:10']);
  });

  it('RKE cluster.yml: rke1, kubernetes_version as its release (Rancher suffix kept), network.plugin', () => {
    expect(installerB(EXTRACTORS, 'rke-cluster-yml/cluster.yml')).toEqual([
      'installer.name=rke1 @19:21',
      'installer.release=1.20.4-rancher1-1[rke1] @19:21',
      'cluster.cni=calico @13:11',
    ]);
  });

  it('RKE2 config.yaml has cni:, k3s config.yaml has not', () => {
    expect(installerB(EXTRACTORS, 'rke-rke2-config/config.yaml')).toEqual(['installer.name=rke2 @4:3', 'cluster.cni=calico @5:5']);
    expect(installerB(EXTRACTORS, 'rke-rke2-config/k3s-config.yaml')).toEqual(['installer.name=k3s @1:1']);
    expect(installerB(EXTRACTORS, 'rke-rke2-config/decoy.yaml')).toEqual([]);
  });

  it('kops, Cluster API and eksctl name their installer at the kind; kops its networking plugin', () => {
    const kops = installerB(EXTRACTORS, 'kops-cluster/clusters.yaml');
    expect(kops.slice(0, 2)).toEqual(['installer.name=kops @2:7', 'cluster.cni=calico @10:5']);
    expect(installerB(EXTRACTORS, 'capi-versions/cluster-template.yaml').slice(0, 2)).toEqual([
      'installer.name=cluster-api @2:7',
      'installer.name=cluster-api @11:7',
    ]);
    expect(installerB(EXTRACTORS, 'eksctl-cluster-config/cluster.yaml')).toEqual(['installer.name=eks @2:7', 'installer.name=eks @28:7']);
  });

  it('places point at the text they name', () => {
    const path = 'k0s-cluster-config/k0sctl.yaml';
    expect(extractB(EXTRACTORS, path).length).toBeGreaterThan(0);
    expect(textAt({ file: path, line: 11, column: 14 })).toBe('1.27.4+k0s.0');
    expect(textAt({ file: 'rke-cluster-yml/cluster.yml', line: 19, column: 21 })).toMatch(/^v1\.20\.4-rancher1-1/);
  });
});
