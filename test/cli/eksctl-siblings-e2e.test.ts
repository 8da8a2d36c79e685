import { beforeAll, describe, expect, it } from 'vitest';
import { cli, requireBundle } from '../issue5/cli.js';

// A team's eksctl configs side by side in one folder: prod.yaml and lab.yaml define two clusters, and
// lab-nodegroups.yaml adds node groups to the lab cluster (same metadata.name). Before, the folder was one
// cluster: the two versions conflicted, the prod finding named lab's add-on version, and lab's AL2023 node
// groups were taken for prod's nodes too.
const DIR = 'test/fixtures/eksctl-siblings';

interface Report {
  contexts: { name: string; formedBy: string; facts: { name: string; value: string; place?: { file: string } }[] }[];
  findings: { ruleId: string; context: string; message: string; primary: { file: string; line: number; column: number } }[];
  undetermined: { ruleId: string }[];
  diagnostics: { message: string }[];
}

beforeAll(requireBundle);

describe('eksctl ClusterConfigs side by side in one folder (e2e)', () => {
  it('are one cluster per cluster name: files naming the same cluster together, no conflict between the clusters', () => {
    const run = cli(['scan', DIR, '--format', 'json', '--fail-on', 'none']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.contexts.map((c) => [c.name, c.formedBy])).toEqual([
      [
        'clusters/lab.yaml',
        "directory clusters/, one of 2 clusters there: clusters/lab-nodegroups.yaml, clusters/lab.yaml name the same eksctl ClusterConfig (the folder's files without a Cluster apply to each)",
      ],
      [
        'clusters/prod.yaml',
        "directory clusters/, one of 2 files there that each define an eksctl ClusterConfig (the folder's files without a Cluster apply to each)",
      ],
    ]);
    const own = (name: string) =>
      report.contexts
        .find((c) => c.name === name)!
        .facts.filter((f) => ['kubernetes.version', 'kubeProxy.version', 'node.os', 'node.kernel'].includes(f.name))
        .map((f) => `${f.name}=${f.value} ${f.place?.file ?? 'derived'}`);
    expect(own('clusters/lab.yaml')).toEqual([
      'node.os=amazon-linux-2023 clusters/lab-nodegroups.yaml',
      'kubernetes.version=1.30 clusters/lab.yaml',
      'kubeProxy.version=1.30.0-eksbuild.3 clusters/lab.yaml',
      'node.kernel=6.1 derived',
    ]);
    expect(own('clusters/prod.yaml')).toEqual([
      'kubernetes.version=1.29 clusters/prod.yaml',
      'kubeProxy.version=1.29.1-eksbuild.2 clusters/prod.yaml',
      'node.os=eks-al2-1.29 clusters/prod.yaml',
      'node.kernel=5.10 derived',
    ]);
    expect(report.diagnostics).toEqual([]);
    expect(report.findings.map((f) => [f.ruleId, f.context, f.primary])).toEqual([
      ['KP-IPT-PARTIAL-SYNC-RACE', 'clusters/prod.yaml', { file: 'clusters/prod.yaml', line: 10, column: 14, endLine: 10, endColumn: 32 }],
    ]);
    expect(report.findings[0]!.message).not.toContain('conflict');
    expect(report.undetermined).toEqual([]);
  });

  it('files that all name one cluster stay one cluster with the folder', () => {
    const run = cli(['scan', DIR, '--exclude', 'clusters/prod.yaml', '--format', 'json', '--fail-on', 'none']);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.contexts.map((c) => c.name)).toEqual(['repository']);
    expect(report.findings).toEqual([]);
  });
});
