import { beforeAll, describe, expect, it } from 'vitest';
import { cli, requireBundle } from '../issue5/cli.js';

// Two Cluster API cluster flavours kept side by side in one folder, each file with its own `kind: Cluster`
// (cluster-api-provider-aws keeps twenty such `cluster-template-*.yaml` in `templates/`), and a file beside
// them defining no Cluster. Each flavour is a cluster of its own: before, the folder was one cluster, so the
// two control-plane versions conflicted and a finding on 1.28.3 named the other flavour's 1.31.2.
const DIR = 'test/fixtures/capi-siblings';

interface Report {
  contexts: { name: string; formedBy: string; facts: { name: string; value: string; place?: { file: string } }[] }[];
  findings: { ruleId: string; context: string; message: string; primary: { file: string; line: number; column: number } }[];
  diagnostics: { message: string }[];
}

beforeAll(requireBundle);

describe('Cluster API flavours side by side in one folder (e2e)', () => {
  it('are one cluster per file; the file without a Cluster applies to each; no conflict between them', () => {
    const run = cli(['scan', DIR, '--node-os', 'ubuntu-22.04', '--format', 'json', '--fail-on', 'none']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.contexts.map((c) => [c.name, c.formedBy])).toEqual([
      [
        'templates/cluster-template-legacy.yaml',
        "directory templates/, one of 2 files there that each define a Cluster API Cluster (the folder's files without a Cluster apply to each)",
      ],
      [
        'templates/cluster-template-modern.yaml',
        "directory templates/, one of 2 files there that each define a Cluster API Cluster (the folder's files without a Cluster apply to each)",
      ],
    ]);
    const own = (name: string) =>
      report.contexts
        .find((c) => c.name === name)!
        .facts.filter((f) => f.name === 'kubernetes.version' || f.name === 'kubeProxy.mode')
        .map((f) => `${f.name}=${f.value} ${f.place?.file ?? ''}`);
    expect(own('templates/cluster-template-legacy.yaml')).toEqual([
      'kubernetes.version=1.28.3 templates/cluster-template-legacy.yaml',
      'kubeProxy.mode=iptables templates/kube-proxy-mode.yaml',
    ]);
    expect(own('templates/cluster-template-modern.yaml')).toEqual([
      'kubernetes.version=1.31.2 templates/cluster-template-modern.yaml',
      'kubeProxy.mode=iptables templates/kube-proxy-mode.yaml',
    ]);
    expect(report.diagnostics).toEqual([]);
    expect(report.findings.map((f) => [f.ruleId, f.context, f.primary])).toEqual([
      [
        'KP-IPT-PARTIAL-SYNC-RACE',
        'templates/cluster-template-legacy.yaml',
        { file: 'templates/cluster-template-legacy.yaml', line: 18, column: 12, endLine: 18, endColumn: 19 },
      ],
    ]);
    expect(report.findings[0]!.message).not.toContain('conflict');
  });

  it('the text report says how the clusters were formed', () => {
    const text = cli(['scan', DIR, '--node-os', 'ubuntu-22.04', '--fail-on', 'none']).stdout;
    expect(text).toContain(
      "  formed: 2 clusters, split by directory: each cluster definition's tree is one cluster, files outside every tree apply to all; " +
        "a folder where several files each define a Cluster API Cluster is one cluster per file, and the folder's other files apply to each\n",
    );
  });

  it('one Cluster file in a folder stays one cluster with the folder', () => {
    const run = cli([
      'scan',
      `${DIR}/templates`,
      '--node-os',
      'ubuntu-22.04',
      '--format',
      'json',
      '--fail-on',
      'none',
      '--exclude',
      'cluster-template-modern.yaml',
    ]);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.contexts.map((c) => c.name)).toEqual(['repository']);
    expect(report.findings.map((f) => [f.ruleId, f.context])).toEqual([['KP-IPT-PARTIAL-SYNC-RACE', 'repository']]);
  });
});
