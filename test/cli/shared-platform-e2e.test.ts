import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, REPO, requireBundle } from '../issue5/cli.js';

// Three clusters (clusters/a, b, c) and a platform/ folder no cluster owns, whose calico-node files disagree:
// 3.26.4 in four of them, 3.28.0 in one. Cluster c also has its own calico-node at 3.27.0. The report must
// say the shared conflict once (not once per cluster), keep c's different conflict apart, and give the
// platform facts once rather than in every cluster (issue 11; dist/cli.js is spawned as a user would).
const DIR = 'test/fixtures/volume/shared-conflict';
const schema = JSON.parse(readFileSync(join(REPO, 'schema/report.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

interface Fact {
  name: string;
  value: string;
  origin: string;
  place?: { file: string; line: number; column: number };
}
interface Report {
  schemaVersion: number;
  findings: { ruleId: string; context: string; clusters?: string[]; message: string }[];
  diagnostics: {
    level: string;
    message: string;
    place?: { file: string; line: number; column: number };
    conflict?: { fact: string; clusters?: string[]; values: { value: string; places: { file: string }[] }[] };
  }[];
  contexts: { name: string; facts: Fact[]; takesSharedFacts?: boolean }[];
  sharedFacts?: Fact[];
}

const PLATFORM = (d: string) => `platform/calico/${d}/calico-node.yaml`;
const TAIL = 'Rules are checked against each, so a finding may rest on a stale one. Resolve it: exclude the stale file (one of ';
const SPLIT = '; --exclude, or the exclude input), or split the clusters in the config file (clusters: [{name, paths}]) if these are different clusters.';
const SHARED_CONFLICT =
  'conflict in 2 clusters (clusters/a, clusters/b): calico.version has 2 values: ' +
  `3.26.4 at ${PLATFORM('central')}:12:18, ${PLATFORM('east')}:12:18, ${PLATFORM('north')}:12:18 (+1 more); 3.28.0 at ${PLATFORM('west')}:12:18. ` +
  `${TAIL}${PLATFORM('central')}, ${PLATFORM('east')}, ${PLATFORM('north')} (+2 more)${SPLIT}`;
const OWN_CONFLICT =
  'conflict in cluster clusters/c: calico.version has 3 values: 3.27.0 at clusters/c/calico-node.yaml:12:18; ' +
  `3.26.4 at ${PLATFORM('central')}:12:18, ${PLATFORM('east')}:12:18, ${PLATFORM('north')}:12:18 (+1 more); 3.28.0 at ${PLATFORM('west')}:12:18. ` +
  `${TAIL}clusters/c/calico-node.yaml, ${PLATFORM('central')}, ${PLATFORM('east')} (+3 more)${SPLIT}`;

let report: Report;
let stderr: string;
beforeAll(() => {
  requireBundle();
  const run = cli(['scan', DIR, '--format', 'json', '--fail-on', 'none']);
  expect(run.code, run.stderr).toBe(0);
  report = JSON.parse(run.stdout) as Report;
  stderr = run.stderr;
});

describe('a conflict in shared platform files (e2e)', () => {
  it('is one diagnostic naming the clusters it is in; the cluster whose own file adds a value has its own', () => {
    expect(report.diagnostics.map((d) => d.message)).toEqual([SHARED_CONFLICT, OWN_CONFLICT]);
    expect(report.diagnostics.map((d) => [d.level, d.place])).toEqual([
      ['warning', { file: PLATFORM('central'), line: 12, column: 18, endLine: 12, endColumn: 47 }],
      ['warning', { file: 'clusters/c/calico-node.yaml', line: 12, column: 18, endLine: 12, endColumn: 47 }],
    ]);
  });

  it('the JSON diagnostic carries every place and every cluster', () => {
    const c = report.diagnostics[0]!.conflict!;
    expect(c.fact).toBe('calico.version');
    expect(c.clusters).toEqual(['clusters/a', 'clusters/b']);
    expect(c.values.map((v) => [v.value, v.places.map((p) => p.file)])).toEqual([
      ['3.26.4', ['central', 'east', 'north', 'south'].map(PLATFORM)],
      ['3.28.0', [PLATFORM('west')]],
    ]);
    expect(report.diagnostics[1]!.conflict!.clusters).toEqual(['clusters/c']);
  });

  it('stderr warns once per distinct conflict, with the same short text', () => {
    const warnings = stderr.split('\n').filter((l) => l.startsWith('netcompat: warning:'));
    expect(warnings).toEqual([
      `netcompat: warning: ${PLATFORM('central')}:12: ${SHARED_CONFLICT}`,
      `netcompat: warning: clusters/c/calico-node.yaml:12: ${OWN_CONFLICT}`,
    ]);
  });

  it('a finding resting on one value names the others with a few places each', () => {
    const perf = report.findings
      .filter((f) => f.ruleId === 'CAL-VXLAN-CSUM-OFF-PERF')
      .map((f) => [f.context, f.message.slice(f.message.indexOf(' (conflict: '))]);
    expect(perf).toEqual([
      [
        'clusters/c',
        ` (conflict: calico.version is also 3.26.4 at ${PLATFORM('central')}:12:18, ${PLATFORM('east')}:12:18, ${PLATFORM('north')}:12:18 (+1 more) and 3.28.0 at ${PLATFORM('west')}:12:18; see the conflict diagnostic)`,
      ],
      ['clusters/a, clusters/b', ` (conflict: calico.version is also 3.28.0 at ${PLATFORM('west')}:12:18; see the conflict diagnostic)`],
      [
        'clusters/c',
        ` (conflict: calico.version is also 3.27.0 at clusters/c/calico-node.yaml:12:18 and 3.28.0 at ${PLATFORM('west')}:12:18; see the conflict diagnostic)`,
      ],
    ]);
  });
});

describe('facts from files no cluster owns are given once in the JSON report (e2e)', () => {
  it('sharedFacts lists the platform facts once; every context takes them and lists only its own', () => {
    expect(report.schemaVersion).toBe(2);
    expect(report.sharedFacts!.map((f) => `${f.name}=${f.value} ${f.place!.file}:${f.place!.line}`)).toEqual(
      ['central', 'east', 'north', 'south', 'west'].flatMap((d) => {
        const v = d === 'west' ? '3.28.0' : '3.26.4';
        return [`calico.version=${v} ${PLATFORM(d)}:12`, `calico.vxlanMode=CrossSubnet ${PLATFORM(d)}:15`];
      }),
    );
    expect(report.contexts.map((c) => [c.name, c.takesSharedFacts])).toEqual([
      ['clusters/a', true],
      ['clusters/b', true],
      ['clusters/c', true],
    ]);
    for (const c of report.contexts) expect(c.facts.filter((f) => f.place?.file.startsWith('platform/'))).toEqual([]);
    // Cluster c's own Calico stays in its own facts.
    expect(report.contexts[2]!.facts.filter((f) => f.name === 'calico.version').map((f) => [f.value, f.place!.file])).toEqual([
      ['3.27.0', 'clusters/c/calico-node.yaml'],
    ]);
  });

  it('the report validates against schema/report.schema.json, and the schema rejects a context that drops takesSharedFacts for false', () => {
    expect(validate(report), JSON.stringify(validate.errors, null, 1)).toBe(true);
    const broken = { ...report, contexts: report.contexts.map((c) => ({ ...c, takesSharedFacts: false })) };
    expect(validate(broken)).toBe(false);
  });

  it('the text report gives them one line before the clusters, whose lines name their own facts', () => {
    const lines = cli(['scan', DIR, '--fail-on', 'none']).stdout.split('\n');
    expect(lines.slice(3, 7)).toEqual([
      '  shared by all 3 clusters (files no cluster owns): calico.version v3.26.4, v3.28.0; calico.vxlanMode CrossSubnet',
      '  clusters/a: apiserver.admissionPlugins NodeRestriction; installer.name kubeadm; kubeProxy.mode iptables; kubernetes.version v1.27.11; kubeProxy.version v1.27.11; calico.kubeControllersVersion v3.26.4, v3.28.0',
      '  clusters/b: apiserver.admissionPlugins NodeRestriction; installer.name kubeadm; kubeProxy.mode iptables; kubernetes.version v1.27.11; kubeProxy.version v1.27.11; calico.kubeControllersVersion v3.26.4, v3.28.0',
      '  clusters/c: calico.version v3.27.0; calico.vxlanMode CrossSubnet; apiserver.admissionPlugins NodeRestriction; installer.name kubeadm; kubeProxy.mode iptables; kubernetes.version v1.27.11; kubeProxy.version v1.27.11; calico.kubeControllersVersion v3.27.0, v3.26.4 (+1 more)',
    ]);
  });

  it('`netcompat facts` still shows each cluster complete: its own facts and the shared ones', () => {
    const run = cli(['facts', DIR]);
    expect(run.code, run.stderr).toBe(0);
    const blocks = run.stdout.split('\nCLUSTER ').slice(1);
    expect(blocks.map((b) => b.slice(0, b.indexOf(':')))).toEqual(['clusters/a', 'clusters/b', 'clusters/c']);
    for (const [i, b] of blocks.entries()) {
      const own = report.contexts[i]!.facts.length;
      expect(b).toContain(`(${own + report.sharedFacts!.length} facts)`);
      expect(b).toContain(`calico.version = v3.28.0  repository, at ${PLATFORM('west')}:12:18`);
      expect(b).toContain(`calico.vxlanMode = CrossSubnet  repository, at ${PLATFORM('south')}:15:22`);
    }
    const json = JSON.parse(cli(['facts', DIR, '--format', 'json']).stdout) as { contexts: { name: string; facts: Fact[] }[] };
    expect(json.contexts.map((c) => [c.name, c.facts.length])).toEqual(report.contexts.map((c) => [c.name, c.facts.length + report.sharedFacts!.length]));
    expect(json.contexts[1]!.facts.filter((f) => f.place?.file === PLATFORM('west')).map((f) => f.name)).toEqual(['calico.version', 'calico.vxlanMode']);
  });
});
