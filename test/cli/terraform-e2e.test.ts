import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './fake-io.js';

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
});
