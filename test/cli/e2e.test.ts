import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sarifValidator } from '../report/sarif-schema.js';
import { REPO } from './fake-io.js';

/** Spawns the committed bundle, as a user would; run `npm run bundle` after changing src/. */
const CLI = join(REPO, 'dist/cli.js');

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'netcompat-e2e-'));
const ruleIds = () =>
  readdirSync(join(REPO, 'rules'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, '').toUpperCase())
    .sort();

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first');
});

describe('scan examples/', () => {
  it('kubeadm-ipvs-debian8 with --node-os debian-8: a high finding, exit 1', () => {
    const r = cli('scan', 'examples/kubeadm-ipvs-debian8', '--node-os', 'debian-8');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(
      [
        'HIGH (1)',
        '  examples/kubeadm-ipvs-debian8/kubeadm-config.yaml:4:20  KP-IPVS-NO-SYSCTL  kube-proxy IPVS proxier cannot start on a kernel older than 4.1 (conn_reuse_mode sysctl missing)',
      ].join('\n'),
    );
    expect(r.stdout).toContain(
      [
        '    evidence:',
        '      kubeProxy.mode = ipvs  at examples/kubeadm-ipvs-debian8/kubeadm-config.yaml:13:7',
        '      node.kernel = 3.16  derived: Debian 8 default kernel 3.16 (UNVERIFIED)',
        '        from node.os = debian-8  given by --node-os (Debian 8)',
        '      kubeProxy.version = v1.18.20  derived: cluster version',
        '        from kubernetes.version = v1.18.20  at examples/kubeadm-ipvs-debian8/kubeadm-config.yaml:4:20',
      ].join('\n'),
    );
    expect(r.stdout).toMatch(/\n {4}fix: Upgrade kube-proxy to 1\.19\.0 or later/);
    // Debian 8's kernel is given as 3.16 alone, which does not decide the DNS race rule (RHEL kernels are left out of it).
    expect(r.stdout.endsWith('\nVerdict: 1 high, 1 undetermined: fails on high\n')).toBe(true);
  });

  it('kubeadm-ipvs-debian8 with --node-os centos-7.9: no finding, RHEL 7 kernels carry the sysctl (exit 0)', () => {
    const r = cli('scan', 'examples/kubeadm-ipvs-debian8', '--node-os', 'centos-7.9');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('node.kernel 3.10.0-1160.el7.x86_64');
    expect(r.stdout).not.toContain('KP-IPVS-NO-SYSCTL');
    expect(r.stdout.endsWith('\nVerdict: No findings\n')).toBe(true);
  });

  it('kubeadm-ipvs-debian8 without the OS: the kernel rules are undetermined and do not fail', () => {
    const r = cli('scan', 'examples/kubeadm-ipvs-debian8');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('UNDETERMINED (');
    expect(r.stdout).toContain('  examples/kubeadm-ipvs-debian8/kubeadm-config.yaml:4:20  KP-IPVS-NO-SYSCTL  ');
    expect(r.stdout).toContain('    needs node.kernel: ');
    expect(r.stdout).not.toContain('HIGH (');
  });

  it('--fail-on none never fails', () => {
    const r = cli('scan', 'examples/kubeadm-ipvs-debian8', '--node-os', 'debian-8', '--fail-on', 'none');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('\nVerdict: 1 high, 1 undetermined: fail-on none\n');
  });

  it('calico-vxlan-old, no flags: kube-proxy race (high); kube-controllers 3.18.6 predates the pod-cache leak; exit 1', () => {
    const r = cli('scan', 'examples/calico-vxlan-old');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('HIGH (1)\n  examples/calico-vxlan-old/kube-proxy.yaml:30:18  KP-IPT-PARTIAL-SYNC-RACE  ');
    expect(r.stdout).not.toContain('CAL-KC-POD-CACHE-LEAK');
    expect(r.stdout).toContain('  examples/calico-vxlan-old/calico.yaml:19:18  CAL-VXLAN-CSUM-63S  ');
    expect(r.stdout).toMatch(/\nVerdict: 1 high, \d+ undetermined: fails on high\n$/);
  });

  it('clean with the OS given: nothing at all, exit 0 even with --fail-on low', () => {
    const r = cli('scan', 'examples/clean', '--node-os', 'ubuntu-22.04', '--fail-on', 'low');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^netcompat \S+: scanned examples\/clean: 2 files seen, 2 parsed, \d+ facts, \d+ rules\ncluster: whole repository \(one cluster\); facts: [^\n]*node\.os ubuntu-22\.04[^\n]*\n\nVerdict: No findings\n$/,
    );
  });

  it('skipped-files: a broken file is listed with its line, the template and the empty file are only counted', () => {
    const r = cli('scan', 'examples/skipped-files');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('\nSKIPPED: 1 file, and 2 skipped quietly (empty 1, template 1)\n  examples/skipped-files/broken.yaml  yaml-error: ');
    expect(r.stdout).toContain('at line 3, column 20');
    expect(r.stdout).not.toContain('chart/templates');
    expect(r.stdout).toContain('from kubernetes.version = v1.29.6  at examples/skipped-files/kubeadm-config.yaml:3:20');
  });
});

describe('--fail-on thresholds on a low-only repository', () => {
  it.each([
    ['high', 0],
    ['medium', 0],
    ['low', 1],
    ['none', 0],
  ])('--fail-on %s exits %i', (level, code) => {
    const r = cli('scan', 'test/fixtures/cli/low-only', '--fail-on', level);
    expect(r.code, r.stderr).toBe(code);
    expect(r.stdout).toContain('LOW (1)\n  test/fixtures/cli/low-only/calico-kube-controllers.yaml:12:18  CAL-KC-POD-CACHE-LEAK  ');
  });
});

describe('machine formats', () => {
  it('--format json --output writes the report and prints the verdict', () => {
    const dir = tmp();
    const r = cli('scan', 'examples/kubeadm-ipvs-debian8', '--node-os', 'debian-8', '--format', 'json', '--output', join(dir, 'out/report.json'));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe(`netcompat: wrote the json report to ${join(dir, 'out/report.json')}; 1 high, 1 undetermined: fails on high\n`);
    const doc = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8'));
    expect(doc.root).toBe('examples/kubeadm-ipvs-debian8');
    expect(doc.verdict).toMatchObject({ failOn: 'high', fails: true, counts: { high: 1, medium: 0, low: 0 } });
    expect(doc.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['KP-IPVS-NO-SYSCTL']);
    expect(doc.findings[0].primary).toEqual({ file: 'kubeadm-config.yaml', line: 4, column: 20, endLine: 4, endColumn: 28 });
  });

  it('--format json on stdout is byte-identical across runs', () => {
    const a = cli('scan', 'examples/calico-vxlan-old', '--format', 'json');
    const b = cli('scan', 'examples/calico-vxlan-old', '--format', 'json');
    expect(a.code, a.stderr).toBe(1);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout).verdict.line).toMatch(/^1 high, \d+ undetermined: fails on high$/);
  });

  it('--format sarif --output writes a log that passes the SARIF 2.1.0 schema', () => {
    const dir = tmp();
    const file = join(dir, 'netcompat.sarif');
    const r = cli('scan', 'examples/calico-vxlan-old', '--node-os', 'centos-7.9', '--format', 'sarif', '--output', file);
    expect(r.code, r.stderr).toBe(1);
    const log = JSON.parse(readFileSync(file, 'utf8'));
    const validate = sarifValidator();
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(ruleIds());
    const race = run.results.find((x: { ruleId: string }) => x.ruleId === 'KP-IPT-PARTIAL-SYNC-RACE');
    expect(race).toMatchObject({ kind: 'fail', level: 'error', ruleIndex: ruleIds().indexOf('KP-IPT-PARTIAL-SYNC-RACE') });
    expect(race.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'examples/calico-vxlan-old/kube-proxy.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 30, startColumn: 18, endLine: 30, endColumn: 52 },
    });
    expect(race.relatedLocations.map((l: { physicalLocation: { region: { startLine: number } } }) => l.physicalLocation.region.startLine)).toEqual([11]);
    expect(Object.keys(race.partialFingerprints)).toEqual(['netcompat/v2']);
    // A low finding is a note: kube-controllers 3.25.0 has the pod-cache leak.
    const low = JSON.parse(cli('scan', 'test/fixtures/cli/low-only', '--format', 'sarif').stdout).runs[0];
    expect(low.results.find((x: { ruleId: string }) => x.ruleId === 'CAL-KC-POD-CACHE-LEAK')).toMatchObject({ kind: 'fail', level: 'note' });
  });

  it('--format sarif keeps fingerprints stable across runs', () => {
    const fp = () =>
      JSON.parse(cli('scan', 'examples/calico-vxlan-old', '--format', 'sarif').stdout).runs[0].results.map(
        (x: { partialFingerprints: object }) => x.partialFingerprints,
      );
    expect(fp()).toEqual(fp());
  });

  it('undetermined rules are left out of SARIF unless --sarif-undetermined, then open results of level none', () => {
    const plain = JSON.parse(cli('scan', 'examples/kubeadm-ipvs-debian8', '--format', 'sarif').stdout);
    expect(plain.runs[0].results.filter((x: { kind: string }) => x.kind !== 'fail')).toEqual([]);
    const log = JSON.parse(cli('scan', 'examples/kubeadm-ipvs-debian8', '--format', 'sarif', '--sarif-undetermined').stdout);
    const open = log.runs[0].results.filter((x: { kind: string }) => x.kind === 'open');
    expect(open.map((x: { ruleId: string }) => x.ruleId)).toContain('KP-IPVS-NO-SYSCTL');
    for (const x of open) expect(x.level).toBe('none');
    const validate = sarifValidator();
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });

  it('--sarif-undetermined without --format sarif is a usage error', () => {
    const r = cli('scan', 'examples/clean', '--sarif-undetermined');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--sarif-undetermined only applies with --format sarif (got --format text)');
  });

  it('a finding resting only on flags is a SARIF notification, said on stderr, and still fails the build', () => {
    const r = cli(
      'scan',
      'test/fixtures/cli/no-config',
      '--kube-proxy-mode',
      'ipvs',
      '--kubernetes-version',
      '1.18.20',
      '--node-os',
      'debian-8',
      '--format',
      'sarif',
      '--allow-empty',
    );
    expect(r.code, r.stderr).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.runs[0].results.filter((x: { kind: string }) => x.kind === 'fail')).toEqual([]);
    const notes = log.runs[0].invocations[0].toolExecutionNotifications;
    expect(notes.some((n: { associatedRule?: { id: string } }) => n.associatedRule?.id === 'KP-IPVS-NO-SYSCTL')).toBe(true);
    expect(r.stderr).toContain('no file to point at');
    expect(r.stderr).toContain('KP-IPVS-NO-SYSCTL');
  });
});

describe('bad input', () => {
  it('--fail-on hgih: exit 2, naming the value and the accepted ones', () => {
    const r = cli('scan', 'examples/clean', '--fail-on', 'hgih');
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('hgih');
    expect(r.stderr).toContain('high, medium, low, none');
  });

  it('an unknown --node-os and a malformed --kernel-version: exit 2', () => {
    const os = cli('scan', 'examples/clean', '--node-os', 'windows-11');
    expect(os.code, os.stderr).toBe(2);
    expect(os.stderr).toContain('"windows-11"');
    expect(os.stderr).toContain('ubuntu-');
    const kernel = cli('scan', 'examples/clean', '--kernel-version', 'latest');
    expect(kernel.code, kernel.stderr).toBe(2);
    expect(kernel.stderr).toContain('kernel-version: "latest" is not accepted');
  });

  it('a missing directory, an unknown flag, an unknown command: exit 2', () => {
    expect(cli('scan', 'examples/nope').code).toBe(2);
    const flag = cli('scan', 'examples/clean', '--verbose');
    expect(flag.code, flag.stderr).toBe(2);
    expect(flag.stderr).toContain('unknown option "--verbose"');
    const cmd = cli('lint', 'examples/clean');
    expect(cmd.code, cmd.stderr).toBe(2);
    expect(cmd.stderr).toContain('unknown command "lint"');
  });

  it('repository text cannot open a workflow command on stdout', () => {
    const r = cli('scan', 'test/fixtures/cli/injection');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.trimStart().startsWith('::'))).toEqual([]);
    expect(r.stdout).not.toContain('##[');
    expect(r.stdout).toContain(
      'from kubernetes.version = unresolved "{{ .Values.kubeVersion }}\\n::error file=x,line=1::pwned\\n#\\#[warning]legacy"  at test/fixtures/cli/injection/kubeadm-config.yaml:4:20',
    );
    const json = cli('scan', 'test/fixtures/cli/injection', '--format', 'json');
    expect(json.stdout).not.toContain('##[');
    expect(json.stdout.split('\n').filter((l) => l.trimStart().startsWith('::'))).toEqual([]);
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain('\\n::error file=x,line=1::pwned\\n##[warning]legacy');
  });
});

describe('help, version, rules, explain', () => {
  it('--help and --version', () => {
    const help = cli('--help');
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain('netcompat scan [DIR] [options]');
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(cli('--version')).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('rules: one row per rule file', () => {
    const r = cli('rules');
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^(KP|CAL|NODE)-/.test(l));
    expect(rows.map((l) => l.split(/\s+/)[0])).toEqual(ruleIds());
    expect(r.stdout).toMatch(/^ID\s+SEVERITY\s+COMPONENT\s+TITLE\n/);
    expect(r.stdout).toContain(`\n${ruleIds().length} rules; \`netcompat explain RULE-ID\` shows one in full.\n`);
  });

  it('rules --format json: the rules themselves', () => {
    const r = cli('rules', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    const rules = JSON.parse(r.stdout) as { id: string; severity: string; fix: string }[];
    expect(rules.map((x) => x.id)).toEqual(ruleIds());
    expect(rules.find((x) => x.id === 'KP-IPVS-CONN-REUSE')).toMatchObject({ severity: 'high' });
  });

  it('explain KP-IPVS-CONN-REUSE: symptom, conditions, fix, references, notes, seed errors, facts', () => {
    const r = cli('explain', 'KP-IPVS-CONN-REUSE');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^KP-IPVS-CONN-REUSE: .+\nseverity high, component kube-proxy\n\nSymptom\n {2}\S/);
    for (const heading of [
      '\nFires when\n',
      '\nFix\n',
      '\nReferences\n  - https://',
      '\nNotes\n  - ',
      '\nWhere the original page was wrong\n  - ',
      '\nFacts it reads, and how to give them\n',
    ]) {
      expect(r.stdout).toContain(heading);
    }
    expect(r.stdout).toContain('    - kubeProxy.mode is ipvs\n');
    expect(r.stdout).toMatch(/node\.kernel in >=4\.1\.0 <5\.9\.0 \(compared as major\.minor\)/);
  });

  it('explain NOPE: exit 2', () => {
    const r = cli('explain', 'NOPE');
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('unknown rule "NOPE"');
  });
});
