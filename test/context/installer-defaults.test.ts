import { describe, expect, it } from 'vitest';
import { buildContexts } from '../../src/context/build-contexts.js';
import { applyInstallerDefaults } from '../../src/context/installer-defaults.js';
import { installerProfiles } from '../../src/knowledge/installers.js';
import type { Fact, FactName } from '../../src/model/fact.js';

const at = (line: number, column: number, file = 'ci/install.sh') => ({ file, line, column });

function named(installer: string, note = `${installer} files`, place = at(1, 1)): Fact {
  return { name: 'installer.name', value: installer, origin: 'repository', source: 'test', note, place };
}

function release(installer: string, value: string, note: string, place = at(4, 31)): Fact {
  return { name: 'installer.release', value, key: installer, origin: 'repository', source: 'test', note, place };
}

function fact(name: FactName, value: string, place = at(9, 3, 'inventory/group_vars/all.yml')): Fact {
  return { name, value, origin: 'repository', source: 'test', place };
}

/** The cluster's facts after precedence, installer defaults and derivations. */
function context(facts: Fact[], explicit: Fact[] = []): Fact[] {
  return buildContexts(facts, explicit)[0]!.facts;
}

function get(facts: Fact[], name: FactName): Fact | undefined {
  return facts.find((f) => f.name === name);
}

function values(facts: Fact[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of facts) if (!f.name.startsWith('installer.') && f.name !== 'cluster.cni') out[f.name] = f.unresolved ? `?${f.value}` : f.value;
  return out;
}

describe('installer profiles', () => {
  it('cover every installer of the issue, each loaded and valid', () => {
    expect([...installerProfiles().keys()].sort()).toEqual([
      'aks',
      'cluster-api',
      'eks',
      'gke',
      'k0s',
      'k3s',
      'kind',
      'kops',
      'kubeadm',
      'kubean',
      'kubeasz',
      'kubekey',
      'kubeone',
      'kubespray',
      'microk8s',
      'rke1',
      'rke2',
      'talos',
    ]);
  });

  it('list every Kubespray release from v2.10.0 to v2.31.0 (v2.10.1 and v2.10.2 were never tagged)', () => {
    const rel = installerProfiles()
      .get('kubespray')!
      .releases.map((r) => r.release);
    expect(rel[0]).toBe('2.10.0');
    expect(rel.at(-1)).toBe('2.31.0');
    for (let m = 10; m <= 31; m++) expect(rel.some((r) => r.startsWith(`2.${m}.`))).toBe(true);
    expect(rel.slice(0, 3)).toEqual(['2.10.0', '2.10.3', '2.10.4']);
    expect(rel.filter((r) => r.startsWith('2.12.'))).toHaveLength(11);
    expect(rel.filter((r) => r.startsWith('2.13.'))).toEqual(['2.13.0', '2.13.1', '2.13.2', '2.13.3', '2.13.4']);
    expect(rel).toContain('2.18.2');
    expect(rel).toContain('2.23.3');
  });
});

describe('a repository naming only the installer release', () => {
  it('Kubespray v2.18.2: Kubernetes, Calico, IPIP Always, Legacy backend, ipvs, with the evidence line', () => {
    const facts = context([named('kubespray'), release('kubespray', '2.18.2', 'Kubespray release from the image tag')]);
    expect(values(facts)).toMatchObject({
      'kubernetes.version': '1.22.8',
      'kubeProxy.version': '1.22.8',
      'kubeProxy.mode': 'ipvs',
      'calico.version': '3.20.3',
      'calico.kubeControllersVersion': '3.20.3',
      'calico.ipipMode': 'Always',
      'calico.vxlanMode': 'Never',
      'calico.iptablesBackend': 'Legacy',
      'calico.dataplane': 'Iptables',
    });
    const calico = get(facts, 'calico.version')!;
    expect(calico.origin).toBe('default');
    expect(calico.note).toBe(
      'default of Kubespray v2.18.2: bundled Calico v3.20.3; Kubespray release from Kubespray release from the image tag at ci/install.sh:4:31',
    );
    expect(calico.place).toEqual(at(4, 31));
    expect(calico.derivedFrom?.[0]?.name).toBe('installer.release');
  });

  it('Kubespray v2.19.0 switches to VXLAN Always and the Auto backend', () => {
    const facts = context([named('kubespray'), release('kubespray', '2.19.0', 'image tag')]);
    expect(values(facts)).toMatchObject({
      'calico.version': '3.22.3',
      'calico.ipipMode': 'Never',
      'calico.vxlanMode': 'Always',
      'calico.iptablesBackend': 'Auto',
    });
  });

  it("kubean v0.7.2: the embedded Kubespray commit's versions", () => {
    const facts = context([named('kubean'), release('kubean', 'v0.7.2', 'spray-job image tag')]);
    expect(values(facts)).toMatchObject({ 'kubernetes.version': '1.26.6', 'calico.version': '3.25.1', 'kubeProxy.mode': 'ipvs', 'calico.vxlanMode': 'Always' });
    expect(get(facts, 'calico.version')!.note).toMatch(/^default of kubean v0\.7\.2: bundled Calico v3\.25\.1; /);
  });

  it('kubeasz 3.6.8: ipvs and IPIP; 3.7.0: nftables', () => {
    expect(values(context([named('kubeasz'), release('kubeasz', '3.6.8', 'ezdown KUBEASZ_VER')]))).toMatchObject({
      'kubernetes.version': '1.34.1',
      'calico.version': '3.28.4',
      'kubeProxy.mode': 'ipvs',
      'calico.ipipMode': 'Always',
      'calico.vxlanMode': 'Never',
    });
    expect(values(context([named('kubeasz'), release('kubeasz', '3.7.0', 'ezdown KUBEASZ_VER')]))).toMatchObject({
      'kubeProxy.mode': 'nftables',
      'calico.version': '3.32.1',
    });
  });

  it('kubeasz 3.1.1 deploys flannel: no Calico defaults', () => {
    const facts = context([named('kubeasz'), release('kubeasz', '3.1.1', 'ezdown')]);
    expect(get(facts, 'calico.version')).toBeUndefined();
    expect(get(facts, 'kubeProxy.mode')?.value).toBe('ipvs');
  });

  it('k0s v1.23.5+k0s.0 with provider calico: Calico 3.21.2, VXLAN, no checksum override before 1.27.4', () => {
    const facts = context([named('k0s'), release('k0s', '1.23.5+k0s.0', 'k0sctl spec.k0s.version', at(11, 14, 'k0sctl.yaml')), fact('cluster.cni', 'calico')]);
    expect(values(facts)).toMatchObject({
      'kubernetes.version': '1.23.5',
      'kubeProxy.mode': 'iptables',
      'calico.version': '3.21.2',
      'calico.vxlanMode': 'Always',
      'calico.iptablesBackend': 'Auto',
    });
    expect(get(facts, 'calico.featureDetectOverride')).toBeUndefined();
    expect(get(facts, 'calico.version')!.note).toBe(
      'default of k0s v1.23.5+k0s.0: bundled Calico v3.21.2; k0s release from k0sctl spec.k0s.version at k0sctl.yaml:11:14',
    );
  });

  it('k0s v1.27.4+k0s.0 sets ChecksumOffloadBroken=true; v1.21.0+k0s.0 ships kube-proxy 1.20.4', () => {
    expect(get(context([named('k0s'), release('k0s', '1.27.4+k0s.0', 'k0sctl'), fact('cluster.cni', 'calico')]), 'calico.featureDetectOverride')?.value).toBe(
      'ChecksumOffloadBroken=true',
    );
    const old = context([named('k0s'), release('k0s', '1.21.0+k0s.0', 'k0sctl'), fact('cluster.cni', 'calico')]);
    expect(values(old)).toMatchObject({ 'kubernetes.version': '1.21.0', 'kubeProxy.version': '1.20.4', 'calico.version': '3.18.1' });
  });

  it('k0s without provider: kube-router, no Calico', () => {
    const facts = context([named('k0s'), release('k0s', '1.23.5+k0s.0', 'k0sctl')]);
    expect(get(facts, 'calico.version')).toBeUndefined();
    expect(values(facts)).toMatchObject({ 'kubernetes.version': '1.23.5', 'kubeProxy.version': '1.23.5', 'kubeProxy.mode': 'iptables' });
  });

  it('k3s v1.28.3+k3s1: kube-proxy 1.28.3 in iptables mode, no Calico', () => {
    const facts = context([named('k3s'), release('k3s', '1.28.3+k3s1', 'INSTALL_K3S_VERSION')]);
    expect(values(facts)).toMatchObject({ 'kubernetes.version': '1.28.3', 'kubeProxy.version': '1.28.3', 'kubeProxy.mode': 'iptables' });
    expect(get(facts, 'calico.version')).toBeUndefined();
    expect(get(facts, 'kubeProxy.mode')!.note).toBe(
      'default of k3s v1.28.3+k3s1: proxy-mode iptables; k3s release from INSTALL_K3S_VERSION at ci/install.sh:4:31',
    );
  });

  it('RKE2 v1.28.8+rke2r1: Canal by default (Calico 3.27.2 for policy, no Calico encapsulation); cni calico: rke2-calico', () => {
    const canal = context([named('rke2'), release('rke2', '1.28.8+rke2r1', 'INSTALL_RKE2_VERSION')]);
    expect(values(canal)).toMatchObject({
      'kubernetes.version': '1.28.8',
      'kubeProxy.mode': 'iptables',
      'calico.version': '3.27.2',
      'calico.ipipMode': 'Never',
      'calico.vxlanMode': 'Never',
      'calico.iptablesBackend': 'Auto',
    });
    expect(get(canal, 'calico.version')!.note).toMatch(/^default of RKE2 v1\.28\.8\+rke2r1: bundled Canal with Calico v3\.27\.2; /);
    const calico = context([named('rke2'), release('rke2', '1.28.8+rke2r1', 'INSTALL_RKE2_VERSION'), fact('cluster.cni', 'calico')]);
    expect(values(calico)).toMatchObject({
      'calico.version': '3.27.2',
      'calico.vxlanMode': 'Always',
      'calico.ipipMode': 'Never',
      'calico.featureDetectOverride': 'ChecksumOffloadBroken=true',
    });
  });

  it('RKE1 v1.24.9-rancher1-1 with the calico plugin: Calico 3.22.5, IPIP Always, iptables', () => {
    const facts = context([named('rke1'), release('rke1', '1.24.9-rancher1-1', 'RKE kubernetes_version'), fact('cluster.cni', 'calico')]);
    expect(values(facts)).toMatchObject({
      'kubernetes.version': '1.24.9',
      'kubeProxy.mode': 'iptables',
      'calico.version': '3.22.5',
      'calico.ipipMode': 'Always',
      'calico.vxlanMode': 'Never',
    });
  });

  it('kops 1.28.3 with Calico: the template by Kubernetes version, IPIP CrossSubnet', () => {
    const facts = context([named('kops'), release('kops', '1.28.3', 'KOPS_VERSION'), fact('cluster.cni', 'calico'), fact('kubernetes.version', '1.27.6')]);
    expect(values(facts)).toMatchObject({
      'calico.version': '3.25.2',
      'calico.ipipMode': 'CrossSubnet',
      'kubeProxy.mode': 'iptables',
      'kubeProxy.version': '1.27.6',
    });
  });

  it('Cluster API and kubeadm: kube-proxy iptables, the cluster version from the repository', () => {
    for (const name of ['cluster-api', 'kubeadm']) {
      const facts = context([named(name), fact('kubernetes.version', '1.28.4')]);
      expect(values(facts)).toMatchObject({ 'kubernetes.version': '1.28.4', 'kubeProxy.version': '1.28.4', 'kubeProxy.mode': 'iptables' });
      expect(get(facts, 'calico.version')).toBeUndefined();
    }
    const capi = context([named('cluster-api', 'Cluster API Cluster', at(2, 7, 'capi/cluster.yaml')), named('kubeadm')]);
    expect(get(capi, 'kubeProxy.mode')!.note).toBe(
      'default of Cluster API: KubeProxyConfiguration mode (kubeadm never sets it) iptables; Cluster API recognised from Cluster API Cluster at capi/cluster.yaml:2:7',
    );
  });

  it('MicroK8s 1.28: the track, its Calico only as UNVERIFIED (never a finding)', () => {
    const facts = context([named('microk8s'), release('microk8s', '1.28', 'snap channel')]);
    expect(get(facts, 'kubernetes.version')?.value).toBe('1.28');
    expect(get(facts, 'calico.version')).toMatchObject({ unresolved: true });
    expect(get(facts, 'calico.version')!.note).toMatch(/UNVERIFIED/);
    expect(values(facts)).toMatchObject({
      'kubeProxy.mode': 'iptables',
      'calico.vxlanMode': 'Always',
      'calico.featureDetectOverride': 'ChecksumOffloadBroken=true',
    });
  });

  it('Talos v1.8: Kubernetes 1.31.1 and nftables; v1.7: 1.30.0 and iptables', () => {
    expect(values(context([named('talos'), release('talos', '1.8.2', 'installer image')]))).toMatchObject({
      'kubernetes.version': '1.31.1',
      'kubeProxy.mode': 'nftables',
    });
    expect(values(context([named('talos'), release('talos', '1.8.2', 'installer image'), fact('kubernetes.version', '1.30.5')]))).toMatchObject({
      'kubeProxy.mode': 'iptables',
    });
    expect(values(context([named('talos'), release('talos', '1.7.4', 'installer image')]))).toMatchObject({
      'kubernetes.version': '1.30.0',
      'kubeProxy.mode': 'iptables',
    });
  });

  it('Talos is the node OS: its kernel follows the release minor (1.3 → 5.15, 1.4 → 6.1, 1.8 → 6.6, 1.9 → 6.12, 1.12 → 6.18)', () => {
    const kernel = (r: string) => get(context([named('talos'), release('talos', r, 'installer image')]), 'node.kernel');
    expect([kernel('1.3.7')?.value, kernel('1.4.0')?.value, kernel('1.8.2')?.value, kernel('1.9.0')?.value, kernel('1.12.1')?.value]).toEqual([
      '5.15',
      '6.1.24-talos',
      '6.6.58-talos',
      '6.12',
      '6.18',
    ]);
    const os = get(context([named('talos'), release('talos', '1.7.4', 'installer image')]), 'node.os');
    expect(os).toMatchObject({ value: 'talos-1.7', origin: 'default' });
    // A node OS the repository states wins over the installer's.
    expect(get(context([named('talos'), release('talos', '1.7.4', 'installer image'), fact('node.os', 'ubuntu-22.04')]), 'node.os')?.value).toBe(
      'ubuntu-22.04',
    );
  });

  it('Talos with no release: the kernel is one of the series its releases ran, the release span shown as v1.N.x', () => {
    const facts = context([named('talos')]);
    expect(get(facts, 'node.kernel')).toMatchObject({ value: '5.15–6.18', candidates: ['5.15', '6.1', '6.6', '6.12', '6.18'] });
    expect(get(facts, 'kubeProxy.mode')?.note).toContain('release unknown (one of v1.0.x, v1.1.x,');
  });

  it('EKS and AKS: iptables; GKE: kube-proxy mode unknown (Dataplane V2 runs none)', () => {
    expect(get(context([named('eks'), fact('kubernetes.version', '1.29')]), 'kubeProxy.mode')?.value).toBe('iptables');
    const aks = context([named('aks'), release('aks', '1.32.4', 'cluster version'), fact('cluster.cni', 'calico')]);
    expect(values(aks)).toMatchObject({ 'kubeProxy.mode': 'iptables', 'calico.version': '3.28.2' });
    expect(get(context([named('gke')]), 'kubeProxy.mode')).toMatchObject({ unresolved: true });
  });

  it("AKS runs its own kube-proxy builds of a patch: the cluster's patch is the lowest kube-proxy can be, not its version", () => {
    const k8s = fact('kubernetes.version', '1.27.9', at(5, 26, 'aks.tf'));
    const proxy = get(context([named('aks'), k8s]), 'kubeProxy.version');
    expect(proxy).toMatchObject({
      value: '1.27.9–1.27.x',
      candidates: ['>=1.27.9 <1.28.0'],
      origin: 'default',
      source: 'installer:aks',
      place: at(5, 26, 'aks.tf'),
    });
    expect(proxy?.note).toBe(
      'AKS 1.27.9: AKS runs its own kube-proxy builds of a patch, such as v1.27.9-hotfix.20240131, which can carry fixes of later patches (UNVERIFIED which)',
    );
    expect(proxy?.derivedFrom).toEqual([k8s]);
    // A minor alone already reads as the whole minor; EKS (no such builds in its profile) keeps the cluster patch.
    expect(get(context([named('aks'), fact('kubernetes.version', '1.27')]), 'kubeProxy.version')).toMatchObject({ value: '1.27', origin: 'derived' });
    expect(get(context([named('eks'), fact('kubernetes.version', '1.27.9')]), 'kubeProxy.version')).toMatchObject({ value: '1.27.9', origin: 'derived' });
    // A kube-proxy version the repository or the user gives wins; an explicit cluster version is bounded the same way.
    expect(get(context([named('aks'), k8s, fact('kubeProxy.version', '1.27.9')]), 'kubeProxy.version')).toMatchObject({
      value: '1.27.9',
      origin: 'repository',
    });
    const explicit: Fact = { name: 'kubernetes.version', value: '1.28.7', origin: 'explicit', source: 'input:kubernetes-version' };
    expect(get(context([named('aks'), k8s], [explicit]), 'kubeProxy.version')).toMatchObject({ candidates: ['>=1.28.7 <1.29.0'] });
  });

  it('GKE: every Kubernetes and kube-proxy version the cluster names is only the lowest it runs (its own builds, upgraded past a minimum)', () => {
    const master = fact('kubernetes.version', '1.27.3-gke.100', at(6, 30, 'main.tf'));
    const pool: Fact = { ...fact('kubeProxy.version', '1.27.3-gke.100', at(30, 14, 'main.tf')), note: 'GKE nodes run kube-proxy at the node version' };
    const facts = context([named('gke'), master, pool]);
    expect(get(facts, 'kubernetes.version')).toMatchObject({
      value: '1.27.3-gke.100',
      candidates: ['>=1.27.3'],
      origin: 'repository',
    });
    expect(get(facts, 'kubeProxy.version')).toMatchObject({
      value: '1.27.3-gke.100',
      candidates: ['>=1.27.3'],
      place: at(30, 14, 'main.tf'),
    });
    expect(get(facts, 'kubeProxy.version')?.note).toBe(
      'GKE nodes run kube-proxy at the node version; GKE 1.27.3-gke.100 or later: GKE builds (x.y.z-gke.N) can carry fixes of later patches, even ones upstream never released for the minor, and GKE upgrades clusters past a pinned version (UNVERIFIED which fixes a build has)',
    );
    // Without a node version, kube-proxy is the cluster's build; a minor alone starts at its first patch.
    expect(get(context([named('gke'), master]), 'kubeProxy.version')).toMatchObject({
      value: '1.27.3 or later',
      candidates: ['>=1.27.3'],
      source: 'installer:gke',
    });
    expect(get(context([named('gke'), fact('kubernetes.version', '1.27')]), 'kubernetes.version')?.candidates).toEqual(['>=1.27.0']);
    // A version the user gives is what the cluster runs: the way to decide a rule the floor leaves open.
    const explicit: Fact = { name: 'kubeProxy.version', value: '1.27.16-gke.1', origin: 'explicit', source: 'input:fact' };
    expect(get(context([named('gke'), master, pool], [explicit]), 'kubeProxy.version')).toMatchObject({ value: '1.27.16-gke.1', origin: 'explicit' });
    expect(get(context([named('gke'), master, pool], [explicit]), 'kubeProxy.version')?.candidates).toBeUndefined();
    const k8s: Fact = { name: 'kubernetes.version', value: '1.27.16-gke.1', origin: 'explicit', source: 'input:kubernetes-version' };
    expect(get(context([named('gke'), master], [k8s]), 'kubeProxy.version')).toMatchObject({ value: '1.27.16-gke.1', origin: 'derived' });
    expect(get(context([named('gke'), master], [k8s]), 'kubeProxy.version')?.candidates).toBeUndefined();
    // An unresolved version stays unresolved; EKS kube-proxy and AKS versions are not floors (EKS's kubelet is: see below).
    const latest: Fact = { ...fact('kubernetes.version', 'latest'), unresolved: true };
    expect(get(context([named('gke'), latest]), 'kubernetes.version')?.candidates).toBeUndefined();
    expect(get(context([named('eks'), fact('kubernetes.version', '1.27.3')]), 'kubeProxy.version')?.candidates).toBeUndefined();
    expect(get(context([named('aks'), fact('kubernetes.version', '1.27.9')]), 'kubernetes.version')?.candidates).toBeUndefined();
  });

  it('a version written as another installer’s own build (a kube-proxy DaemonSet exported from GKE or AKS) is read as that build, never as the upstream patch', () => {
    const gkeImage = fact('kubeProxy.version', 'v1.27.3-gke.100', at(17, 18, 'kube-system/kube-proxy.yaml'));
    // No installer recognised, or another one: GKE's reading (that patch or any later build).
    for (const facts of [context([gkeImage]), context([named('kubeadm'), gkeImage]), context([named('aks'), gkeImage])]) {
      expect(get(facts, 'kubeProxy.version')).toMatchObject({
        value: 'v1.27.3-gke.100',
        candidates: ['>=1.27.3'],
        place: at(17, 18, 'kube-system/kube-proxy.yaml'),
      });
      expect(get(facts, 'kubeProxy.version')?.note).toMatch(/^GKE v1\.27\.3-gke\.100 or later: GKE builds/);
    }
    // An AKS hotfix build: that patch up to the minor's last.
    const hotfix = fact('kubeProxy.version', 'v1.27.9-hotfix.20240131', at(17, 18, 'kube-system/kube-proxy.yaml'));
    expect(get(context([named('kubeadm'), hotfix]), 'kubeProxy.version')).toMatchObject({ candidates: ['>=1.27.9 <1.28.0'] });
    // Also in an AKS cluster, whose own kube-proxy version the cluster's patch only bounds when none is written.
    expect(get(context([named('aks'), fact('kubernetes.version', '1.27.9'), hotfix]), 'kubeProxy.version')).toMatchObject({
      value: 'v1.27.9-hotfix.20240131',
      candidates: ['>=1.27.9 <1.28.0'],
    });
    expect(get(context([named('kubeadm'), hotfix]), 'kubeProxy.version')?.note).toMatch(/^AKS v1\.27\.9-hotfix\.20240131: 1\.27\.9–1\.27\.x: AKS runs/);
    // Upstream versions, pre-releases, other vendors' tags and values the user gives stay as they are.
    for (const value of ['v1.27.3', '1.27.3-rc.1', 'v1.27.3-eksbuild.1', 'v1.27.3+rke2r1']) {
      expect(get(context([named('kubeadm'), fact('kubeProxy.version', value)]), 'kubeProxy.version')?.candidates).toBeUndefined();
    }
    const given: Fact = { name: 'kubeProxy.version', value: '1.27.3-gke.100', origin: 'explicit', source: 'input:fact' };
    expect(get(context([], [given]), 'kubeProxy.version')?.candidates).toBeUndefined();
  });

  it('a kube-proxy the repository turns off gets no mode or version from the installer; an unresolved switch keeps them', () => {
    const off: Fact = { ...fact('kubeProxy.disabled', 'true'), origin: 'default' };
    expect(
      context([named('gke'), off])
        .filter((f) => f.name.startsWith('kubeProxy.'))
        .map((f) => `${f.name}=${f.value}`),
    ).toEqual(['kubeProxy.disabled=true']);
    const open: Fact = { ...fact('kubeProxy.disabled', 'var.dataplane'), unresolved: true };
    expect(get(context([named('eks'), open]), 'kubeProxy.mode')).toMatchObject({ value: 'iptables', origin: 'default' });
  });
});

describe('precedence and candidates', () => {
  it("the repository's own values and explicit inputs win over installer defaults", () => {
    const explicit: Fact = { name: 'kubeProxy.mode', value: 'iptables', origin: 'explicit', source: 'input:kube-proxy-mode' };
    const facts = context([named('kubespray'), release('kubespray', '2.18.2', 'image tag'), fact('calico.version', '3.19.1')], [explicit]);
    expect(facts.filter((f) => f.name === 'calico.version').map((f) => [f.value, f.origin])).toEqual([['3.19.1', 'repository']]);
    expect(facts.filter((f) => f.name === 'kubeProxy.mode').map((f) => [f.value, f.origin])).toEqual([['iptables', 'explicit']]);
    expect(get(facts, 'calico.ipipMode')?.origin).toBe('default');
  });

  it('an operator version gives the Calico version, not the installer default', () => {
    const facts = context([named('kubespray'), release('kubespray', '2.18.2', 'image tag'), fact('calico.operatorVersion', '1.32.3')]);
    expect(get(facts, 'calico.version')?.origin).toBe('derived');
  });

  it('Kubespray release unknown: every release whose Kubernetes range holds kube_version is a candidate', () => {
    const facts = context([
      named('kubespray', 'Kubespray inventory variables', at(8, 22, 'inventory/group_vars/k8s_cluster/k8s-cluster.yml')),
      fact('kubernetes.version', '1.22.5'),
    ]);
    const calico = get(facts, 'calico.version')!;
    // v2.17.x (1.19.0..1.22.2) and v2.21.0 (1.23.0..) do not install 1.22.5; v2.18.x, v2.19.x and v2.20.0 (1.22.0..1.24.6) do.
    expect(calico.candidates).toEqual(['3.20.3', '3.22.3', '3.23.3']);
    expect(calico.value).toBe('one of 3.20.3, 3.22.3, 3.23.3');
    expect(calico.note).toBe(
      'default of Kubespray, release unknown (one of v2.18.0, v2.18.1, v2.18.2, v2.19.0, v2.19.1, v2.20.0): bundled Calico one of v3.20.3, v3.22.3, v3.23.3; ' +
        'Kubespray recognised from Kubespray inventory variables at inventory/group_vars/k8s_cluster/k8s-cluster.yml:8:22; the releases that install Kubernetes 1.22.5',
    );
    expect(get(facts, 'calico.ipipMode')?.candidates).toEqual(['Always', 'Never']);
    expect(get(facts, 'kubeProxy.mode')?.value).toBe('ipvs');
  });

  it('a release branch (minor only) is every release of that minor', () => {
    const facts = context([named('kubespray'), release('kubespray', '2.18', 'submodule branch release-2.18')]);
    expect(get(facts, 'calico.version')?.value).toBe('3.20.3');
    expect(get(facts, 'kubernetes.version')?.candidates).toEqual(['1.22.5', '1.22.8']);
  });

  it('a release the table lacks keeps the release-independent defaults only', () => {
    const facts = context([named('kubespray'), release('kubespray', '2.99.0', 'image tag')]);
    expect(get(facts, 'calico.version')?.unresolved).toBe(true);
    expect(get(facts, 'kubeProxy.mode')?.value).toBe('ipvs');
  });

  it('two unrelated installers in one cluster: no installer defaults; a more specific one wins', () => {
    expect(applyInstallerDefaults([named('k3s'), named('kops')])).toHaveLength(2);
    const facts = applyInstallerDefaults([named('kubean'), named('kubespray'), release('kubean', '0.7.2', 'tag')]);
    expect(get(facts, 'calico.version')?.source).toBe('installer:kubean');
  });

  it('another CNI named in the repository: no Calico defaults', () => {
    const facts = context([named('kubespray'), release('kubespray', '2.18.2', 'tag'), fact('cluster.cni', 'cilium')]);
    expect(get(facts, 'calico.version')).toBeUndefined();
    expect(get(facts, 'kubeProxy.mode')?.value).toBe('ipvs');
  });
});

describe('EKS kubelet builds', () => {
  it('an EKS cluster version is the lowest its kubelet can be (AMIs patch later fixes in); kube-proxy keeps the version as written', () => {
    const facts = context([named('eks'), fact('kubernetes.version', '1.14')]);
    const k8s = get(facts, 'kubernetes.version')!;
    expect(k8s.value).toBe('1.14');
    expect(k8s.candidates).toEqual(['>=1.14.0']);
    expect(k8s.note).toMatch(/^EKS kubelet 1\.14 or a later build: EKS AMIs carry EKS's kubelet builds of the minor/);
    const kp = get(facts, 'kubeProxy.version')!;
    expect([kp.value, kp.candidates]).toEqual(['1.14', undefined]);
  });

  it('a version the user gives stays as given, and other installers keep theirs', () => {
    const given: Fact = { name: 'kubernetes.version', value: '1.14.9', origin: 'explicit', source: 'input:kubernetes-version' };
    expect(get(context([named('eks'), fact('kubernetes.version', '1.14')], [given]), 'kubernetes.version')!.candidates).toBeUndefined();
    expect(get(context([named('kubeadm'), fact('kubernetes.version', '1.14.3')]), 'kubernetes.version')!.candidates).toBeUndefined();
  });
});
