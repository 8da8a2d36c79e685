import { beforeAll, describe, expect, it } from 'vitest';
import { cli, requireBundle } from '../issue5/cli.js';

// EKS 1.15 with kube-proxy in iptables mode: upstream never fixed CVE-2020-8558 in 1.15, but EKS AMI v20200709
// patched its 1.15.11 kubelet. The nodes' AMI release is not in the repository, so the CVE is undetermined;
// before, it was a high finding the nodes may not have.
const DIR = 'test/fixtures/eks-kubelet-builds';

interface Report {
  findings: { ruleId: string }[];
  undetermined: { ruleId: string; message: string }[];
}

beforeAll(requireBundle);

describe('EKS kubelet builds (e2e)', () => {
  it('EKS 1.15: CVE-2020-8558 is undetermined (the AMI may carry the patch), naming why; given the running kubelet it decides', () => {
    const run = cli(['scan', DIR, '--format', 'json', '--fail-on', 'none']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.map((f) => f.ruleId)).not.toContain('KP-CVE-2020-8558');
    const cve = report.undetermined.find((u) => u.ruleId === 'KP-CVE-2020-8558');
    expect(cve?.message).toContain('EKS kubelet 1.15 or a later build: EKS AMIs carry');
    const given = JSON.parse(cli(['scan', DIR, '--kubernetes-version', '1.15.10', '--format', 'json', '--fail-on', 'none']).stdout) as Report;
    expect(given.findings.map((f) => f.ruleId)).toContain('KP-CVE-2020-8558');
  });
});
