import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileReader } from '../../src/discover/file-reader.js';
import { readWithin } from '../../src/discover/read-within.js';
import { INSTALL_SCRIPT_PATH, installScript } from '../../src/extract/install-script.js';
import { shellTextFacts } from '../../src/extract/shell-facts.js';
import type { Fact } from '../../src/model/fact.js';
import { extractInstaller, INSTALLERS, show } from './helpers.js';

const read = (path: string) => extractInstaller(installScript, `install-script/${path}`).map(show);

describe('install-script', () => {
  it('Kubespray fetched by a script: the archive ref (through a variable), a clone branch, a checkout after a clone; comments and other repositories are not', () => {
    expect(read('kubespray-fetch.sh')).toEqual([
      'installer.name=kubespray @5:19 "https://github.com/kubernetes-sigs/kubespray/archive/refs/tags/${SPRAY_REF}.zip"',
      'installer.release=2.18.2 @5:82 "${SPRAY_REF}" key=kubespray',
      'installer.name=kubespray @6:37 "https://github.com/kubernetes-sigs/kubespray.git"',
      'installer.release=2.24 @6:24 "release-2.24" key=kubespray',
      'installer.name=kubespray @7:11 "https://github.com/kubernetes-sigs/kubespray.git"',
      'installer.release=2.22.1 @8:33 "v2.22.1" key=kubespray',
    ]);
  });

  it("a pinned kubeadm package names the cluster's minor, as a default (kubeadm init deploys that minor's stable patch); echo, an unpinned install and apt-mark are not pins; the pkgs.k8s.io stable repository of a minor names it too (a prerelease one does not)", () => {
    expect(read('kubeadm-packages.sh')).toEqual([
      'kubernetes.version=1.32 @5:52 "${K8S_PKG}" [default]',
      'kubernetes.version=1.28 @6:29 "1.28.2-0" [default]',
      'kubernetes.version=1.31 @7:29 "1.31.0-*" [default]',
      'kubernetes.version=1.30 @11:46 "v1.30" [default]',
    ]);
  });

  it('a clone of the default branch checked out at master names the installer, not a release', () => {
    expect(read('kubespray-latest.sh')).toEqual([
      'installer.name=kubespray @2:11 "https://github.com/kubernetes-sigs/kubespray"',
      'installer.release=master @3:27 "master" (unresolved) key=kubespray',
    ]);
  });

  it('reads kubeadm init --kubernetes-version and a Calico manifest URL; comments, other variables and echo text are not commands', () => {
    expect(read('kubeadm-lab.sh')).toEqual([
      'installer.name=kubeadm @8:6 "kubeadm"',
      'kubernetes.version=1.27.3 @10:24 "v1.27.3"',
      'calico.version=3.26.0 @14:73 "v3.26.0"',
      'calico.kubeControllersVersion=3.26.0 @14:73 "v3.26.0"',
      'calico.ipipMode=Always @14:91 "calico.yaml" [default]',
      'calico.vxlanMode=Never @14:91 "calico.yaml" [default]',
    ]);
  });

  it('reads the k3s install script: INSTALL_K3S_VERSION names k3s, its release and the Kubernetes release; --kube-proxy-arg proxy-mode', () => {
    expect(read('k3s-server.sh')).toEqual([
      'installer.name=k3s @3:8 "INSTALL_K3S_VERSION"',
      'installer.release=1.28.3+k3s1 @3:28 "v1.28.3+k3s1" key=k3s',
      'kubernetes.version=1.28.3+k3s1 @3:28 "v1.28.3+k3s1"',
      'installer.name=k3s @4:11 "https://get.k3s.io"',
      'kubeProxy.mode=ipvs @6:31 "ipvs"',
    ]);
  });

  it('a channel is not a release: unresolved, a minor channel still names the Kubernetes minor; --disable-kube-proxy', () => {
    expect(read('rke2-agent.sh')).toEqual([
      'installer.name=rke2 @2:11 "https://get.rke2.io"',
      'installer.name=rke2 @2:33 "INSTALL_RKE2_CHANNEL"',
      'installer.release=v1.27 @2:54 "v1.27" (unresolved) key=rke2',
      'kubernetes.version=1.27 @2:54 "v1.27"',
      'installer.name=k3s @3:1 "k3s"',
      'kubeProxy.disabled=true @3:12 "--disable-kube-proxy"',
    ]);
  });

  it('reads Makefile recipes: a make variable set in the file is expanded, an unknown one stays unresolved; helm --version of tigera-operator is the Calico release, no --version is unresolved', () => {
    expect(read('Makefile')).toEqual([
      'calico.version=3.27.3 @5:75 "$(CALICO_VERSION)"',
      'calico.version=3.27.3 @6:75 "v3.27.3"',
      'calico.ipipMode=Never @6:93 "custom-resources.yaml" [default]',
      'calico.vxlanMode=CrossSubnet @6:93 "custom-resources.yaml" [default]',
      'calico.version=3.26.4 @9:73 "v3.26.4"',
      'calico.version=projectcalico/tigera-operator @10:22 "projectcalico/tigera-operator" (unresolved)',
      'calico.version=https://raw.githubusercontent.com/projectcalico/calico/$(RELEASE)/manifests/tigera-operator.yaml @11:20 "https://raw.githubusercontent.com/projectcalico/calico/$(RELEASE)/manifests/tigera-operator.yaml" (unresolved)',
    ]);
  });

  it('reads Vagrantfile provisioners: snap channel track, talosctl gen config, unversioned and minor-only manifest URLs', () => {
    expect(read('Vagrantfile')).toEqual([
      'installer.name=microk8s @5:18 "microk8s"',
      'installer.release=1.28 @5:47 "1.28" key=microk8s',
      'kubernetes.version=1.28 @5:47 "1.28"',
      'installer.name=talos @6:5 "talosctl"',
      'kubernetes.version=1.30.2 @6:73 "1.30.2"',
      'installer.release=1.7.6 @6:96 "v1.7.6" key=talos',
      'calico.version=https://docs.projectcalico.org/manifests/calico.yaml @7:22 "https://docs.projectcalico.org/manifests/calico.yaml" (unresolved)',
      'calico.version=3.22 @8:67 "v3.22"',
      'calico.kubeControllersVersion=3.22 @8:67 "v3.22"',
      'calico.ipipMode=Never @8:83 "calico-vxlan.yaml" [default]',
      'calico.vxlanMode=CrossSubnet @8:83 "calico-vxlan.yaml" [default]',
    ]);
  });

  it('reads the Kubespray and kubean images in .env files: kubean release tags, and spray-job builds of a Kubespray release branch', () => {
    expect(read('deploy.env')).toEqual([
      'installer.name=kubespray @2:17 "quay.io/kubespray/kubespray:v2.18.2"',
      'installer.release=2.18.2 @2:45 "v2.18.2" key=kubespray',
      'installer.name=kubean @3:18 "ghcr.io/kubean-io/spray-job:v0.7.4"',
      'installer.release=0.7.4 @3:46 "v0.7.4" key=kubean',
      'installer.name=kubespray @4:24 "ghcr.io/kubean-io/spray-job:2.25-3f1e2c7"',
      'installer.release=2.25 @4:52 "2.25-3f1e2c7" key=kubespray',
    ]);
  });

  it('reads a Terraform script template: what a %{ if } guards is unresolved (it may not render), the rest as written', () => {
    expect(read('bootstrap.sh.tftpl')).toEqual([
      'installer.name=kubeadm @4:1 "kubeadm"',
      'kubernetes.version=1.29.2 @4:35 "1.29.2"',
      'calico.version=3.27.2 @6:73 "v3.27.2" (unresolved)',
      'calico.kubeControllersVersion=3.27.2 @6:73 "v3.27.2" (unresolved)',
      'calico.ipipMode=Never @6:91 "calico-vxlan.yaml" [default] (unresolved)',
      'calico.vxlanMode=CrossSubnet @6:91 "calico-vxlan.yaml" [default] (unresolved)',
    ]);
  });

  it('claims script-like file names only', () => {
    expect(
      [
        'setup.sh',
        'hack/install.bash',
        'Makefile',
        'build/rules.mk',
        'Vagrantfile',
        'ci/Jenkinsfile',
        '.env',
        'deploy/prod.env',
        'templates/bootstrap.sh.tpl',
        'templates/init.sh.tftpl',
        'templates/join.bash.tftpl',
      ].filter((p) => INSTALL_SCRIPT_PATH.test(p)),
    ).toHaveLength(11);
    expect(
      ['setup.sh.txt', 'Makefile.am', 'env.yaml', 'environment', 'src/shell.ts', 'charts/x/templates/_helpers.tpl', 'cloud-init.yaml.tftpl'].filter((p) =>
        INSTALL_SCRIPT_PATH.test(p),
      ),
    ).toEqual([]);
  });

  it('Calico manifests of releases the table does not cover give the version only, and other URLs nothing', () => {
    const facts = shellTextFacts(
      'kubectl apply -f https://docs.projectcalico.org/v3.9/manifests/calico.yaml\ncurl -LO https://github.com/projectcalico/calico/releases/download/v3.26.0/calicoctl-linux-amd64\nkubectl apply -f manifests/calico.yaml',
    );
    expect(facts.map((f) => `${f.name}=${f.value}`)).toEqual(['calico.version=3.9', 'calico.kubeControllersVersion=3.9']);
  });

  it('stays linear on long hostile lines', () => {
    const text = `${'--kube-proxy-arg '.repeat(20_000)}\n${'"'.repeat(50_000)}\n${'x='.repeat(50_000)}\n${'\\\n'.repeat(20_000)}`;
    const start = performance.now();
    shellTextFacts(text);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('install-script: variables of sourced files (`source common.sh`)', () => {
  const reader = new FileReader(1024 * 1024);
  const helpers = { readText: (path: string) => readWithin(INSTALLERS, path, reader) };
  const withSources = (path: string): Fact[] => {
    const file = `install-script/sourced/${path}`;
    return installScript.extract({ path: file, text: readFileSync(`${INSTALLERS}${file}`, 'utf8') }, helpers);
  };
  const from = (f: Fact | undefined) => (f?.derivedFrom ?? []).map((d) => `${d.place?.file}:${d.place?.line}:${d.place?.column} ${d.note}`);

  it('reads what a sourced file sets, through "$(dirname "$0")/…" and a nested relative source; the fact stands at the use, derivedFrom at the assignment', () => {
    const facts = withSources('install.sh');
    expect(facts.map(show)).toEqual([
      'installer.name=kubeadm @7:1 "kubeadm"',
      'kubernetes.version=1.28.6 @7:36 "${KUBE_VERSION}"',
      'calico.version=3.26.4 @8:74 "${CALICO_VERSION}"',
      'calico.kubeControllersVersion=3.26.4 @8:74 "${CALICO_VERSION}"',
      'calico.ipipMode=Always @8:102 "calico.yaml" [default]',
      'calico.vxlanMode=Never @8:102 "calico.yaml" [default]',
    ]);
    const k8s = facts.find((f) => f.name === 'kubernetes.version');
    expect(k8s?.note).toBe('kubeadm init --kubernetes-version; KUBE_VERSION=v1.28.6 (install-script/sourced/versions.sh:2)');
    expect(from(k8s)).toEqual([
      'install-script/sourced/versions.sh:2:21 KUBE_VERSION=v1.28.6, set in install-script/sourced/versions.sh, which install-script/sourced/install.sh sources',
    ]);
    expect(from(facts.find((f) => f.name === 'calico.version'))).toEqual([
      'install-script/sourced/versions.sh:3:17 CALICO_VERSION=v3.26.4, set in install-script/sourced/versions.sh, which install-script/sourced/install.sh sources',
    ]);
  });

  it('a variable two files set differently stays unresolved; the cycle back, the missing file and a variable path are not followed', () => {
    const facts = withSources('override.sh');
    // override.sh sets CALICO_VERSION=v3.25.0 and sources versions.sh, which sets v3.26.4: not guessed.
    expect(facts.filter((f) => f.name === 'calico.version').map(show)).toEqual([
      'calico.version=https://raw.githubusercontent.com/projectcalico/calico/$CALICO_VERSION/manifests/calico-vxlan.yaml @4:18 "https://raw.githubusercontent.com/projectcalico/calico/$CALICO_VERSION/manifests/calico-vxlan.yaml" (unresolved)',
    ]);
    expect(facts.filter((f) => f.name === 'kubernetes.version').map(show)).toEqual(['kubernetes.version=1.28.6 @5:35 "$KUBE_VERSION"']);
    // POD_CIDR is set differently in versions.sh and lib/helpers.sh: dropped, never the first or last one.
    const cidr = shellTextFacts('. ./versions.sh\nkubeadm init --kubernetes-version $POD_CIDR\n', {
      path: 'install-script/sourced/x.sh',
      read: helpers.readText,
    });
    expect(cidr.filter((f) => f.name === 'kubernetes.version').map((f) => [f.value, f.unresolved])).toEqual([['$POD_CIDR', true]]);
  });

  it('without the helper (CI steps, templates) nothing is sourced', () => {
    const file = 'install-script/sourced/install.sh';
    const facts = installScript.extract({ path: file, text: readFileSync(`${INSTALLERS}${file}`, 'utf8') });
    expect(facts.find((f) => f.name === 'kubernetes.version')).toMatchObject({ value: '${KUBE_VERSION}', unresolved: true });
  });
});

describe('install-script: kind', () => {
  it('kind create cluster names kind; --image is every node image (a tag through a variable the file does not set stays unresolved); the release a download or go install names; echo is no command', () => {
    expect(read('kind-e2e.sh')).toEqual([
      'installer.name=kind @4:18 "https://kind.sigs.k8s.io/dl/${KIND_VERSION}/kind-linux-amd64" key=kind',
      'installer.release=0.20.0 @4:46 "${KIND_VERSION}" key=kind',
      'installer.name=kind @5:12 "sigs.k8s.io/kind@v0.22.0" key=kind',
      'installer.release=0.22.0 @5:29 "v0.22.0" key=kind',
      'installer.name=kind @6:1 "kind" key=kind',
      'kubernetes.version=1.27.3 @6:53 "v1.27.3" key=kind',
      'installer.name=kind @7:1 "kind" key=kind',
      'kubernetes.version=kindest/node:${K8S_VERSION} @7:44 "kindest/node:${K8S_VERSION}" (unresolved) key=kind',
    ]);
  });

  it("--image with --config replaces the node images of the config it names (from the repository root or the script's folder); without --config it names none", () => {
    const facts = extractInstaller(installScript, 'install-script/kind-e2e.sh').filter((f) => f.name === 'kubernetes.version');
    expect(facts.map((f) => [f.value, f.overrides])).toEqual([
      ['1.27.3', { by: 'kind create cluster --image', targets: ['hack/kind.yaml', 'install-script/hack/kind.yaml'] }],
      ['kindest/node:${K8S_VERSION}', undefined],
    ]);
  });

  it('a Makefile: $(KIND) create cluster with the image from a make variable; a "latest" download is no release', () => {
    expect(read('kind.mk')).toEqual([
      'installer.name=kind @5:2 "$(KIND" key=kind',
      // Placed at the reference as written (the make variable), whose value the file sets.
      'kubernetes.version=1.29.2 @5:33 "$(KIND_IMAGE" key=kind',
      'installer.name=kind @6:21 "https://github.com/kubernetes-sigs/kind/releases/download/latest/kind-linux-amd64" key=kind',
      'installer.release=latest @6:79 "latest" (unresolved) key=kind',
    ]);
  });
});

describe('install-script: KubeOne', () => {
  it("KUBEONE_VERSION and a release asset's tag are the KubeOne release (keyed kubeone; no installer named from a script); an echo of the variable names none", () => {
    expect(read('kubeone.sh')).toEqual([
      'installer.release=1.8.2 @3:24 "v1.8.2" key=kubeone',
      'installer.release=1.7.4 @5:66 "v1.7.4" key=kubeone',
      // Line 8's KUBEONE_VERSION=v1.2.3 is words of an echo, not an assignment.
      'installer.release=1.9.0 @9:17 "v1.9.0" key=kubeone',
    ]);
  });
  it('a kube-proxy binary or node tarball downloaded from the release store gives that kube-proxy release (a download list too); a checksum file or another binary gives none', () => {
    expect(read('downloads-amd64.txt')).toEqual(['kubeProxy.version=1.29.1 @3:19 "v1.29.1"']);
    expect(read('workers.sh')).toEqual(['kubeProxy.version=1.18.6 @4:67 "v1.18.6"', 'kubeProxy.version=1.20.15 @5:37 "v1.20.15"']);
    expect(extractInstaller(installScript, 'install-script/downloads-amd64.txt')[0]?.note).toBe(
      'the kube-proxy release downloaded from https://dl.k8s.io/v1.29.1/bin/linux/amd64/kube-proxy',
    );
  });
  it('k3sup install / join: k3s, its --k3s-version (a script variable expanded) or --k3s-channel, and the k3s flags inside --k3s-extra-args', () => {
    expect(read('k3sup-lab.sh')).toEqual([
      'kubeProxy.disabled=true @8:39 "--disable-kube-proxy"',
      'installer.name=k3s @6:1 "k3sup"',
      'installer.release=1.26.4+k3s1 @7:18 "${K3S_VERSION}" key=k3s',
      'kubernetes.version=1.26.4+k3s1 @7:18 "${K3S_VERSION}"',
      'installer.name=k3s @11:3 "k3sup"',
      'installer.release=v1.26 @11:74 "v1.26" (unresolved) key=k3s',
      'kubernetes.version=1.26 @11:74 "v1.26"',
    ]);
  });
});
