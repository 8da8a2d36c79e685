import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './fake-io.js';

/**
 * Rule pack 2 end to end: repositories modelled on each new failure get exactly the findings they should,
 * from the built CLI (`npm run bundle` first). Undetermined rules are not findings and are not listed here.
 */
const CLI = join(REPO, 'dist/cli.js');
const FIXTURES = 'test/fixtures/pack2';

interface Scan {
  code: number | null;
  findings: {
    ruleId: string;
    severity: string;
    message: string;
    primary?: { file: string; line: number; column: number };
    security?: boolean;
    cve?: string[];
  }[];
}

function scan(dir: string, ...args: string[]): Scan {
  const r = spawnSync(process.execPath, [CLI, 'scan', join(FIXTURES, dir), '--format', 'json', ...args], { cwd: REPO, encoding: 'utf8' });
  if (r.stderr) throw new Error(r.stderr);
  return { code: r.status, findings: (JSON.parse(r.stdout) as Omit<Scan, 'code'>).findings };
}

const ids = (s: Scan) => s.findings.map((f) => `${f.ruleId} ${f.severity}`);

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first');
});

describe('rule pack 2, scanned by dist/cli.js', () => {
  it('kube-proxy 1.29 with mode nftables and no feature gate', () => {
    const s = scan('kp129-nft-no-gate');
    expect(ids(s)).toEqual(['KP-NFT-GATE-REQUIRED high']);
    expect(s.code).toBe(1);
    expect(s.findings[0]?.primary).toMatchObject({ file: 'kubeadm-config.yaml', line: 4, column: 20 });
  });

  it('kube-proxy 1.33 in nftables mode on Rocky 8 (kernel 4.18)', () => {
    const s = scan('kp133-nft-rocky8');
    expect(ids(s)).toEqual(['KP-NFT-KERNEL-FLOOR high']);
    expect(s.findings[0]?.message).toBe(
      'kube-proxy v1.33.1 (cluster version) in nftables mode on kernel 4.18.0-513.el8_9.x86_64 (Rocky Linux 8.9 default kernel 4.18) refuses to start (it needs kernel 5.13 or later): Services are not programmed on these nodes',
    );
  });

  it('Calico 3.26 with linuxDataplane BPF on CentOS 7', () => {
    const s = scan('calico326-bpf-centos7');
    expect(ids(s)).toEqual(['CAL-EBPF-KERNEL-FLOOR high']);
    expect(s.findings[0]?.primary).toMatchObject({ file: 'tigera-operator.yaml', line: 11, column: 18 });
  });

  it("Calico 3.28's iptables dataplane beside kube-proxy nftables mode", () => {
    const s = scan('calico328-ipt-kp-nft');
    expect(ids(s)).toEqual(['CAL-IPT-WITH-KP-NFT high']);
    expect(s.findings[0]?.primary).toMatchObject({ file: 'calico.yaml', line: 12, column: 18 });
  });

  it('a RHEL 10 node pool with kube-proxy in iptables mode', () => {
    const s = scan('rhel10-kp-iptables');
    expect(ids(s)).toEqual(['NODE-EL10-NO-LEGACY-XTABLES medium']);
    expect(s.code).toBe(0);
  });

  it('a Service with externalIPs where the API server enables DenyServiceExternalIPs: silent', () => {
    const s = scan('externalips-denied');
    expect(ids(s)).toEqual([]);
    expect(s.code).toBe(0);
  });

  it('a Service with externalIPs where it does not: a security finding, marked as such in every format', () => {
    const s = scan('externalips-open', '--fail-on', 'medium');
    expect(ids(s)).toEqual(['KP-CVE-2020-8554 medium']);
    expect(s.code).toBe(1);
    expect(s.findings[0]).toMatchObject({ security: true, cve: ['CVE-2020-8554'], primary: { file: 'service.yaml', line: 12, column: 3 } });

    const text = spawnSync(process.execPath, [CLI, 'scan', join(FIXTURES, 'externalips-open')], { cwd: REPO, encoding: 'utf8' }).stdout;
    expect(text).toContain(
      '  test/fixtures/pack2/externalips-open/service.yaml:12:3  KP-CVE-2020-8554  A Service with externalIPs where the API server does not restrict them (CVE-2020-8554, man in the middle)  [security: CVE-2020-8554]\n',
    );

    const sarif = JSON.parse(
      spawnSync(process.execPath, [CLI, 'scan', join(FIXTURES, 'externalips-open'), '--format', 'sarif'], { cwd: REPO, encoding: 'utf8' }).stdout,
    ) as {
      runs: { tool: { driver: { rules: { id: string; properties: Record<string, unknown> }[] } } }[];
    };
    const rule = sarif.runs[0]!.tool.driver.rules.find((r) => r.id === 'KP-CVE-2020-8554');
    expect(rule?.properties).toMatchObject({
      tags: ['netcompat', 'networking', 'kube-proxy', 'medium', 'security', 'CVE-2020-8554'],
      'security-severity': '5.5',
    });
  });

  it('explain shows a new rule with its security line, condition, evidence and notes', () => {
    const r = spawnSync(process.execPath, [CLI, 'explain', 'KP-CVE-2020-8554'], { cwd: REPO, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'KP-CVE-2020-8554: A Service with externalIPs where the API server does not restrict them (CVE-2020-8554, man in the middle)',
      'severity medium, component kube-proxy',
      'security issue: CVE-2020-8554',
    ]);
    expect(r.stdout).toContain(
      '\nFires when\n  all of:\n    - service.externalIPs is set\n    - not: apiserver.admissionPlugins matches /(^|,)DenyServiceExternalIPs(,|$)/\n',
    );
    expect(r.stdout).toContain('\nReferences\n  - https://github.com/kubernetes/kubernetes/issues/97076\n');
    expect(r.stdout).toContain('\nNotes\n  - Without any API server configuration in the repository (managed control planes) the rule is');
    const floor = spawnSync(process.execPath, [CLI, 'explain', 'cal-ebpf-kernel-floor'], { cwd: REPO, encoding: 'utf8' }).stdout;
    expect(floor).toContain('      - node.kernel build in <4.18.0-193 (major.minor.patch-build; unknown without the build)\n');
    expect(floor).toContain('UNVERIFIED');
  });
});
