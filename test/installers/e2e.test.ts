import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/** The committed bundle, spawned as a user would run it (`npm run bundle` after changing src/). */
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(REPO, 'dist/cli.js');
const E2E = 'test/fixtures/installers/e2e';

interface Place {
  file: string;
  line: number;
  column: number;
}
interface Evidence {
  name: string;
  value: string;
  origin: string;
  place?: Place;
  derivedFrom?: Evidence[];
}
interface Result {
  ruleId: string;
  severity?: string;
  primary?: Place;
  evidence: Evidence[];
}
interface Report {
  findings: Result[];
  undetermined: Result[];
  notApplicable: { ruleId: string; reason: string }[];
  skipped: { path: string; reason: string; detail: string; quiet?: boolean }[];
  contexts: { name: string; formedBy: string; facts: Evidence[] }[];
  excluded?: { path: string; reason: string }[];
}

function scan(dir: string, ...args: string[]): { code: number | null; report: Report; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'scan', `${E2E}/${dir}`, '--format', 'json', ...args], { cwd: REPO, encoding: 'utf8' });
  return { code: r.status, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

const at = (e: Evidence | undefined) =>
  e?.place
    ? `${e.name}=${e.value} @${e.place.file}:${e.place.line}:${e.place.column}${e.origin === 'repository' ? '' : ` [${e.origin}]`}`
    : `${e?.name}=${e?.value}`;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first');
});

describe('a kubeadm lab whose versions are only in a shell script and a Calico manifest URL', () => {
  it('on CentOS 7.9: Calico 3.26.0 from calico.yaml runs IPIP Always, the tunl0 checksum bug is a high finding placed in the script', () => {
    const { code, report, stderr } = scan('kubeadm-lab', '--node-os', 'centos-7.9');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const ipip = report.findings.find((f) => f.ruleId === 'CAL-IPIP-CSUM-OFFLOAD');
    expect(ipip?.primary).toMatchObject({ file: 'scripts/master.sh', line: 14, column: 73 });
    expect(ipip?.evidence.map(at)).toEqual(
      expect.arrayContaining(['calico.ipipMode=Always @scripts/master.sh:14:91 [default]', 'calico.version=3.26.0 @scripts/master.sh:14:73']),
    );
    const facts = report.contexts[0]?.facts.map(at) ?? [];
    expect(facts).toEqual(expect.arrayContaining(['kubernetes.version=1.27.3 @scripts/master.sh:8:24', 'installer.name=kubeadm @scripts/master.sh:5:6']));
    // kubeadm deploys kube-proxy in iptables mode: 1.27.3 has the partial-sync race. No VXLAN rule (calico.yaml sets
    // VXLAN Never), no kube-controllers leak (fixed in 3.26.0), no IPVS rule.
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(['CAL-IPIP-CSUM-OFFLOAD', 'KP-IPT-PARTIAL-SYNC-RACE']);
    expect(report.undetermined.map((u) => u.ruleId)).toEqual([]);
  });
});

describe('a kubeasz 3.x workspace whose Kubernetes version is only in ezdown', () => {
  it("on CentOS 7.9: ezdown's K8S_BIN_VER and calicoVer fill config.yml's placeholders; IPIP and IPVS findings on the old kernel", () => {
    const { code, report, stderr } = scan('kubeasz-workspace', '--node-os', 'centos-7.9');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    // No false finding: kube-proxy 1.29 has the conn_reuse sysctl handling, Calico runs IPIP (never VXLAN).
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(['CAL-IPIP-CSUM-OFFLOAD', 'KP-IPVS-CONN-REUSE-DELAY']);
    const facts = report.contexts[0]?.facts.map(at) ?? [];
    expect(facts).toEqual(
      expect.arrayContaining([
        'kubernetes.version=1.29.0 @ezdown:12:13',
        'calico.version=3.26.4 @ezdown:19:11',
        'kubeProxy.mode=ipvs @clusters/k8s-01/hosts:25:12',
        'calico.ipipMode=Always @clusters/k8s-01/config.yml:20:23',
      ]),
    );
    // config.yml's `__k8s_ver__` / `__calico__` are filled from ezdown by `ezctl new`: no unresolved version competes.
    expect(facts.filter((f) => f.includes('__'))).toEqual([]);
  });
});

describe('a k3s Ansible repository (k3s-io/k3s-ansible layout)', () => {
  it('k3s_version names k3s 1.28.3: kube-proxy runs in iptables mode by default, so the partial-sync race is a finding with the installer as evidence', () => {
    const { code, report, stderr } = scan('k3s-ansible', '--node-os', 'ubuntu-22.04');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const race = report.findings.find((f) => f.ruleId === 'KP-IPT-PARTIAL-SYNC-RACE');
    expect(race?.primary).toMatchObject({ file: 'inventory/hosts.yml', line: 13, column: 18 });
    expect(race?.evidence.map(at)).toEqual(expect.arrayContaining(['kubeProxy.mode=iptables @inventory/hosts.yml:13:18 [default]']));
    // Flannel is k3s's CNI here: no Calico rule applies, and the ipvs rules are decided false.
    expect(report.findings.map((f) => f.ruleId)).toEqual(['KP-IPT-PARTIAL-SYNC-RACE']);
    expect(report.undetermined.map((u) => u.ruleId)).toEqual([]);
  });
});

describe('an Ansible role that runs the RKE2 install script without pinning a release (a role repository)', () => {
  it('RKE2 is recognised from the script URL; the release is unresolved, so every release is a candidate and no rule is a finding on Ubuntu 22.04', () => {
    const { code, report, stderr } = scan('rke2-script-role', '--node-os', 'ubuntu-22.04');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    const facts = report.contexts[0]?.facts ?? [];
    expect(facts.filter((f) => f.name.startsWith('installer.')).map(at)).toEqual([
      'installer.name=rke2 @defaults/main.yml:4:18',
      'installer.name=rke2 @tasks/install.yml:12:5',
      'installer.release={{ rke2_version }} @tasks/install.yml:12:28',
    ]);
    // RKE2's defaults whatever the release: kube-proxy in iptables mode, Canal (Calico without encapsulation).
    expect(facts.filter((f) => ['kubeProxy.mode', 'calico.ipipMode', 'calico.vxlanMode'].includes(f.name)).map(at)).toEqual([
      'kubeProxy.mode=iptables @defaults/main.yml:4:18 [default]',
      'calico.ipipMode=Never @defaults/main.yml:4:18 [default]',
      'calico.vxlanMode=Never @defaults/main.yml:4:18 [default]',
    ]);
    // The Calico release differs between candidates: the leak rule is undetermined, never a finding.
    expect(report.undetermined.map((u) => u.ruleId)).toContain('CAL-KC-POD-CACHE-LEAK');
  });

  it('on RHEL 10.0 the one finding is true for every RKE2 release (kube-proxy iptables mode), placed at the script URL', () => {
    const { code, report } = scan('rke2-script-role', '--node-os', 'rhel-10.0', '--fail-on', 'none');
    expect(code).toBe(0);
    expect(report.findings.map((f) => `${f.ruleId} @${f.primary?.file}:${f.primary?.line}:${f.primary?.column}`)).toEqual([
      'NODE-EL10-NO-LEGACY-XTABLES @defaults/main.yml:4:18',
    ]);
  });
});

describe('a Kubespray repository whose release is only an image tag in a script', () => {
  it("Kubespray v2.18.2's bundled Calico v3.20.3 with IPIP Always, placed at the tag, on CentOS 7.9", () => {
    const { code, report, stderr } = scan('kubespray-image-tag', '--node-os', 'centos-7.9');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const ipip = report.findings.find((f) => f.ruleId === 'CAL-IPIP-CSUM-OFFLOAD');
    expect(ipip?.evidence.map(at)).toEqual(
      expect.arrayContaining(['calico.ipipMode=Always @scripts/deploy.sh:6:31 [default]', 'calico.version=3.20.3 @scripts/deploy.sh:6:31 [default]']),
    );
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(['CAL-IPIP-CSUM-OFFLOAD', 'CAL-KC-POD-CACHE-LEAK', 'KP-IPVS-CONN-REUSE-DELAY']);
  });
});

describe('a Talos home-ops repository whose machine configs are Jinja templates (*.yaml.j2)', () => {
  it("the KubeProxyConfig document's enabled: false makes every kube-proxy rule not applicable, naming its place; templates that hide structure are skipped with the reason", () => {
    const { code, report, stderr } = scan('talos-jinja');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    // The Ansible role's kubeadm template is a cluster of its own (the playbook's), apart from the Talos cluster.
    expect(report.contexts.map((c) => c.name)).toEqual(['ansible', 'kubernetes/talos']);
    const facts = report.contexts.find((c) => c.name === 'kubernetes/talos')?.facts.map(at) ?? [];
    expect(facts).toEqual(
      expect.arrayContaining([
        'kubeProxy.disabled=true @kubernetes/talos/controlplane.yaml.j2:15:10',
        'installer.name=talos @kubernetes/talos/cluster.yaml.j2:3:1',
        // version.yaml, which the templates are rendered with, pins both under Renovate comments.
        'installer.release=1.14.0-rc.1 @kubernetes/talos/version.yaml:3:16',
        'kubernetes.version=1.35.2 @kubernetes/talos/version.yaml:5:14',
      ]),
    );
    const reasons = new Set(report.notApplicable.filter((n) => n.ruleId.startsWith('KP-')).map((n) => n.reason));
    expect([...reasons]).toEqual([
      'kube-proxy is disabled (Talos KubeProxyConfig enabled: false: kube-proxy is not deployed) at kubernetes/talos/controlplane.yaml.j2:15:10',
    ]);
    // No kube-proxy fact in the Talos cluster from the role template (kubeadm, mode ipvs) nor from either branch of the makejinja condition.
    expect(facts.filter((f) => f.startsWith('kubeProxy.mode=') && !f.endsWith('[default]'))).toEqual([]);
    expect(facts.filter((f) => f.includes('templates/') || f.includes('makejinja/'))).toEqual([]);
    // The role keeps no values of its own: its kubeadm config template is read, the mode under `{% if %}` unresolved.
    const kubeadm = report.contexts.find((c) => c.name === 'ansible')?.facts.map(at) ?? [];
    expect(kubeadm).toEqual(
      expect.arrayContaining([
        'kubernetes.version=1.27.3 @ansible/roles/node/templates/kubeadm.yaml.j2:3:20',
        'kubeProxy.mode=ipvs @ansible/roles/node/templates/kubeadm.yaml.j2:8:7',
      ]),
    );
    expect(report.skipped.map((s) => `${s.path}: ${s.quiet ? 'quiet ' : ''}${s.detail.split(':')[0]}`)).toEqual([
      'ansible/roles/node/templates/kubeadm.yaml.j2: quiet read with template control lines set aside (lines 7, 9); values inside template conditions are unresolved',
      'kubernetes/talos/cluster.yaml.j2: quiet read with template control lines set aside (line 11); values inside template conditions are unresolved',
      'makejinja/talos/patch.yaml.j2: Jinja template with comment-like delimiters (makejinja #% %#, #{ }#)',
    ]);
  });
});

describe('a kubeadm Vagrant lab whose versions are set in a file the scripts source (`source /vagrant/scripts/ubuntu/common.sh`)', () => {
  it("K8S_VERSION from common.sh gives kubeadm's Kubernetes 1.27.3: the partial-sync race is a finding placed at the use, with the assignment in the evidence", () => {
    const { code, report, stderr } = scan('kubeadm-vagrant-sourced', '--node-os', 'ubuntu-22.04');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['KP-IPT-PARTIAL-SYNC-RACE']);
    const race = report.findings[0]!;
    expect(race.primary).toMatchObject({ file: 'scripts/ubuntu/master.sh', line: 7, column: 73 });
    const chain = (e: Evidence): string[] => [at(e), ...(e.derivedFrom ?? []).flatMap((d) => chain(d))];
    expect(race.evidence.flatMap((e) => chain(e))).toEqual(
      expect.arrayContaining(['kubernetes.version=1.27.3 @scripts/ubuntu/master.sh:7:73', 'kubernetes.version=1.27.3 @scripts/ubuntu/common.sh:2:14']),
    );
    // calico.sh, sourced by common.sh with a relative path (and sourcing it back), pins Calico.
    const calico = report.contexts[0]?.facts.filter((f) => f.name === 'calico.version') ?? [];
    expect(calico.flatMap((e) => chain(e))).toEqual([
      'calico.version=3.27.2 @scripts/ubuntu/master.sh:11:75',
      'calico.version=3.27.2 @scripts/lib/calico.sh:3:16',
    ]);
  });
});

describe('a KubeKey config that names neither the kube-proxy mode nor the Calico pool', () => {
  it("on CentOS 7.9: KubeKey's defaults (ipvs, Calico 3.27 with IPIP Always) give the tunl0 checksum high, placed at the Cluster", () => {
    const { code, report, stderr } = scan('kubekey', '--node-os', 'centos-7.9');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const ipip = report.findings.find((f) => f.ruleId === 'CAL-IPIP-CSUM-OFFLOAD');
    expect(ipip?.primary).toMatchObject({ file: 'config-sample.yaml', line: 3, column: 7 });
    expect(ipip?.evidence.map(at)).toEqual(
      expect.arrayContaining([
        'calico.ipipMode=Always @config-sample.yaml:3:7 [default]',
        'calico.version=one of 3.27.2, 3.27.3, 3.27.4 @config-sample.yaml:3:7 [default]',
      ]),
    );
    expect(report.findings.map((f) => f.ruleId)).toContain('KP-IPVS-CONN-REUSE-DELAY');
  });

  it('on Ubuntu 22.04 (kernel 5.15) nothing is found, and nothing is left undetermined for want of the kernel', () => {
    const { code, report } = scan('kubekey', '--node-os', 'ubuntu-22.04');
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.undetermined.map((u) => u.ruleId)).not.toContain('KP-IPVS-CONN-REUSE');
  });
});

describe('a Talos management cluster beside the Cluster API clusters it runs (Sidero, TalosControlPlane)', () => {
  it("each is its own cluster: the management cluster's disabled kube-proxy does not silence the workload clusters', and Talos 1.3's iptables default meets 1.27.1 but not 1.27.11", () => {
    const { code, report, stderr } = scan('talos-capi-mgmt');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.contexts.map((c) => c.name)).toEqual(['clusters/edge-0', 'clusters/edge-1', 'talos']);
    const races = report.findings.filter((f) => f.ruleId === 'KP-IPT-PARTIAL-SYNC-RACE');
    expect(races.map((f) => f.primary)).toEqual([{ file: 'clusters/edge-0/cluster.yaml', line: 21, column: 12, endLine: 21, endColumn: 19 }]);
    expect(races[0]?.evidence.map(at)).toEqual(expect.arrayContaining(['kubeProxy.mode=iptables @clusters/edge-0/cluster.yaml:19:21 [default]']));
    const edge = report.contexts.find((c) => c.name === 'clusters/edge-0');
    expect(edge?.facts.map(at)).toEqual(
      expect.arrayContaining(['installer.name=talos @clusters/edge-0/cluster.yaml:12:7', 'installer.release=1.3.0 @clusters/edge-0/cluster.yaml:19:21']),
    );
    const mgmt = report.contexts.find((c) => c.name === 'talos');
    expect(mgmt?.facts.map(at)).toContain('kubeProxy.disabled=true @talos/controlplane.yaml:15:15');
    expect(report.findings.filter((f) => f.ruleId.startsWith('KP-')).length).toBe(1);
  });
});

describe('a project that tests on kind: hack/kind-ipvs.yaml (kindest/node v1.27.3, ipvs) beside hack/kind.yaml (defaults)', () => {
  it('each kind config is a test cluster of its own; with the host kernel unknown nothing is found and the kernel rules say so', () => {
    const { code, report, stderr } = scan('kind');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(report.contexts.map((c) => c.name)).toEqual(['hack/kind-ipvs.yaml', 'hack/kind.yaml']);
    expect(report.findings).toEqual([]);
    const reuse = report.undetermined.find((u) => u.ruleId === 'KP-IPVS-CONN-REUSE');
    expect(reuse?.primary).toMatchObject({ file: 'hack/kind-ipvs.yaml', line: 10, column: 12 });
    expect(reuse?.evidence.map(at)).toEqual(expect.arrayContaining(['kubeProxy.mode=ipvs @hack/kind-ipvs.yaml:6:18']));
    // The default cluster: kube-proxy iptables by kind's default, its version one of kind's default images.
    const race = report.undetermined.find((u) => u.ruleId === 'KP-IPT-PARTIAL-SYNC-RACE');
    expect(race?.primary).toMatchObject({ file: 'hack/kind.yaml', line: 2, column: 7 });
  });

  it('a host kernel older than 5.9 makes the ipvs cluster a finding at its node image (the rule keeps its severity); 5.15 clears it', () => {
    const old = scan('kind', '--kernel-version', '4.18.0');
    expect(old.code).toBe(1);
    expect(old.report.findings.map((f) => `${f.ruleId} ${f.primary?.file}:${f.primary?.line}:${f.primary?.column}`)).toEqual([
      'KP-IPVS-CONN-REUSE hack/kind-ipvs.yaml:10:12',
    ]);
    const current = scan('kind', '--kernel-version', '5.15.0');
    expect(current.code).toBe(0);
    expect(current.report.findings).toEqual([]);
    expect(current.report.undetermined.map((u) => u.ruleId)).not.toContain('KP-IPVS-CONN-REUSE');
  });
});

describe('a KubeOne manifest (kubeone.k8c.io/v1beta2, Kubernetes 1.29.4, kubeProxy ipvs, Canal by default)', () => {
  it('the kernel unknown: the ipvs rules are undetermined at versions.kubernetes, the Calico backend rules for the release and OS', () => {
    const { code, report, stderr } = scan('kubeone');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    const reuse = report.undetermined.find((u) => u.ruleId === 'KP-IPVS-CONN-REUSE');
    expect(reuse?.primary).toMatchObject({ file: 'kubeone.yaml', line: 6, column: 15 });
    expect(reuse?.evidence.map(at)).toEqual(expect.arrayContaining(['kubeProxy.mode=ipvs @kubeone.yaml:13:5']));
    expect(report.undetermined.map((u) => u.ruleId)).toContain('CAL-IPT-BACKEND-DETECT');
  });

  it('on a 4.18 kernel the IPVS conn_reuse rule is a high finding; Canal gives no Calico encapsulation finding', () => {
    const { code, report } = scan('kubeone', '--kernel-version', '4.18.0');
    expect(code).toBe(1);
    expect(report.findings.map((f) => `${f.ruleId} ${f.primary?.file}:${f.primary?.line}:${f.primary?.column}`)).toEqual([
      'KP-IPVS-CONN-REUSE kubeone.yaml:6:15',
    ]);
  });
});

describe('per-node Talos control-plane configs, one folder per node', () => {
  it('the configs of one endpoint and cluster name are one cluster rooted where they are (with the worker beside them); another endpoint stays apart', () => {
    const { code, report, stderr } = scan('talos-per-node');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.contexts.map((c) => `${c.name}: ${c.formedBy}`)).toEqual([
      'clusters/home: directory clusters/home/: Talos control-plane configs of one cluster in controlplane-1/, controlplane-2/ (Talos endpoint https://10.10.0.5:6443, clusterName home)',
      'clusters/lab: directory clusters/lab/: Talos control-plane configs of one cluster in controlplane-1/, controlplane-2/ (Talos endpoint https://10.20.0.5:6443, clusterName lab)',
    ]);
    // One finding per cluster, not one per node folder.
    expect(report.findings.map((f) => `${f.ruleId} ${f.primary?.file}:${f.primary?.line}:${f.primary?.column}`)).toEqual([
      'KP-IPT-PARTIAL-SYNC-RACE clusters/home/controlplane-1/controlplane.yaml:15:12',
      'KP-IPT-PARTIAL-SYNC-RACE clusters/lab/controlplane-1/controlplane.yaml:14:12',
    ]);
    const lab = report.contexts.find((c) => c.name === 'clusters/lab');
    expect(lab?.facts.map(at).filter((f) => f.includes('worker-1'))).toEqual([]);
    const home = report.contexts.find((c) => c.name === 'clusters/home');
    expect(home?.facts.map(at)).toContain('installer.release=1.6.7 @clusters/home/worker-1/worker.yaml:6:41');
  });

  it('two clusters whose node folders sit side by side in one folder: one cluster each over its own folders, named by endpoint and cluster name', () => {
    const { code, report, stderr } = scan('talos-per-node-flat');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.contexts.map((c) => c.name)).toEqual([
      'talos (Talos endpoint https://10.10.0.5:6443, clusterName home)',
      'talos (Talos endpoint https://10.20.0.5:6443, clusterName lab)',
    ]);
    expect(report.findings.map((f) => f.primary?.file)).toEqual(['talos/cp-home-1/controlplane.yaml', 'talos/cp-lab-1/controlplane.yaml']);
  });
});

describe('a kind config whose kind release a Makefile pins (v0.20.0), beside a Go vendor tree holding an old Node object', () => {
  it("kind v0.20.0's default node image is Kubernetes 1.27.3: kube-proxy 1.27.3 in iptables mode has the partial-sync race (high, placed at the release); vendor/ is left out", () => {
    const { code, report, stderr } = scan('kind-vendor');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.excluded?.map((e) => e.path)).toEqual(['vendor/']);
    expect(report.findings.map((f) => `${f.ruleId} ${f.primary?.file}:${f.primary?.line}:${f.primary?.column}`)).toEqual([
      'KP-IPT-PARTIAL-SYNC-RACE Makefile:4:80',
    ]);
    const race = report.findings[0]!;
    expect(race.evidence.map(at)).toEqual(expect.arrayContaining(['kubeProxy.mode=iptables @Makefile:4:80 [default]']));
    // The host kernel is never guessed: the kernel rules stay undetermined.
    expect(report.undetermined.map((u) => u.ruleId)).toContain('NODE-CONNTRACK-DNS-RACE');
  });
});

describe('a kind config written inline in a script (cat <<EOF | kind create cluster --config=-) that downloads kind v0.20.0', () => {
  it("the heredoc is the cluster's config: ipvs, and kind v0.20.0's default image (Kubernetes 1.27.3) for its image-less nodes; the kernel decides", () => {
    const { code, report, stderr } = scan('kind-heredoc');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const reuse = report.undetermined.find((u) => u.ruleId === 'KP-IPVS-CONN-REUSE');
    expect(reuse?.primary).toMatchObject({ file: 'hack/e2e.sh', line: 4, column: 62 });
    expect(reuse?.evidence.map(at)).toEqual(expect.arrayContaining(['kubeProxy.mode=ipvs @hack/e2e.sh:10:18']));
    const old = scan('kind-heredoc', '--kernel-version', '4.18.0');
    expect(old.code).toBe(1);
    expect(old.report.findings.map((f) => f.ruleId)).toEqual(['KP-IPVS-CONN-REUSE']);
  });
});

describe('a chart repository whose CI starts a kind cluster (helm/kind-action, kindest/node v1.27.3) and defines no cluster in a kind config', () => {
  it('the kind action is named as left out, with its facts counted; a versioned vendor/ folder (no Go module) is read', () => {
    const { report, stderr } = scan('kind-action-only');
    expect(stderr).toBe('');
    expect(report.excluded).toEqual([expect.objectContaining({ path: '.github/workflows/chart-test.yml', facts: 3 })]);
    expect(report.excluded?.[0]?.reason).toContain('no kind config (kind: Cluster)');
    // No finding rests on the kind cluster's version: only the vendored kubeadm config is a cluster.
    expect(report.findings.every((f) => f.primary?.file === 'vendor/cluster-config-v1.2/kubeadm.yaml')).toBe(true);
    const facts = report.contexts.flatMap((c) => c.facts.map((f) => `${f.name}=${f.value}`));
    expect(facts).toEqual(expect.arrayContaining(['kubernetes.version=1.29.4', 'kubeProxy.mode=ipvs']));
    expect(facts).not.toContain('kubernetes.version=1.27.3');
  });
});

describe("a kubeadm playbook whose role templates are named without .yaml (kubeadm-init.j2), beside a packaged role's kubeadm.conf.j2", () => {
  it("the playbook's own role template is the cluster's config (1.27.10, iptables: the partial-sync race, placed at the version); the packaged role's is set aside", () => {
    const { code, report, stderr } = scan('ansible-kubeadm-j2');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.findings.map((f) => `${f.ruleId} @${f.primary?.file}:${f.primary?.line}:${f.primary?.column}`)).toEqual([
      'KP-IPT-PARTIAL-SYNC-RACE @roles/control-plane/templates/kubeadm-init.j2:9:20',
    ]);
    const facts = report.contexts[0]?.facts.map(at) ?? [];
    expect(facts).toEqual(
      expect.arrayContaining([
        'kubernetes.version=1.27.10 @roles/control-plane/templates/kubeadm-init.j2:9:20',
        'kubeProxy.mode=iptables @roles/control-plane/templates/kubeadm-init.j2:16:7',
      ]),
    );
    // The role that keeps defaults of its own renders from them: its template is no config of this repository.
    expect(facts.filter((f) => f.includes('kubeadm.conf.j2'))).toEqual([]);
    expect(report.skipped.map((s) => `${s.path}: ${s.quiet ? 'quiet ' : ''}${s.detail}`)).toEqual([
      "roles/kubernetes-base/templates/kubeadm.conf.j2: quiet Jinja template in a templates/ folder (an Ansible role's); the variables it is rendered from are read instead",
    ]);
  });
});

describe("a kubeadm playbook whose own pod-network role (with defaults/) keeps its Calico manifest as a Jinja template beside Canal's", () => {
  it('the Calico template is read (3.20.2, IPIP Always: the tunl0 checksum bug on kernel 5.4), the Canal template stays set aside', () => {
    const { code, report, stderr } = scan('ansible-calico-role-j2', '--kernel-version', '5.4.0');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.findings.map((f) => `${f.ruleId} ${f.severity} @${f.primary?.file}:${f.primary?.line}:${f.primary?.column}`)).toEqual([
      'CAL-IPIP-CSUM-OFFLOAD high @roles/pod-network/templates/calico.yaml.j2:29:18',
      'CAL-KC-POD-CACHE-LEAK low @roles/pod-network/templates/calico.yaml.j2:29:18',
    ]);
    const facts = report.contexts[0]?.facts.map(at) ?? [];
    expect(facts).toEqual(
      expect.arrayContaining([
        'calico.version=3.20.2 @roles/pod-network/templates/calico.yaml.j2:29:18',
        'calico.ipipMode=Always @roles/pod-network/templates/calico.yaml.j2:34:22',
        'kubernetes.version=1.22.4 @group_vars/all.yml:2:15',
      ]),
    );
    // Canal (calico-node beside flannel) is another choice of the same role, not what it applies with pod_network: calico.
    expect(facts.filter((f) => f.includes('canal.yaml.j2') || f.includes('3.9.6'))).toEqual([]);
    expect(report.skipped.map((s) => `${s.path}: ${s.quiet ? 'quiet ' : ''}${s.detail}`)).toEqual([
      'roles/pod-network/templates/calico.yaml.j2: quiet read with template control lines set aside (lines 39, 42); values inside template conditions are unresolved',
      "roles/pod-network/templates/canal.yaml.j2: quiet Jinja template in a templates/ folder (an Ansible role's); the variables it is rendered from are read instead",
    ]);
  });
});

describe('a KubeOne manifest whose KubeOne release is pinned outside it (Kubernetes 1.27.8, default mode and CNI)', () => {
  const calico = (r: Report) => r.contexts[0]?.facts.filter((f) => f.name === 'installer.release' || f.name === 'calico.version').map(at);

  it("asdf's .tool-versions `kubeone 1.7.3`: KubeOne 1.7.3's Canal, Calico 3.26.3, placed at the pin", () => {
    const { code, report, stderr } = scan('kubeone-asdf');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(calico(report)).toEqual(['installer.release=1.7.3 @.tool-versions:2:9', 'calico.version=3.26.3 @.tool-versions:2:9 [default]']);
  });

  it('a workflow\'s env KUBEONE_VERSION: "1.8.2" (what get.kubeone.io installs): KubeOne 1.8.2\'s Calico 3.27.4', () => {
    const { code, report, stderr } = scan('kubeone-workflow');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(calico(report)).toEqual([
      'installer.release=1.8.2 @.github/workflows/apply.yml:6:21',
      'calico.version=3.27.4 @.github/workflows/apply.yml:6:21 [default]',
    ]);
    // Kubernetes 1.27.8 in iptables mode (kube-proxy's default under KubeOne) has the partial-sync race either way.
    expect(report.findings.map((f) => `${f.ruleId} @${f.primary?.file}:${f.primary?.line}:${f.primary?.column}`)).toEqual([
      'KP-IPT-PARTIAL-SYNC-RACE @kubeone.yaml:6:15',
    ]);
  });
});

describe('a script that creates the e2e kind cluster with --config hack/kind-config.yaml --image kindest/node:v1.29.2, beside an IPVS kind config a Makefile creates', () => {
  it("--image is every node's image of the config it names: 1.29.2 replaces the config's v1.27.3 nodes (no partial-sync race, no conflict); the IPVS cluster keeps its own", () => {
    const { code, report, stderr } = scan('kind-image-flag');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    const versions = (name: string) =>
      report.contexts
        .find((c) => c.name === name)
        ?.facts.filter((f) => f.name === 'kubernetes.version')
        .map(at);
    expect(versions('hack/kind-config.yaml')).toEqual(['kubernetes.version=1.29.2 @hack/e2e-up.sh:6:87']);
    expect(versions('hack/kind-ipvs.yaml')).toEqual(['kubernetes.version=1.27.3 @hack/kind-ipvs.yaml:8:12']);
    const e2e = report.contexts.find((c) => c.name === 'hack/kind-config.yaml') as Report['contexts'][number] & { overridden?: Evidence[] };
    expect(e2e.overridden?.map(at)).toEqual(['kubernetes.version=1.27.3 @hack/kind-config.yaml:6:12', 'kubernetes.version=1.27.3 @hack/kind-config.yaml:8:12']);
    expect((report as unknown as { diagnostics: unknown[] }).diagnostics).toEqual([]);
    expect(report.undetermined.map((u) => u.ruleId)).not.toContain('KP-IPT-PARTIAL-SYNC-RACE');
  });
});

describe('a kubeadm playbook whose role writes kubeadm\'s config in a copy task (v{{ kube_version }}, mode "{{ proxy_mode }}"), set in the inventory\'s group_vars', () => {
  it('the values come from group_vars/all.yml: one cluster, Kubernetes 1.28.6 in ipvs mode, each placed in the task with the variable as evidence', () => {
    const { code, report, stderr } = scan('ansible-content-vars');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(report.contexts.map((c) => c.name)).toEqual(['repository']);
    const facts = report.contexts[0]!.facts.filter((f) => f.place?.file === 'roles/kubeadm/tasks/main.yml' && f.name !== 'apiserver.admissionPlugins');
    expect(facts.map((f) => `${at(f)} <- ${f.derivedFrom?.map(at).join(', ')}`)).toEqual([
      'cluster.definition= @roles/kubeadm/tasks/main.yml:8:13 <- undefined',
      'installer.name=kubeadm @roles/kubeadm/tasks/main.yml:8:13 <- undefined',
      'kubernetes.version=1.28.6 @roles/kubeadm/tasks/main.yml:9:26 <- ansible.variable=1.28.6 @inventory/group_vars/all.yml:2:15',
      'kubeProxy.mode=ipvs @roles/kubeadm/tasks/main.yml:15:13 <- ansible.variable=ipvs @inventory/group_vars/all.yml:3:13',
      // The task that runs `kubeadm init --config` names kubeadm too (ansible-command-tasks).
      'installer.name=kubeadm @roles/kubeadm/tasks/main.yml:18:28 <- undefined',
    ]);
  });

  it('on a 4.18 kernel the IPVS conn_reuse rule is a high finding (the mode was a placeholder before)', () => {
    const { code, report } = scan('ansible-content-vars', '--kernel-version', '4.18.0');
    expect(code).toBe(1);
    expect(report.findings.map((f) => `${f.ruleId} ${f.primary?.file}:${f.primary?.line}:${f.primary?.column}`)).toEqual([
      'KP-IPVS-CONN-REUSE inventory/group_vars/all.yml:2:15',
    ]);
  });
});

describe("a kubeadm playbook whose own role's template takes {{ kubernetes_version }} from group_vars/all.yml, in names of its own (none Kubespray's)", () => {
  it("the inventory's variables file is read whatever it names: v{{ k8s_release }} gives Kubernetes 1.17.4, so CVE-2020-8558 (kubelet fixed in 1.17.7) is a high at the template", () => {
    const { code, report, stderr } = scan('ansible-playbook-vars');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.findings.map((f) => `${f.ruleId} ${f.primary?.file}:${f.primary?.line}:${f.primary?.column}`)).toEqual([
      'KP-CVE-2020-8558 roles/master/templates/kubeadm-config.yml.j2:3:20',
    ]);
    const version = report.contexts[0]?.facts.find((f) => f.name === 'kubernetes.version');
    expect(version && at(version)).toBe('kubernetes.version=1.17.4 @roles/master/templates/kubeadm-config.yml.j2:3:20');
    expect(version?.derivedFrom?.map(at)).toEqual([
      'ansible.variable=v{{ k8s_release }} @group_vars/all.yml:3:21',
      'ansible.variable=1.17.4 @group_vars/all.yml:2:14',
    ]);
  });
});

describe('a kube-proxy DaemonSet exported from a GKE cluster, with nothing else to say which installer runs it', () => {
  it('v1.27.3-gke.100 is a GKE build, read as that patch or any later build: the partial-sync race (fixed upstream in 1.27.11) is undetermined, never a finding', () => {
    const { code, report, stderr } = scan('gke-kube-proxy-export');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    const race = report.undetermined.find((u) => u.ruleId === 'KP-IPT-PARTIAL-SYNC-RACE');
    expect(race?.evidence.map(at)).toEqual([
      'kubeProxy.mode=iptables @kube-system/kube-proxy.yaml:21:15',
      'kubeProxy.version=1.27.3-gke.100 @kube-system/kube-proxy.yaml:18:18',
    ]);
    expect(race?.evidence[1]).toMatchObject({ candidates: ['>=1.27.3'] });
  });
});

describe("a talhelper cluster whose kube-proxy is disabled only in a patch file (talconfig.yaml's `@./patches/controller/cluster.yaml`)", () => {
  it('the patch holds no trigger of a whole machine config but sits in a Talos folder: read, kube-proxy disabled, no partial-sync race high for 1.27.4', () => {
    const { code, report, stderr } = scan('talhelper-patches');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.undetermined).toEqual([]);
    const facts = report.contexts[0]?.facts.map(at) ?? [];
    expect(facts).toEqual(
      expect.arrayContaining([
        'kubeProxy.disabled=true @cluster/talos/patches/controller/cluster.yaml:7:15',
        'kubernetes.version=1.27.4 @cluster/talos/talconfig.yaml:3:20',
      ]),
    );
    expect(report.notApplicable.find((n) => n.ruleId === 'KP-IPT-PARTIAL-SYNC-RACE')?.reason).toBe(
      'kube-proxy is disabled (Talos cluster.proxy.disabled: kube-proxy is not deployed) at cluster/talos/patches/controller/cluster.yaml:7:15',
    );
  });
});

describe('an Ansible kubeadm playbook that runs `kubeadm init --kubernetes-version {{ k8s_version }}` from a shell task', () => {
  it('the task is read as shell, its {{ k8s_version }} resolved from group_vars: kube-proxy 1.28.2 in iptables mode has the partial-sync race (every kube-proxy rule was "not applicable" before)', () => {
    const { code, report, stderr } = scan('ansible-kubeadm-command');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['KP-IPT-PARTIAL-SYNC-RACE']);
    expect(report.findings[0]?.primary).toMatchObject({ file: 'roles/master/tasks/main.yml', line: 3, column: 39 });
    const facts = report.contexts[0]?.facts.map(at) ?? [];
    expect(facts).toEqual(
      expect.arrayContaining([
        'installer.name=kubeadm @roles/master/tasks/main.yml:3:5',
        'kubernetes.version=1.28.2 @roles/master/tasks/main.yml:3:39',
        'kubeProxy.mode=iptables @roles/master/tasks/main.yml:3:5 [default]',
      ]),
    );
    expect(report.notApplicable.filter((n) => n.ruleId.startsWith('KP-'))).toEqual([]);
  });
});

describe('an Ansible kubeadm playbook whose version is a group variable of a YAML inventory (inventory/hosts.yml, all: children: k8s: vars:)', () => {
  it("the group variable resolves the task's {{ k8s_version }}: kube-proxy 1.27.4 has the partial-sync race (undetermined with the version unresolved before)", () => {
    const { report, stderr } = scan('ansible-inventory-vars');
    expect(stderr).toBe('');
    expect(report.findings.map((f) => f.ruleId)).toEqual(['KP-IPT-PARTIAL-SYNC-RACE']);
    const version = report.contexts[0]?.facts.find((f) => f.name === 'kubernetes.version');
    expect(version ? at(version) : undefined).toBe('kubernetes.version=1.27.4 @site.yml:5:64');
    expect(version?.derivedFrom?.map(at)).toEqual(['ansible.variable=v1.27.4 @inventory/hosts.yml:12:22']);
  });
});
