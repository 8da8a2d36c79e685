import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { heapFlagsFor } from '../../src/heap-flags.js';
import { REPO } from './fake-io.js';
// @ts-expect-error: the generator is a plain .mjs script without type declarations
import { generateTfRepo } from '../../scripts/gen-tf-repo.mjs';

/** Terraform repositories scanned by the committed bundle, as a user would (`npm run bundle` first). */
const CLI = join(REPO, 'dist/cli.js');

interface JsonReport {
  findings: { ruleId: string; evidence: { name: string; value: string; place?: { file: string; line: number; column: number } }[] }[];
  undetermined: { ruleId: string }[];
  skipped: { path: string; reason: string; detail: string }[];
}

function scanJson(dir: string, ...args: string[]): { code: number | null; report: JsonReport; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json', ...args], { cwd: REPO, encoding: 'utf8' });
  return { code: r.status, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first');
});

describe('scan Terraform repositories', () => {
  it('EKS module 1.28 with the kube-proxy add-on v1.28.1-eksbuild.1: the partial-sync race, and nothing else', () => {
    const { code, report, stderr } = scanJson('test/fixtures/terraform-eks/module-addons');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['KP-IPT-PARTIAL-SYNC-RACE']);
    expect(report.undetermined.map((u) => u.ruleId)).toEqual([]);
    expect(report.skipped).toEqual([]);
    const ev = report.findings[0]!.evidence.map((e) => `${e.name}=${e.value}@${e.place?.file}:${e.place?.line}:${e.place?.column}`);
    expect(ev).toEqual(['kubeProxy.mode=iptables@main.tf:19:5', 'kubeProxy.version=1.28.1-eksbuild.1@main.tf:20:23']);
  });

  it('EKS 1.29 with tigera-operator chart v3.26.1 and VXLAN set on AL2 nodes (kernel 5.10): the offload performance rule only', () => {
    const { code, report } = scanJson('test/fixtures/terraform-repos/eks-tigera-vxlan');
    expect(code).toBe(0);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['CAL-VXLAN-CSUM-OFF-PERF']);
    expect(report.undetermined.map((u) => u.ruleId)).toEqual([]);
    const ev = report.findings[0]!.evidence.map((e) => `${e.name}=${e.value}@${e.place ? `${e.place.file}:${e.place.line}:${e.place.column}` : 'derived'}`);
    expect(ev).toEqual(['calico.vxlanMode=Always@calico.tf:21:13', 'calico.version=3.26.1@calico.tf:5:22', 'node.kernel=5.10@derived']);
  });

  it('the same with the chart values in a file the helm_release reads with file(): the finding points into that file', () => {
    const { code, report } = scanJson('test/fixtures/terraform-repos/eks-calico-values-file');
    expect(code).toBe(0);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['CAL-VXLAN-CSUM-OFF-PERF']);
    expect(report.undetermined.map((u) => u.ruleId)).toEqual([]);
    expect(report.skipped).toEqual([]);
    const ev = report.findings[0]!.evidence.map((e) => `${e.name}=${e.value}@${e.place ? `${e.place.file}:${e.place.line}:${e.place.column}` : 'derived'}`);
    expect(ev).toEqual(['calico.vxlanMode=Always@helm/calico-values.yaml:6:24', 'calico.version=3.26.1@main.tf:25:16', 'node.kernel=5.10@derived']);
  });

  it('AKS 1.30 with Azure CNI and Calico network policy: Azure-managed Calico 3.26.3, policy only: no findings, nothing undetermined', () => {
    const { code, report } = scanJson('test/fixtures/terraform-aks/calico-policy');
    expect(code).toBe(0);
    const r = report as JsonReport & { contexts: { facts: { name: string; value: string; origin: string }[] }[] };
    expect(r.contexts[0]!.facts.filter((f) => f.name === 'calico.version').map((f) => `${f.value} ${f.origin}`)).toEqual(['3.26.3 default']);
    expect(report.findings).toEqual([]);
    expect(report.undetermined).toEqual([]);
  });

  it('GKE Dataplane V1 with Calico at node version 1.28.3-gke: the partial-sync race waits for the build GKE runs; the Calico rules for the Calico release', () => {
    const { code, report } = scanJson('test/fixtures/terraform-gke/dataplane-v1-calico');
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    const race = report.undetermined.find((u) => u.ruleId === 'KP-IPT-PARTIAL-SYNC-RACE') as unknown as { primary: { line: number; column: number } };
    expect(race.primary).toMatchObject({ line: 30, column: 14 });
    expect(report.undetermined.map((u) => u.ruleId).sort()).toEqual([
      'CAL-IPIP-CSUM-OFFLOAD',
      'CAL-IPT-BACKEND-DETECT',
      'CAL-IPT-DEFAULT-LEGACY',
      'CAL-KC-POD-CACHE-LEAK',
      'CAL-VXLAN-CSUM-63S',
      'CAL-VXLAN-CSUM-OFF-PERF',
      'CAL-VXLAN-CSUM-SNAT-CORRUPT',
      'CAL-VXLAN-PARENT-CHANGE',
      'KP-IPT-PARTIAL-SYNC-RACE',
      'KP-SNAT-RANDOM-FULLY',
      'NODE-CONNTRACK-DNS-RACE',
      'NODE-EL10-NO-LEGACY-XTABLES',
    ]);
  });

  it('a GKE version is only the lowest the cluster runs: inside a fixed range undetermined (never a finding), at or past the fix clear', () => {
    const { code, report, stderr } = scanJson('test/fixtures/terraform-repos/gke-builds');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    const r = report as JsonReport & { contexts: { name: string; facts: { name: string; value: string; candidates?: string[] }[] }[] };
    const versions = r.contexts.map((c) => {
      const f = c.facts.find((x) => x.name === 'kubeProxy.version')!;
      return `${c.name}: ${f.value} [${f.candidates?.join(' ')}]`;
    });
    expect(versions).toEqual([
      'envs/cve-fixed: 1.16.11 or later [>=1.16.11]',
      'envs/fixed: 1.27.11 or later [>=1.27.11]',
      'envs/old-minor: 1.15.12 or later [>=1.15.12]',
      'envs/race-window: 1.27.10-gke.1055000 [>=1.27.10]',
    ]);
    const kp = report.undetermined
      .map((u) => `${u.ruleId} ${(u as unknown as { context: string }).context}`)
      .filter((u) => /KP-IPT-PARTIAL-SYNC-RACE|KP-CVE-2020-8558/.test(u));
    // Upstream 1.27.10 has the race and every 1.15 patch CVE-2020-8558: a GKE build of them may not.
    expect(kp).toEqual(['KP-CVE-2020-8558 envs/old-minor', 'KP-IPT-PARTIAL-SYNC-RACE envs/race-window']);
  });

  it('SARIF gives the span too, as a property a tool can read (never the test points 99999.0.0 / 1.27.99999); the message says it in words', () => {
    const r = spawnSync(process.execPath, [CLI, 'scan', 'test/fixtures/terraform-repos/gke-builds', '--format', 'sarif', '--sarif-undetermined'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('99999');
    const sarif = JSON.parse(r.stdout) as {
      runs: { results: { ruleId: string; message: { text: string }; properties: { cluster: string; candidates?: object } }[] }[];
    };
    const race = sarif.runs[0]!.results.find((x) => x.ruleId === 'KP-IPT-PARTIAL-SYNC-RACE');
    expect(race?.properties).toMatchObject({ cluster: 'envs/race-window', candidates: { 'kubeProxy.version': ['>=1.27.10'] } });
    expect(race?.message.text).toContain('or later');
  });

  it('AKS runs its own kube-proxy builds of a patch: 1.27.10 leaves the partial-sync race undetermined (never a finding), 1.27.11 and 1.26.15 are clear', () => {
    const { code, report, stderr } = scanJson('test/fixtures/terraform-repos/aks-patch-builds');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const r = report as JsonReport & {
      contexts: { name: string; facts: { name: string; value: string; origin: string; candidates?: string[]; place?: { line: number; column: number } }[] }[];
    };
    const proxy = r.contexts.map((c) => {
      const f = c.facts.find((x) => x.name === 'kubeProxy.version')!;
      return `${c.name}: ${f.value} ${f.origin} [${f.candidates?.join(' ')}] @${f.place?.line}:${f.place?.column}`;
    });
    expect(proxy).toEqual([
      'envs/before-race: 1.26.15–1.26.x default [>=1.26.15 <1.27.0] @6:25',
      'envs/fixed: 1.27.11–1.27.x default [>=1.27.11 <1.28.0] @6:25',
      'envs/fixed-later: 1.27.10–1.27.x default [>=1.27.10 <1.28.0] @8:25',
    ]);
    expect(report.findings).toEqual([]);
    expect(report.undetermined.map((u) => `${u.ruleId} ${(u as unknown as { context: string }).context}`)).toEqual([
      'KP-IPT-PARTIAL-SYNC-RACE envs/fixed-later',
    ]);
  });

  it("a local module's variables take the values its call passes: the race from the add-on version main.tf gives, placed in the module with the call in the evidence", () => {
    const { code, report, stderr } = scanJson('test/fixtures/terraform-repos/local-module');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['KP-IPT-PARTIAL-SYNC-RACE']);
    type Ev = { name: string; value: string; note?: string; place?: { file: string; line: number; column: number }; derivedFrom?: Ev[] };
    const at = (e: Ev) => (e.place ? `${e.place.file}:${e.place.line}:${e.place.column}` : 'derived');
    const ev = (report.findings[0]!.evidence as Ev[]).map((e) => `${e.name}=${e.value}@${at(e)} [${(e.derivedFrom ?? []).map(at).join(' ')}]`);
    expect(ev).toEqual([
      'kubeProxy.mode=iptables@modules/eks-cluster/main.tf:11:1 []',
      'kubeProxy.version=1.28.1-eksbuild.1@modules/eks-cluster/main.tf:14:19 [main.tf:7:24]',
    ]);
    const r = report as JsonReport & { contexts: { facts: Ev[] }[] };
    const version = r.contexts[0]!.facts.find((f) => f.name === 'kubernetes.version')!;
    // The call's var.cluster_version is the root's terraform.tfvars value, not either variable's default.
    expect(`${version.value}@${at(version)} [${(version.derivedFrom ?? []).map(at).join(' ')}]`).toBe(
      '1.28@modules/eks-cluster/main.tf:4:14 [main.tf:6:24 terraform.tfvars:1:19]',
    );
    // …and, as an EKS version, only the lowest the kubelet can be (data/installers/eks.yaml kubeletBuilds).
    expect(version.note?.split('; EKS kubelet ')).toEqual([
      'aws_eks_cluster version; from var.cluster_version from module.cluster in main.tf → var.cluster_version in terraform.tfvars',
      expect.stringMatching(/^1\.28 or a later build: EKS AMIs carry EKS's kubelet builds of the minor/),
    ]);
    // What the call does not pass keeps the module's default (AL2 on 1.28: kernel 5.10).
    expect(r.contexts[0]!.facts.find((f) => f.name === 'node.os')?.value).toBe('eks-al2-1.28');
  });

  it('a local module called twice with different versions: the version is unresolved, naming both calls; a value neither call passes keeps the default', () => {
    const { code, report, stderr } = scanJson('test/fixtures/terraform-repos/local-module-calls');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const r = report as JsonReport & { contexts: { facts: { name: string; value: string; unresolved?: boolean; note?: string }[] }[] };
    const facts = r.contexts[0]!.facts;
    expect(facts.find((f) => f.name === 'kubernetes.version')).toMatchObject({
      value: 'var.kubernetes_version',
      unresolved: true,
      note: 'azurerm_kubernetes_cluster kubernetes_version; the 2 calls of modules/aks/ pass different values (envs/lab/main.tf: 1.29.1, envs/prod/main.tf: 1.29.2)',
    });
    expect(facts.find((f) => f.name === 'node.os')?.value).toBe('ubuntu-22.04');
    expect(facts.some((f) => f.name.startsWith('calico.'))).toBe(false);
    expect(report.findings).toEqual([]);
    expect(report.undetermined.map((u) => u.ruleId)).toEqual([
      'KP-CVE-2020-8558',
      'KP-IPT-BACKEND-LEGACY-ONLY',
      'KP-IPT-PARTIAL-SYNC-RACE',
      'KP-SNAT-RANDOM-FULLY',
    ]);
  });

  it('kubeadm run by remote-exec provisioners at 1.28.3 (a variable substituted into the commands): the partial-sync race at the interpolation; a Calico under %{ if } leaves the Calico rules undetermined', () => {
    const { code, report, stderr } = scanJson('test/fixtures/terraform-remote-exec/kubeadm');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['KP-IPT-PARTIAL-SYNC-RACE']);
    const f = report.findings[0]! as JsonReport['findings'][number] & { primary: { file: string; line: number; column: number; endColumn: number } };
    expect(f.primary).toMatchObject({ file: 'main.tf', line: 17, column: 47, endColumn: 72 });
    expect(f.evidence.map((e) => `${e.name}=${e.value}@${e.place ? `${e.place.line}:${e.place.column}` : 'derived'}`)).toEqual([
      'kubeProxy.mode=iptables@17:13',
      'kubeProxy.version=1.28.3@derived',
      'kubeProxy.version=1.28.3@derived',
    ]);
    expect(report.undetermined.map((u) => u.ruleId).sort()).toEqual([
      'CAL-IPIP-CSUM-OFFLOAD',
      'CAL-IPT-BACKEND-DETECT',
      'CAL-IPT-DEFAULT-LEGACY',
      'CAL-KC-POD-CACHE-LEAK',
      'CAL-VXLAN-CSUM-63S',
      'CAL-VXLAN-CSUM-OFF-PERF',
      'CAL-VXLAN-CSUM-SNAT-CORRUPT',
      'CAL-VXLAN-PARENT-CHANGE',
      'KP-SNAT-RANDOM-FULLY',
      'NODE-CONNTRACK-DNS-RACE',
      'NODE-EL10-NO-LEGACY-XTABLES',
    ]);
  });

  it("AKS without os_sku (or with AKS's default SKU Ubuntu): Ubuntu 22.04 for 1.25 to 1.34, Ubuntu 24.04 from 1.35, nothing before 1.25 or without a version", () => {
    const { stderr, report } = scanJson('test/fixtures/terraform-repos/aks-default-os');
    expect(stderr).toBe('');
    const r = report as JsonReport & { contexts: { name: string; facts: { name: string; value: string; origin: string; unresolved?: boolean }[] }[] };
    const os = r.contexts.map((c) => {
      const f = c.facts.filter((x) => x.name === 'node.os' || x.name === 'node.kernel');
      return `${c.name}: ${f.map((x) => `${x.name}=${x.unresolved ? '?' : x.value} ${x.origin}`).join(', ')}`;
    });
    expect(os).toEqual([
      'envs/before-ubuntu-2204: ',
      'envs/first-2204: node.os=ubuntu-22.04 default, node.kernel=5.15 derived',
      'envs/first-2404: node.os=ubuntu-24.04 default, node.kernel=6.8 derived',
      'envs/last-2204: node.os=ubuntu-22.04 default, node.kernel=5.15 derived',
      'envs/no-version: node.os=? default',
      'envs/sku-ubuntu: node.os=ubuntu-22.04 default, node.kernel=5.15 derived',
    ]);
    expect(report.findings).toEqual([]);
  });

  it('tigera-operator chart ranges with VXLAN on AL2 5.10: the offload rule where every release of the range turns offload off (3.26-3.27), undetermined where one does not (3.27-3.28)', () => {
    const { code, report, stderr } = scanJson('test/fixtures/terraform-repos/eks-tigera-range');
    expect(stderr).toBe('');
    // A medium finding does not fail the default gate (high).
    expect(code).toBe(0);
    const by = (x: { ruleId: string }) => `${x.ruleId} ${(x as unknown as { context: string }).context}`;
    expect(report.findings.map(by)).toEqual(['CAL-VXLAN-CSUM-OFF-PERF envs/below-fix']);
    expect(report.findings[0]!.evidence.find((e) => e.name === 'calico.version')).toMatchObject({
      value: '>= 3.26.0, < 3.28.0',
      place: { file: 'envs/below-fix/calico.tf', line: 5, column: 22 },
    });
    expect(report.undetermined.map(by).sort()).toEqual(['CAL-VXLAN-CSUM-OFF-PERF envs/across-fix', 'CAL-VXLAN-CSUM-SNAT-CORRUPT envs/across-fix']);
  });

  it('GKE Dataplane V2: kube-proxy rules silenced, no Calico: no findings', () => {
    const { code, report } = scanJson('test/fixtures/terraform-gke/dataplane-v2');
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.undetermined).toEqual([]);
  });

  it('one cluster per Terraform directory: EKS and AKS side by side are split, a broken file is skipped with its place', () => {
    const { report } = scanJson('test/fixtures/terraform-repos/two-clusters');
    const r = report as JsonReport & { contexts: { name: string; formedBy: string }[] };
    expect(r.contexts.map((c) => `${c.name}: ${c.formedBy}`)).toEqual([
      'envs/lab: directory envs/lab/: Terraform resource "azurerm_kubernetes_cluster" "lab"',
      'envs/prod: directory envs/prod/: Terraform module "eks"',
    ]);
    expect(r.findings.map((f) => `${f.ruleId} ${(f as unknown as { context: string }).context}`)).toEqual(['KP-IPT-PARTIAL-SYNC-RACE envs/prod']);
    expect(r.skipped).toEqual([{ path: 'envs/prod/broken.tf', reason: 'hcl-error', detail: 'not valid HCL: syntax error at line 3, column 2' }]);
  });

  it('GKE and AKS through their community modules, one folder per cluster: the race undetermined at 1.28.3-gke, clear at 1.28.7-gke, not on Dataplane V2 or AKS 1.30', () => {
    const { code, report, stderr } = scanJson('test/fixtures/terraform-repos/multi-cloud-modules');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const r = report as JsonReport & { contexts: { name: string; formedBy: string; facts: { name: string; value: string; origin: string }[] }[] };
    expect(r.contexts.map((c) => `${c.name}: ${c.formedBy}`)).toEqual([
      'clouds/azure: directory clouds/azure/: Terraform module "aks"',
      'clouds/gcp: directory clouds/gcp/: Terraform module "gke"',
      'clouds/gcp-patched: directory clouds/gcp-patched/: Terraform module "gke"',
      'clouds/gcp-v2: directory clouds/gcp-v2/: Terraform module "gke"',
    ]);
    expect(r.contexts[0]!.facts.filter((f) => f.name === 'calico.version').map((f) => `${f.value} ${f.origin}`)).toEqual(['3.26.3 default']);
    expect(r.findings).toEqual([]);
    const race = r.undetermined.filter((u) => u.ruleId === 'KP-IPT-PARTIAL-SYNC-RACE').map((u) => (u as unknown as { context: string }).context);
    expect(race).toEqual(['clouds/gcp']);
    // GKE does not publish its Calico release: the Calico rules wait for it on both Dataplane V1 clusters, and only there.
    const undetermined = (ctx: string) =>
      r.undetermined
        .filter((u) => (u as unknown as { context: string }).context === ctx)
        .map((u) => u.ruleId)
        .sort();
    expect(undetermined('clouds/gcp').filter((id) => id.startsWith('CAL-'))).toHaveLength(8);
    expect(undetermined('clouds/gcp-patched')).toEqual(undetermined('clouds/gcp').filter((id) => id !== 'KP-IPT-PARTIAL-SYNC-RACE'));
    expect(undetermined('clouds/azure')).toEqual([]);
    expect(undetermined('clouds/gcp-v2')).toEqual([]);
  });

  it('kubeadm on VMs Terraform starts: the user data templates it renders are read (a script, a cloud-config); what a %{ if } guards stays unresolved', () => {
    const { code, report, stderr } = scanJson('test/fixtures/terraform-repos/kubeadm-cloud-init');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.skipped).toEqual([
      {
        path: 'templates/cloud-init.yaml.tftpl',
        reason: 'template',
        detail: 'read with template control lines set aside (lines 7, 9); values inside template conditions are unresolved',
        quiet: true,
      },
    ]);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['KP-IPT-PARTIAL-SYNC-RACE']);
    const ev = report.findings[0]!.evidence.map((e) => `${e.name}=${e.value}@${e.place ? `${e.place.file}:${e.place.line}:${e.place.column}` : 'derived'}`);
    expect(ev).toEqual(['kubeProxy.mode=iptables@templates/control-plane.sh.tftpl:4:1', 'kubeProxy.version=1.27.3@derived']);
    // The Calico manifest is applied only where the template's condition holds: the Calico rules wait for it.
    expect(report.undetermined.map((u) => u.ruleId).filter((id) => id.startsWith('CAL-'))).toContain('CAL-IPIP-CSUM-OFFLOAD');
  });

  it("RKE through the rke provider, cluster_yaml inline with kube-proxy in ipvs mode at v1.20.15-rancher2-2 on Ubuntu 20.04 (kernel 5.4): the conn_reuse rule at the heredoc's line", () => {
    const { code, report, stderr } = scanJson('test/fixtures/terraform-repos/rke-cluster-yaml-ipvs', '--node-os', 'ubuntu-20.04');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    // RKE v1.20.15-rancher2-2's Canal runs Calico (kube-controllers) older than the pod-cache leak (3.20.0 to 3.24.5).
    expect(report.findings.map((f) => f.ruleId)).toEqual(['KP-IPVS-CONN-REUSE']);
    expect(report.undetermined.map((u) => u.ruleId)).toEqual([]);
    expect(report.skipped).toEqual([]);
    const ev = report.findings[0]!.evidence.map((e) => `${e.name}=${e.value}@${e.place ? `${e.place.file}:${e.place.line}:${e.place.column}` : 'derived'}`);
    expect(ev).toEqual(['kubeProxy.mode=ipvs@main.tf:24:23', 'kubeProxy.version=1.20.15-rancher2-2@derived', 'node.kernel=5.4@derived']);
  });

  it('clusters Rancher provisions (rancher2_cluster_v2) on Ubuntu 20.04 (kernel 5.4): RKE2 1.27.10 with kube-proxy in ipvs mode from machine_global_config is the conn_reuse rule, and chart_values turning checksum offload back on for its VXLAN pool the 63 s stall; the k3s cluster without kube-proxy has neither', () => {
    const { code, report, stderr } = scanJson('test/fixtures/terraform-rke/rancher2-v2', '--node-os', 'ubuntu-20.04');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const found = report.findings as unknown as { ruleId: string; context: string }[];
    expect(found.map((f) => [f.ruleId, f.context])).toEqual([
      ['CAL-VXLAN-CSUM-63S', 'rancher2_cluster_v2.apps'],
      ['KP-IPVS-CONN-REUSE', 'rancher2_cluster_v2.apps'],
    ]);
    expect(report.undetermined.map((u) => u.ruleId)).toEqual(['CAL-VXLAN-PARENT-CHANGE']);
    const ev = (i: number) =>
      report.findings[i]!.evidence.map((e) => `${e.name}=${e.value}@${e.place ? `${e.place.file}:${e.place.line}:${e.place.column}` : 'derived'}`);
    expect(ev(0)).toEqual([
      'calico.vxlanMode=CrossSubnet@main.tf:18:65',
      'node.kernel=5.4@derived',
      'calico.version=3.26.3@main.tf:4:24',
      'calico.featureDetectOverride=ChecksumOffloadBroken=false@main.tf:22:35',
      'kubeProxy.version=1.27.10+rke2r1@derived',
    ]);
    expect(ev(1)).toEqual(['kubeProxy.mode=ipvs@main.tf:10:11', 'kubeProxy.version=1.27.10+rke2r1@derived', 'node.kernel=5.4@derived']);
  });

  it('two EKS clusters in one directory are two clusters; the Calico release goes to the cluster its helm provider is wired to', () => {
    const { code, report } = scanJson('test/fixtures/terraform-repos/two-in-one-dir');
    expect(code).toBe(1);
    const r = report as JsonReport & { contexts: { name: string; formedBy: string; facts: { name: string; value: string }[] }[] };
    expect(r.contexts.map((c) => `${c.name}: ${c.formedBy}`)).toEqual([
      'module.eks_lab: directory (repository root), one of 2 clusters defined there: Terraform module "eks_lab"',
      'module.eks_prod: directory (repository root), one of 2 clusters defined there: Terraform module "eks_prod"',
    ]);
    // The values file the lab release reads with file() follows it; nothing of Calico reaches prod.
    expect(
      r.contexts.map((c) => c.facts.filter((f) => /^(calico\.(version|dataplane)|kubernetes\.version)$/.test(f.name)).map((f) => `${f.name}=${f.value}`)),
    ).toEqual([['calico.version=3.26.1', 'calico.dataplane=Iptables', 'kubernetes.version=1.29'], ['kubernetes.version=1.28']]);
    expect(r.contexts[1]!.facts.filter((f) => f.name.startsWith('calico.'))).toEqual([]);
    expect(r.findings.map((f) => `${f.ruleId} ${(f as unknown as { context: string }).context}`)).toEqual([
      'CAL-VXLAN-CSUM-OFF-PERF module.eks_lab',
      'KP-IPT-PARTIAL-SYNC-RACE module.eks_prod',
    ]);
  });
});

describe('inline suppressions in Terraform', () => {
  it('a `# netcompat-ignore` comment above the add-on version suppresses the finding it names, with its reason and line', () => {
    const { code, report } = scanJson('test/fixtures/terraform-repos/eks-suppressed');
    expect(code).toBe(0);
    const findings = report.findings as unknown as { ruleId: string; suppressed?: { reason: string; by: string } }[];
    expect(findings.map((f) => [f.ruleId, f.suppressed])).toEqual([
      ['KP-IPT-PARTIAL-SYNC-RACE', { reason: 'the add-on moves to v1.28.2-eksbuild.2 in the next window', by: 'main.tf:13' }],
    ]);
  });
});

describe('the HCL parser loads only for Terraform that holds a trigger', () => {
  const PROBE = join(REPO, 'test/cli/wasm-probe.mjs');
  /** Scans with test/cli/wasm-probe.mjs preloaded: how many WebAssembly modules were compiled, which V8 flags were set. */
  function probe(dir: string): { compiled: number; flags: string[]; code: number | null } {
    const r = spawnSync(process.execPath, ['--import', PROBE, CLI, 'scan', dir, '--format', 'json', '--fail-on', 'none'], { cwd: REPO, encoding: 'utf8' });
    const m = /wasm-probe: (\d+) compiled; flags: (.*)$/m.exec(r.stderr);
    if (!m) throw new Error(`no probe line in stderr: ${r.stderr}`);
    return { compiled: Number(m[1]), flags: JSON.parse(m[2]!) as string[], code: r.status };
  }
  // The bundle's entry sets its heap flags before the scan, whatever the repository holds (src/young-generation.ts);
  // which ones depends on the V8 running the tests (src/heap-flags.ts, test/cli/heap-flags-e2e.test.ts).
  const HEAP = [heapFlagsFor(Number(process.versions.v8.split('.')[0]))];

  it('a YAML repository without Terraform files: nothing compiled, no V8 flag beyond the heap sizing', () => {
    const r = probe('test/fixtures/cli/low-only');
    expect(r).toEqual({ compiled: 0, flags: HEAP, code: 0 });
  });

  it('Terraform files without any cluster, beside YAML: read, never parsed; nothing compiled', () => {
    const r = probe('test/fixtures/terraform-repos/no-cluster');
    expect(r).toEqual({ compiled: 0, flags: HEAP, code: 0 });
  });

  it('a Terraform cluster: the runtime and the grammar compile once each', () => {
    const r = probe('test/fixtures/terraform-repos/two-clusters');
    expect(r.compiled).toBe(2);
    expect(r.flags.slice(0, 1)).toEqual(HEAP);
    expect(r.flags.length).toBeGreaterThan(1);
  });

  it('clusters written in the plainest layout (the benchmark monorepo): read without the grammar, nothing compiled', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netcompat-tf-plain-'));
    try {
      const gen = generateTfRepo(join(dir, 'repo'), { files: 50, seed: 2, clusterShare: 1 }) as { clusters: number };
      const r = probe(join(dir, 'repo'));
      expect(r.compiled).toBe(0);
      expect(r.flags.slice(0, 1)).toEqual(HEAP);
      const { report } = scanJson(join(dir, 'repo'), '--fail-on', 'none');
      expect(report.findings.length).toBeGreaterThan(0);
      expect(new Set(report.findings.map((f) => f.evidence[0]?.place?.file.split('/').slice(0, 3).join('/'))).size).toBeGreaterThan(gen.clusters / 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
