import { describe, expect, it } from 'vitest';
import { ansibleKubeadmPackage } from '../../src/extract/ansible-kubeadm-package.js';
import { kubesprayGitTask } from '../../src/extract/kubespray-git-task.js';
import { kubesprayRequirements } from '../../src/extract/kubespray-requirements.js';
import { systemUpgradePlan } from '../../src/extract/system-upgrade-plan.js';
import { talhelperConfig } from '../../src/extract/talhelper-config.js';
import { renovateTalosVersions } from '../../src/extract/renovate-talos-versions.js';
import { talosExternalManifest } from '../../src/extract/talos-external-manifest.js';
import { talosKubeProxyConfig } from '../../src/extract/talos-kube-proxy-config.js';
import { talosKubeletConfig } from '../../src/extract/talos-kubelet-config.js';
import { talosMachineConfig } from '../../src/extract/talos-machine-config.js';
import { talosMachinePatch } from '../../src/extract/talos-machine-patch.js';
import { extractInstaller, show } from './helpers.js';

describe('system-upgrade-plan', () => {
  it('spec.version is the k3s release; a channel is not: a minor channel names the Kubernetes minor, stable names nothing', () => {
    expect(extractInstaller(systemUpgradePlan, 'system-upgrade-plan/plans.yaml').map(show)).toEqual([
      'installer.name=k3s @18:3 "version"',
      'installer.release=1.29.5+k3s1 @18:12 "v1.29.5+k3s1" key=k3s',
      'kubernetes.version=1.29.5+k3s1 @18:12 "v1.29.5+k3s1"',
      'installer.name=rke2 @28:3 "channel"',
      'installer.release=v1.28 @28:55 "v1.28" (unresolved) key=rke2',
      'kubernetes.version=1.28 @28:55 "v1.28"',
      'installer.name=k3s @37:3 "channel"',
      'installer.release=stable @37:54 "stable" (unresolved) key=k3s',
    ]);
  });
});

describe('talos-machine-patch', () => {
  it('reads a patch in a Talos folder (cluster.proxy mode and image); a whole machine config is left to talos-machine-config', () => {
    expect(extractInstaller(talosMachinePatch, 'talos-machine-patch/talos/patches/cluster.yaml').map(show)).toEqual([
      'kubeProxy.mode=ipvs @3:11 "ipvs"',
      'kubeProxy.image=registry.k8s.io/kube-proxy @4:12 "registry.k8s.io/kube-proxy:v1.28.6" key=kube-proxy',
      'kubeProxy.version=1.28.6 @4:12 "registry.k8s.io/kube-proxy:v1.28.6" key=kube-proxy',
    ]);
    expect(extractInstaller(talosMachinePatch, 'talos-machine-patch/talos/patches/controlplane.yaml')).toEqual([]);
    expect(talosMachinePatch.paths?.test('talos-machine-patch/talos/patches/cluster.yaml')).toBe(true);
    expect(talosMachinePatch.paths?.test('clusters/prod/patches/cluster.yaml')).toBe(false);
  });
});

describe('talos-machine-config', () => {
  it('reads the Talos release from the installer image, kube-proxy mode and image, and a Calico manifest in cni.urls; a control-plane config roots a cluster at its folder', () => {
    expect(extractInstaller(talosMachineConfig, 'talos-machine-config/controlplane.yaml').map(show)).toEqual([
      'cluster.definition=talos-machine-config @14:15 "https://10.0.0.10:6443"',
      'installer.name=talos @9:12 "ghcr.io/siderolabs/installer:v1.7.6"',
      'installer.release=1.7.6 @9:41 "v1.7.6" key=talos',
      'kubeProxy.mode=ipvs @25:11 "ipvs"',
      'kubeProxy.image=registry.k8s.io/kube-proxy @24:12 "registry.k8s.io/kube-proxy:v1.30.2" key=kube-proxy',
      'kubeProxy.version=1.30.2 @24:12 "registry.k8s.io/kube-proxy:v1.30.2" key=kube-proxy',
      'calico.version=3.27.3 @22:66 "v3.27.3"',
      'calico.kubeControllersVersion=3.27.3 @22:66 "v3.27.3"',
      'calico.ipipMode=Always @22:84 "calico.yaml" [default]',
      'calico.vxlanMode=Never @22:84 "calico.yaml" [default]',
    ]);
  });

  it("a control-plane config's definition names its cluster by endpoint and cluster name; a templated endpoint names none", () => {
    const identity = (file: string) => extractInstaller(talosMachineConfig, file).find((f) => f.name === 'cluster.definition')?.identity;
    expect(identity('talos-machine-config/controlplane.yaml')).toBe('Talos endpoint https://10.0.0.10:6443, clusterName lab');
    expect(identity('talos-machine-config/templated-endpoint.yaml')).toBeUndefined();
    expect(extractInstaller(talosMachineConfig, 'talos-machine-config/templated-endpoint.yaml').map(show)).toContain(
      'cluster.definition=talos-machine-config @8:15 "https://{{ .Values.vip }}:6443"',
    );
  });

  it('cluster.proxy.extraArgs proxy-mode overrides cluster.proxy.mode (Talos merges extraArgs over its flags)', () => {
    expect(extractInstaller(talosMachineConfig, 'talos-machine-config/extra-args.yaml').map(show)).toEqual([
      'installer.name=talos @2:1 "machine"',
      'kubeProxy.mode=iptables @8:19 "iptables"',
    ]);
  });

  it("a worker's config names the endpoint too, but roots no cluster: it joins its control plane's", () => {
    expect(extractInstaller(talosMachineConfig, 'talos-machine-config/worker.yaml').map(show)).toEqual([
      'installer.name=talos @7:12 "ghcr.io/siderolabs/installer:v1.7.6"',
      'installer.release=1.7.6 @7:41 "v1.7.6" key=talos',
    ]);
  });

  it('reads a patch: an Image Factory installer and cluster.proxy.disabled', () => {
    expect(extractInstaller(talosMachineConfig, 'talos-machine-config/patch-no-proxy.yaml').map(show)).toEqual([
      'installer.name=talos @3:12 "factory.talos.dev/installer/376567988ad370138ad8b2698212367b8edcb69b5fd68c80be1f2ec7d603b4ba:v1.8.1"',
      'installer.release=1.8.1 @3:105 "v1.8.1" key=talos',
      'kubeProxy.disabled=true @6:15 "true"',
    ]);
  });
});

describe('talhelper-config', () => {
  it('reads talosVersion, kubernetesVersion and kube-proxy settings in inline patches; @file patches are files of their own', () => {
    expect(extractInstaller(talhelperConfig, 'talhelper-config/talconfig.yaml').map(show)).toEqual([
      'installer.name=talos @3:1 "talosVersion"',
      'installer.release=1.7.5 @3:15 "v1.7.5" key=talos',
      'kubernetes.version=1.30.3 @4:20 "v1.30.3"',
      'kubeProxy.disabled=true @12:19 "true"',
      'kubeProxy.mode=ipvs @22:19 "ipvs"',
    ]);
  });
});

describe('kubespray-requirements', () => {
  it('a collection tag is the release, a release branch its minor, master no release', () => {
    expect(extractInstaller(kubesprayRequirements, 'kubespray-requirements/requirements.yml').map(show)).toEqual([
      'installer.name=kubespray @3:11 "https://github.com/kubernetes-sigs/kubespray"',
      'installer.release=2.23.1 @5:14 "v2.23.1" key=kubespray',
      'installer.name=kubespray @9:10 "https://github.com/kubernetes-sigs/kubespray.git"',
      'installer.release=2.22 @10:14 "release-2.22" key=kubespray',
      'installer.name=kubespray @12:10 "git+https://github.com/kubernetes-sigs/kubespray"',
      'installer.release=master @13:14 "master" (unresolved) key=kubespray',
    ]);
  });
});

describe('kubespray-git-task', () => {
  it('an Ansible git task cloning Kubespray: a release branch is its minor, a tag the release; no ref or a variable no release; another repository nothing', () => {
    expect(extractInstaller(kubesprayGitTask, 'kubespray-git-task/site.yml').map(show)).toEqual([
      'installer.name=kubespray @8:15 "https://github.com/kubernetes-sigs/kubespray.git"',
      'installer.release=2.16 @9:18 "release-2.16" key=kubespray',
      'installer.name=kubespray @15:19 "\\"git@github.com:kubernetes-sigs/kubespray.git\\""',
      'installer.release=2.24.1 @16:22 "v2.24.1" key=kubespray',
      'installer.name=kubespray @23:15 "https://github.com/kubernetes-sigs/kubespray"',
      'installer.release=https://github.com/kubernetes-sigs/kubespray @23:15 "https://github.com/kubernetes-sigs/kubespray" (unresolved) key=kubespray',
      'installer.name=kubespray @27:15 "https://github.com/kubernetes-sigs/kubespray"',
      'installer.release={{ kubespray_ref }} @28:18 "\\"{{ kubespray_ref }}\\"" (unresolved) key=kubespray',
    ]);
  });
});

describe('ansible-kubeadm-package', () => {
  it("a package task pinning kubeadm gives the minor as a default, through the play's vars; an unknown or indirect variable and an unpinned kubeadm give nothing", () => {
    const facts = extractInstaller(ansibleKubeadmPackage, 'ansible-kubeadm-package/nodes.yml');
    expect(facts.map(show)).toEqual([
      'kubernetes.version=1.29 @13:13 "kubeadm={{ k8s_pkg }}" [default]',
      'kubernetes.version=1.28 @18:15 "\\"kubelet-1.28.4,kubeadm-1.28.4\\"" [default]',
    ]);
    expect(facts[0]?.derivedFrom?.map((f) => `${f.place?.line}:${f.place?.column} ${f.note}`)).toEqual(["6:14 the play's vars: 1.29.6-1.1"]);
  });

  it('a variable two plays of the file set differently pins nothing (never the first one read)', () => {
    expect(extractInstaller(ansibleKubeadmPackage, 'ansible-kubeadm-package/two-plays.yml').map(show)).toEqual([]);
  });
});

describe('tigera-operator-image under a mirror', () => {
  it('the tigera-operator Deployment is the operator whatever its image is called; a digest falls back to the init-version env; other namespaces are not read', async () => {
    const { tigeraOperatorImage } = await import('../../src/extract/tigera-operator-image.js');
    expect(extractInstaller(tigeraOperatorImage, 'tigera-operator-image/mirrored.yaml').map(show)).toEqual([
      'calico.operatorVersion=1.29.0 @12:18 "registry.example/mirror/operator:v1.29.0" key=mirror/operator',
      'calico.operatorVersion=1.30.4 @30:22 "v1.30.4"',
    ]);
  });
});

describe('helm-cattle-chart for RKE2 packaged charts', () => {
  it('rke2-calico / rke2-canal name RKE2 and its CNI; the values are read in place', async () => {
    const { helmCattleChart } = await import('../../src/extract/helm-cattle-chart.js');
    expect(extractInstaller(helmCattleChart, 'helm-cattle-chart/rke2-calico-config.yaml').map(show)).toEqual([
      'calico.ipipMode=Never @14:28 "VXLANCrossSubnet"',
      'calico.vxlanMode=CrossSubnet @14:28 "VXLANCrossSubnet"',
      'installer.name=rke2 @5:9 "rke2-calico"',
      'cluster.cni=calico @5:9 "rke2-calico"',
      'calico.featureDetectOverride=ChecksumOffloadBroken=false @16:30 "\\"ChecksumOffloadBroken=false\\""',
      'installer.name=rke2 @21:9 "rke2-canal"',
      'cluster.cni=canal @21:9 "rke2-canal"',
    ]);
  });
});

describe('talos-kube-proxy-config', () => {
  it("reads Talos v1.14 KubeProxyConfig documents in a Jinja file: mode (config.mode wins), the image's version, enabled: false", () => {
    expect(extractInstaller(talosKubeProxyConfig, 'talos-kube-proxy-config/controlplane.yaml.j2').map(show)).toEqual([
      'installer.name=talos @14:7 "KubeProxyConfig"',
      'kubeProxy.mode=ipvs @15:7 "ipvs"',
      'kubeProxy.image=registry.k8s.io/kube-proxy @16:8 "registry.k8s.io/kube-proxy:v1.33.4" key=kube-proxy',
      'kubeProxy.version=1.33.4 @16:8 "registry.k8s.io/kube-proxy:v1.33.4" key=kube-proxy',
      'installer.name=talos @19:7 "KubeProxyConfig"',
      'kubeProxy.mode=nftables @22:9 "nftables"',
      'kubeProxy.image=registry.k8s.io/kube-proxy @24:8 "registry.k8s.io/kube-proxy:{{ ENV.KUBERNETES_VERSION }}" key=kube-proxy',
      'kubeProxy.version={{ ENV.KUBERNETES_VERSION }} @24:8 "registry.k8s.io/kube-proxy:{{ ENV.KUBERNETES_VERSION }}" (unresolved) key=kube-proxy',
      // An empty mode is Talos's default (nftables), left to the installer defaults; not kube-proxy's iptables.
      'installer.name=talos @27:7 "KubeProxyConfig"',
      'kubeProxy.image=mirror.example.com/k8s/kube-proxy @29:8 "mirror.example.com/k8s/kube-proxy:v1.34.1" key=k8s/kube-proxy',
      'kubeProxy.version=1.34.1 @29:8 "mirror.example.com/k8s/kube-proxy:v1.34.1" key=k8s/kube-proxy',
      'installer.name=talos @32:7 "KubeProxyConfig"',
      'kubeProxy.disabled=true @33:10 "false"',
      // A proxy-mode flag beside the config file: which one kube-proxy honours is not decided here.
      'installer.name=talos @42:7 "KubeProxyConfig"',
      'kubeProxy.mode=ipvs @45:15 "ipvs" (unresolved)',
      'kubeProxy.image=registry.k8s.io/kube-proxy @46:8 "registry.k8s.io/kube-proxy:v1.33.4" key=kube-proxy',
      'kubeProxy.version=1.33.4 @46:8 "registry.k8s.io/kube-proxy:v1.33.4" key=kube-proxy',
    ]);
  });
});

describe('renovate-talos-versions', () => {
  it('the value under a # renovate: comment naming siderolabs/talos, its installer or its kubelet image; only the line just below counts', () => {
    expect(extractInstaller(renovateTalosVersions, 'renovate-talos-versions/version.yaml').map(show)).toEqual([
      'installer.name=talos @3:1 "talos_version"',
      'installer.release=1.13.4 @3:16 "v1.13.4" key=talos',
      'kubernetes.version=1.35.2 @5:21 "\\"v1.35.2\\""',
      'kubernetes.version={{ kube_version }} @10:12 "\\"{{ kube_version }}\\"" (unresolved)',
      'installer.name=talos @16:5 "version"',
      'installer.release=1.13.4 @16:14 "v1.13.4" key=talos',
    ]);
  });
});

describe('Talos v1.14 documents beside the machine config', () => {
  const file = 'talos-kubelet-config/cluster.yaml';
  it('KubeletConfig: the kubelet image tag is the Kubernetes version, placed at the tag; a templated tag gives nothing', () => {
    expect(extractInstaller(talosKubeletConfig, file).map(show)).toEqual([
      'installer.name=talos @10:7 "KubeletConfig"',
      'kubernetes.version=1.33.4 @13:35 "v1.33.4"',
      'installer.name=talos @16:7 "KubeletConfig"',
    ]);
  });

  it('KubeExternalManifestConfig: a Calico manifest from a versioned url gives its Calico facts; another manifest gives nothing', () => {
    expect(extractInstaller(talosExternalManifest, 'talos-external-manifest/manifests.yaml').map(show)).toEqual([
      'installer.name=talos @2:7 "KubeExternalManifestConfig"',
      'calico.version=3.29.3 @4:61 "v3.29.3"',
      'calico.kubeControllersVersion=3.29.3 @4:61 "v3.29.3"',
      'calico.ipipMode=Never @4:79 "calico-vxlan.yaml" [default]',
      'calico.vxlanMode=CrossSubnet @4:79 "calico-vxlan.yaml" [default]',
    ]);
  });

  it('v1alpha1 cluster.proxy.mode "" is unset (the release default applies), not kube-proxy\'s empty mode', () => {
    expect(extractInstaller(talosMachineConfig, file).map(show)).toEqual([
      'installer.name=talos @2:1 "machine"',
      'kubeProxy.image=registry.k8s.io/kube-proxy @7:12 "registry.k8s.io/kube-proxy:v1.33.4" key=kube-proxy',
      'kubeProxy.version=1.33.4 @7:12 "registry.k8s.io/kube-proxy:v1.33.4" key=kube-proxy',
    ]);
  });
});
