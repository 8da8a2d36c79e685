import { beforeAll, describe, expect, it } from 'vitest';
import { chartRootsOf } from '../../src/extract/file-shapes.js';
import { cli, requireBundle } from '../issue5/cli.js';

// A file with `{{ }}` in a `templates/` folder is a Helm chart template only beside a Chart.yaml: Cluster API
// providers keep their flavours in `templates/cluster-template-*.yaml`, whose `{{ ds.meta_data.local_hostname }}`
// is cloud-init's. Those were skipped as "Helm chart template" and their clusters never seen.
const DIR = 'test/fixtures/chart-evidence';

interface Report {
  skipped: { path: string; reason: string; detail: string; quiet?: boolean }[];
  contexts: { facts: { name: string; value: string; unresolved?: boolean; place?: { file: string; line: number; column: number } }[] }[];
  findings: unknown[];
}

beforeAll(requireBundle);

describe('Helm chart templates need a chart (e2e)', () => {
  it('reads templates/ files without a Chart.yaml as YAML; a chart keeps the Helm treatment; a file that does not parse is skipped with the reason', () => {
    const run = cli(['scan', DIR, '--format', 'json', '--fail-on', 'none']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.skipped).toEqual([
      { path: 'charts/proxy/templates/kube-proxy.yaml', reason: 'template', detail: 'Helm chart template; the chart values are read instead', quiet: true },
      {
        path: 'charts/proxy/templates/nested/kube-proxy.yaml',
        reason: 'template',
        detail: 'Helm chart template; the chart values are read instead',
        quiet: true,
      },
      {
        path: 'other/templates/kube-proxy.yaml',
        reason: 'template',
        detail: 'template syntax makes it invalid YAML (line 6, column 31); render it, or give the values as inputs',
      },
    ]);
    const facts = report.contexts
      .flatMap((c) => c.facts)
      .map((f) => `${f.name}=${f.value}${f.unresolved ? ' (unresolved)' : ''} @${f.place ? `${f.place.file}:${f.place.line}:${f.place.column}` : '-'}`);
    expect(facts).toEqual([
      'cluster.definition=templates @templates/cluster-template.yaml:4:7',
      'installer.name=cluster-api @templates/cluster-template.yaml:4:7',
      'cluster.definition=templates @templates/cluster-template.yaml:14:7',
      'installer.name=cluster-api @templates/cluster-template.yaml:14:7',
      'kubernetes.version=1.27.3 @templates/cluster-template.yaml:19:12',
      'kubeProxy.mode=ipvs @templates/cluster-template.yaml:34:11',
      'kubeProxy.version=1.27.3 @-',
    ]);
    // Nothing from the chart's templates nor from the file that does not parse; no finding without a kernel.
    expect(report.findings).toEqual([]);
  });

  it('the text report lists the file that does not parse and counts the chart templates', () => {
    const run = cli(['scan', DIR, '--fail-on', 'none']);
    expect(run.stdout).toContain(
      `SKIPPED: 1 file, and 2 skipped quietly (template 2)\n  ${DIR}/other/templates/kube-proxy.yaml  template: template syntax makes it invalid YAML (line 6, column 31); render it, or give the values as inputs\n`,
    );
  });

  it('the chart a templates/ file would belong to: the parent of each templates folder, nearest first', () => {
    expect(chartRootsOf('templates/a.yaml')).toEqual(['']);
    expect(chartRootsOf('charts/x/templates/sub/a.yaml')).toEqual(['charts/x']);
    expect(chartRootsOf('c/templates/charts/d/templates/a.yaml')).toEqual(['c/templates/charts/d', 'c']);
    expect(chartRootsOf('templates')).toEqual([]);
    expect(chartRootsOf('x/templates.yaml')).toEqual([]);
  });
});
