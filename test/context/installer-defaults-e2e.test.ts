import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../cli/fake-io.js';

/**
 * Repositories that name their installer but not what it deploys (test/fixtures/installer-defaults/), scanned
 * by the built CLI: each gets the findings a careful reader finds from the installer's defaults, and nothing
 * more. Run `npm run bundle` after changing src/.
 */
const CLI = join(REPO, 'dist/cli.js');
const FIXTURES = 'test/fixtures/installer-defaults';

interface Json {
  findings: { ruleId: string; severity: string; message: string; primary?: { file: string; line: number; column: number } }[];
  undetermined: { ruleId: string; message: string }[];
  notApplicable: { ruleId: string }[];
}

function scan(dir: string, ...args: string[]): { code: number | null; json: Json; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'scan', `${FIXTURES}/${dir}`, '--format', 'json', ...args], { cwd: REPO, encoding: 'utf8' });
  return { code: r.status, json: JSON.parse(r.stdout) as Json, stderr: r.stderr };
}

function text(dir: string, ...args: string[]): string {
  return spawnSync(process.execPath, [CLI, ...args, `${FIXTURES}/${dir}`], { cwd: REPO, encoding: 'utf8' }).stdout;
}

const ids = (list: { ruleId: string }[]) => list.map((f) => f.ruleId).sort();

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first');
});

describe('a Kubespray inventory without calico_version (release unknown, kube_version v1.22.8), on CentOS 7', () => {
  const r = () => scan('kubespray-inventory', '--node-os', 'centos-7.9');

  it("finds the IPVS delay from Kubespray's ipvs default and the kube-controllers leak every fitting release ships", () => {
    const { code, json, stderr } = r();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(ids(json.findings)).toEqual(['CAL-KC-POD-CACHE-LEAK', 'KP-IPVS-CONN-REUSE-DELAY']);
    const leak = json.findings.find((f) => f.ruleId === 'CAL-KC-POD-CACHE-LEAK')!;
    expect(leak.message).toBe(
      'calico-kube-controllers one of 3.20.3, 3.22.3, 3.23.3 (Calico version, default of Kubespray, release unknown ' +
        '(one of v2.18.0, v2.18.1, v2.18.2, v2.19.0, v2.19.1, v2.20.0)) has the pod-cache desync memory leak (fixed in 3.24.6, 3.25.1 and 3.26.0)',
    );
    expect(leak.primary).toMatchObject({ file: 'inventory/prod/group_vars/k8s_cluster/k8s-cluster.yml', line: 4, column: 22 });
  });

  it('leaves the encapsulation rules undetermined, naming the candidate releases (IPIP up to v2.18.2, VXLAN from v2.19.0)', () => {
    const { json } = r();
    expect(ids(json.undetermined)).toEqual(['CAL-IPIP-CSUM-OFFLOAD', 'CAL-VXLAN-CSUM-OFF-PERF']);
    const ipip = json.undetermined.find((u) => u.ruleId === 'CAL-IPIP-CSUM-OFFLOAD')!;
    expect(ipip.message).toContain(
      'one of Always, Never (default of Kubespray, release unknown (one of v2.18.0, v2.18.1, v2.18.2, v2.19.0, v2.19.1, v2.20.0): calico_ipip_mode',
    );
    expect(ipip.message).toContain('pin the installer release or give the value');
  });

  it('a pinned Calico encapsulation decides them: IPIP Always is the tunl0 checksum bug', () => {
    const { json } = scan('kubespray-inventory', '--node-os', 'centos-7.9', '--fact', 'calico.ipipMode=Always', '--fact', 'calico.vxlanMode=Never');
    expect(ids(json.findings)).toEqual(['CAL-IPIP-CSUM-OFFLOAD', 'CAL-KC-POD-CACHE-LEAK', 'KP-IPVS-CONN-REUSE-DELAY']);
    expect(ids(json.undetermined)).toEqual([]);
  });

  it('netcompat facts labels the installer defaults', () => {
    const out = text('kubespray-inventory', 'facts');
    expect(out).toContain(
      'calico.version = one of 3.20.3, 3.22.3, 3.23.3  at inventory/prod/group_vars/k8s_cluster/k8s-cluster.yml:4:22 (default of Kubespray, release unknown (one of v2.18.0',
    );
  });
});

describe('a k0sctl file with provider: calico and k0s 1.23.5+k0s.0, on CentOS 7', () => {
  it('gets the Calico 3.21.2 k0s bundles with VXLAN: the checksum-offload throughput loss and the kube-controllers leak', () => {
    const { code, json } = scan('k0sctl', '--node-os', 'centos-7.9');
    expect(code).toBe(0);
    expect(ids(json.findings)).toEqual(['CAL-KC-POD-CACHE-LEAK', 'CAL-VXLAN-CSUM-OFF-PERF']);
    const perf = json.findings.find((f) => f.ruleId === 'CAL-VXLAN-CSUM-OFF-PERF')!;
    expect(perf.message).toMatch(/^Calico v3\.21\.2 \(default of k0s v1\.23\.5\+k0s\.0\) turns tx checksum offload off on vxlan\.calico with VXLAN Always/);
    expect(perf.primary).toMatchObject({ file: 'k0sctl.yaml', line: 16, column: 14 });
    // Calico 3.21.2 is past the 63 s bug's fix (3.19.2), and the host is iptables-legacy.
    expect(ids(json.undetermined)).toEqual([]);
  });

  it('shows the k0s version as written and evaluates it as Kubernetes 1.23.5', () => {
    const out = text('k0sctl', 'facts');
    expect(out).toContain('kubernetes.version = v1.23.5+k0s.0');
    expect(out).toContain(
      'calico.version = v3.21.2  at k0sctl.yaml:16:14 (default of k0s v1.23.5+k0s.0: bundled Calico v3.21.2; k0s release from k0sctl spec.k0s.version at k0sctl.yaml:16:14)',
    );
  });

  it('with Calico 3.28.2 given and a 5.15 kernel nothing is found', () => {
    const { json } = scan('k0sctl', '--kernel-version', '5.15.0-91-generic', '--calico-version', '3.28.2');
    expect(ids(json.findings)).toEqual([]);
  });
});

describe('a Cluster API cluster with no KubeProxyConfiguration', () => {
  it('runs kube-proxy v1.28.3 in iptables mode: the partial-sync race, resting on the Cluster API default', () => {
    const { code, json } = scan('capi', '--node-os', 'ubuntu-22.04');
    expect(code).toBe(1);
    expect(ids(json.findings)).toEqual(['KP-IPT-PARTIAL-SYNC-RACE']);
    expect(json.findings[0]!.message).toContain('in iptables (default of Cluster API) mode has the partial-sync race');
    expect(json.findings[0]!.primary).toMatchObject({ file: 'cluster.yaml', line: 26, column: 12 });
    // No CNI in the repository and none by default: the Calico rules do not apply.
    expect(json.notApplicable.map((n) => n.ruleId).filter((id) => id.startsWith('CAL-'))).toHaveLength(12);
  });

  it('an explicit mode wins over the installer default', () => {
    const { json } = scan('capi', '--node-os', 'ubuntu-22.04', '--kube-proxy-mode', 'ipvs');
    expect(ids(json.findings)).not.toContain('KP-IPT-PARTIAL-SYNC-RACE');
  });
});

describe('MicroK8s from a snap channel, whose bundled Calico is UNVERIFIED', () => {
  it('never makes a finding of it: the Calico rules are undetermined and say why', () => {
    const { code, json } = scan('microk8s', '--node-os', 'ubuntu-22.04');
    expect(code).toBe(0);
    expect(json.findings).toEqual([]);
    const perf = json.undetermined.find((u) => u.ruleId === 'CAL-VXLAN-CSUM-OFF-PERF')!;
    expect(perf.message).toContain(
      "default of MicroK8s v1.28: bundled Calico unknown (Calico read at the 1.28 branch tip; the track's earlier patches may ship an older Calico (UNVERIFIED)); MicroK8s release from MicroK8s channel 1.28/stable at install.sh:4:48",
    );
    // kube-proxy runs (iptables, MicroK8s's default): its rules are undetermined on the minor-only version, not "not applicable".
    expect(ids(json.undetermined)).toContain('KP-IPT-PARTIAL-SYNC-RACE');
  });

  it('given the patch release, kube-proxy 1.28.3 in iptables mode has the partial-sync race', () => {
    const { json } = scan('microk8s', '--node-os', 'ubuntu-22.04', '--kubernetes-version', '1.28.3');
    expect(ids(json.findings)).toEqual(['KP-IPT-PARTIAL-SYNC-RACE']);
    expect(json.findings[0]!.message).toContain('in iptables (default of MicroK8s v1.28) mode');
  });
});
