import { beforeAll, describe, expect, it } from 'vitest';
import { useFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { requireActionBundle, runAction } from '../helpers/run-action.js';
import { FIX9, requireBundle, scanFixture, scanJson } from './helpers.js';
import { join } from 'node:path';

beforeAll(requireBundle);
beforeAll(requireActionBundle);

const TOKEN = 'ghs_netcompatIssue9Token0123456789abcdef';

describe('a repository in an unknown format: nothing checked is never green (e2e)', () => {
  const reason =
    'no kube-proxy, Calico or node configuration found in 1 parsed file; 3 version-looking values in files netcompat does not recognise (listed as candidates)';

  it('the text verdict says so, lists the candidates with their place (as typed, like every place), and keeps exit 0', () => {
    const r = scanFixture('unknown-format');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`NOTHING CHECKED: ${reason}\n`);
    expect(r.stdout).toContain(`    ${join(FIX9, 'unknown-format')}/settings.yaml:7 says calico: 3.26.0; if that is the Calico version, set calico-version\n`);
    expect(r.stdout).toContain(
      `    ${join(FIX9, 'unknown-format')}/settings.yaml:6 says kubernetes: 1.27.3; if that is the Kubernetes version, set kubernetes-version\n`,
    );
    expect(r.stdout).toContain(
      `    ${join(FIX9, 'unknown-format')}/settings.yaml:12 says calico.version: v3.26.0; if that is the Calico version, set calico-version\n`,
    );
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`Verdict: Nothing checked: ${reason}`);
  });

  it('JSON carries the verdict and the candidates with exact places', () => {
    const { run, report } = scanJson('unknown-format');
    expect(run.code).toBe(0);
    expect(report.verdict.nothingChecked).toEqual({ reason, clusters: ['repository'] });
    expect(report.verdict.fails).toBe(false);
    expect(report.candidates?.map((c) => [c.place.file, c.place.line, c.place.column, c.key, c.value, c.fact])).toEqual([
      ['settings.yaml', 6, 15, 'kubernetes', '1.27.3', 'kubernetes.version'],
      ['settings.yaml', 7, 11, 'calico', '3.26.0', 'calico.version'],
      ['settings.yaml', 12, 16, 'calico.version', 'v3.26.0', 'calico.version'],
    ]);
  });

  it('--fail-if-nothing-checked turns it into exit 1', () => {
    const { run, report } = scanJson('unknown-format', ['--fail-if-nothing-checked']);
    expect(run.code).toBe(1);
    expect(report.verdict.fails).toBe(true);
    expect(report.verdict.line).toBe(`Nothing checked: ${reason} (fails: fail-if-nothing-checked)`);
  });

  it('a repository with facts is not "nothing checked"', () => {
    const { report } = scanJson('kubespray-fork');
    expect(report.verdict.nothingChecked).toBeUndefined();
  });
});

describe('the Action on an unknown format (e2e)', () => {
  let gh!: FakeGitHub;
  useFakeGitHub((started) => (gh = started));

  it('concludes the check run neutral, titled "Nothing checked"; the step passes', async () => {
    const r = await runAction({ workspace: join(FIX9, 'unknown-format'), inputs: { 'github-token': TOKEN }, env: { GITHUB_API_URL: gh.url } });
    expect(r.code, r.stderr).toBe(0);
    const run = [...gh.checkRuns.values()][0]!;
    expect(run.conclusion).toBe('neutral');
    expect(run.output?.title).toMatch(/^Nothing checked: no kube-proxy, Calico or node configuration found in 1 parsed file/);
    expect(r.summary).toContain('### ⚠️ Nothing checked');
    expect(r.summary).toContain('settings.yaml:7 says calico: 3.26.0; if that is the Calico version, set calico-version');
  });

  it('fail-if-nothing-checked: true fails the step and the check run', async () => {
    const r = await runAction({
      workspace: join(FIX9, 'unknown-format'),
      inputs: { 'github-token': TOKEN, 'fail-if-nothing-checked': 'true' },
      env: { GITHUB_API_URL: gh.url },
    });
    expect(r.code).toBe(1);
    const run = [...gh.checkRuns.values()][0]!;
    expect(run.conclusion).toBe('failure');
  });
});

describe('a stale bootstrap manifest against the live Flux values: the conflict is said out loud (e2e)', () => {
  it('every report carries a diagnostic naming each value and its place, with how to resolve it', () => {
    const { report } = scanJson('stale-manifest');
    const vxlan = report.diagnostics!.find((d) => d.message.includes('calico.vxlanMode'))!;
    expect(vxlan.message).toBe(
      'conflict: calico.vxlanMode has 2 values: CrossSubnet at bootstrap/calico.yaml:15:22; Never at flux/calico.yaml:21:28. Rules are checked against each, so a finding may rest on a stale one. Resolve it: exclude the stale file (one of bootstrap/calico.yaml, flux/calico.yaml; --exclude, or the exclude input), or split the clusters in the config file (clusters: [{name, paths}]) if these are different clusters.',
    );
    expect(vxlan.place).toMatchObject({ file: 'bootstrap/calico.yaml', line: 15 });
    expect(
      report.diagnostics!.some((d) =>
        d.message.startsWith('conflict: calico.version has 2 values: 3.26.4 at bootstrap/calico.yaml:12:18; 3.28.0 at flux/calico.yaml:12:16.'),
      ),
    ).toBe(true);
    const sarif = scanFixture('stale-manifest', ['--format', 'sarif']).stdout;
    expect(sarif).toContain('conflict: calico.vxlanMode has 2 values');
    // The text report names places under the directory as typed (here absolute), the conflict's too.
    const dir = join(FIX9, 'stale-manifest');
    expect(scanFixture('stale-manifest').stdout).toContain(
      `conflict: calico.vxlanMode has 2 values: CrossSubnet at ${dir}/bootstrap/calico.yaml:15:22; Never at ${dir}/flux/calico.yaml:21:28.`,
    );
  });

  it('a finding that rests on one value names the other', () => {
    const { report } = scanJson('stale-manifest');
    const perf = report.findings.find((f) => f.ruleId === 'CAL-VXLAN-CSUM-OFF-PERF')!;
    expect(perf.message).toContain(
      '(conflict: calico.vxlanMode is also Never at flux/calico.yaml:21:28; calico.version is also 3.28.0 at flux/calico.yaml:12:16; see the conflict diagnostic)',
    );
  });

  it('excluding the stale file resolves it', () => {
    const { report } = scanJson('stale-manifest', ['--exclude', 'bootstrap/**']);
    expect(report.diagnostics ?? []).toEqual([]);
    expect(report.findings.map((f) => f.ruleId)).toEqual([]);
  });
});

describe('two KubeadmControlPlane-only Cluster API clusters (e2e)', () => {
  it("are two clusters: kube-proxy 1.30 never meets the other cluster's Ubuntu 14.04 kernel", () => {
    const { run, report } = scanJson('capi-kcp-only');
    expect(report.contexts.map((c) => [c.name, c.formedBy])).toEqual([
      ['clusters/legacy', 'directory clusters/legacy/: Cluster API KubeadmControlPlane'],
      ['clusters/modern', 'directory clusters/modern/: Cluster API KubeadmControlPlane'],
    ]);
    expect(report.findings.map((f) => `${f.ruleId} ${f.context} ${f.primary?.file}:${f.primary?.line}`)).toEqual([
      'KP-IPVS-NO-SYSCTL clusters/legacy clusters/legacy/control-plane.yaml:7',
      'KP-SNAT-RANDOM-FULLY clusters/legacy clusters/legacy/control-plane.yaml:7',
    ]);
    // Ubuntu 14.04's kernel is known as 3.13 alone, which does not decide the DNS race rule.
    expect(report.undetermined.map((u) => `${u.ruleId} ${u.context}`)).toEqual(['NODE-CONNTRACK-DNS-RACE clusters/legacy']);
    expect(run.code).toBe(1);
  });

  it('names the cluster in text, SARIF and JSON', () => {
    const text = scanFixture('capi-kcp-only').stdout;
    expect(text).toContain('    cluster: clusters/legacy\n');
    const sarif = JSON.parse(scanFixture('capi-kcp-only', ['--format', 'sarif']).stdout) as {
      runs: { results: { message: { text: string }; properties: { cluster: string } }[] }[];
    };
    const result = sarif.runs[0]!.results[0]!;
    expect(result.properties.cluster).toBe('clusters/legacy');
    expect(result.message.text).toMatch(/ In cluster clusters\/legacy\.$/);
  });
});
