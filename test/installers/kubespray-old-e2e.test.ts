import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/** The committed bundle, spawned as a user would run it (`npm run bundle` after changing src/). */
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(REPO, 'dist/cli.js');

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
}
interface Result {
  ruleId: string;
  context?: string;
  primary?: Place;
  evidence: Evidence[];
}
interface Report {
  findings: Result[];
  undetermined: Result[];
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first');
});

const at = (e: Evidence | undefined) =>
  e?.place ? `${e.name}=${e.value} @${e.place.file}:${e.place.line}:${e.place.column} [${e.origin}]` : `${e?.name}=${e?.value}`;
const shown = (r: Result) => `${r.ruleId} ${r.context ?? ''} @${r.primary?.file}:${r.primary?.line}:${r.primary?.column}`;

describe('an old Kubespray inventory repository: a submodule on release-2.12, two inventories with kube_proxy_mode iptables', () => {
  it("on CentOS 7.9: Calico 3.7.3's IPIP checksum bug only where IPIP is on; kube-proxy 1.16.7's CVE and SNAT bugs in both", () => {
    const r = spawnSync(process.execPath, [CLI, 'scan', 'test/fixtures/installers/e2e/kubespray-v2-12', '--node-os', 'centos-7.9', '--format', 'json'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    // stage sets Kubespray's old `ipip: false`: its pool runs no IPIP, so no tunl0 finding there. Calico 3.7.3
    // adds --random-fully itself on a RHEL 7 kernel; kube-proxy 1.16.7 (before 1.16.10) does not. Its
    // kube-controllers predates the pod-cache leak (3.20.0 to 3.24.5).
    expect(report.findings.map(shown).sort()).toEqual([
      'CAL-IPIP-CSUM-OFFLOAD inventory/prod @.gitmodules:4:11',
      'KP-CVE-2020-8558 inventory/prod @inventory/prod/group_vars/k8s-cluster/k8s-cluster.yml:2:15',
      'KP-CVE-2020-8558 inventory/stage @inventory/stage/group_vars/k8s-cluster/k8s-cluster.yml:2:15',
      'KP-SNAT-RANDOM-FULLY inventory/prod @inventory/prod/group_vars/k8s-cluster/k8s-cluster.yml:2:15',
      'KP-SNAT-RANDOM-FULLY inventory/stage @inventory/stage/group_vars/k8s-cluster/k8s-cluster.yml:2:15',
    ]);
    expect(report.undetermined).toEqual([]);
    const ipip = report.findings.find((f) => f.ruleId === 'CAL-IPIP-CSUM-OFFLOAD')!;
    expect(ipip.evidence.map(at)).toEqual(
      expect.arrayContaining(['calico.version=3.7.3 @.gitmodules:4:11 [default]', 'calico.ipipMode=Always @.gitmodules:4:11 [default]']),
    );
  });
});
