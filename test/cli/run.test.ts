import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/knowledge/rules.js';
import { REPO, runCli } from './fake-io.js';

describe('run: usage errors exit 2 and name the bad value', () => {
  it.each([
    [
      ['scan', 'examples/clean', '--fail-on', 'hgih'],
      ['"hgih"', 'high, medium, low, none', 'did you mean "high"'],
    ],
    [
      ['scan', 'examples/clean', '--format', 'xml'],
      ['"xml"', 'text, json, sarif'],
    ],
    [
      ['scan', 'examples/clean', '--kube-proxy-mode', 'ipvss'],
      ['"ipvss"', 'iptables, ipvs, nftables'],
    ],
    [
      ['scan', 'examples/clean', '--node-os', 'plan9-4'],
      ['node-os', '"plan9-4"', 'centos-'],
    ],
    [
      ['scan', 'examples/clean', '--kernel-version', 'three.ten'],
      ['kernel-version', '"three.ten"', '3.10.0-1160.el7.x86_64'],
    ],
    [
      ['scan', 'examples/clean', '--kubernetes-version', 'latest'],
      ['kubernetes-version', '"latest"', '1.28.7'],
    ],
    [
      ['scan', 'examples/clean', '--fact', 'nope=1'],
      ['fact', '"nope=1"', 'NAME=VALUE'],
    ],
    [
      ['scan', 'examples/clean', '--fail-no', 'high'],
      ['unknown option "--fail-no"', 'Did you mean --fail-on?', 'netcompat scan --help'],
    ],
    [['scan', 'examples/clean', '--format'], ["Option '--format <value>' argument missing"]],
    [['scan', 'no/such/dir'], ['directory "no/such/dir" does not exist']],
    [['scan', 'examples/README.md'], ['"examples/README.md" is not a directory']],
    [['scan', 'examples/clean', 'no/such/dir'], ['directory "no/such/dir" does not exist']],
    [['scna'], ['unknown command "scna"', 'Did you mean scan?']],
    [['examples/clean'], ['To scan that directory, run `netcompat scan examples/clean`']],
    [['--fail-on', 'high'], ['unknown option "--fail-on" before a command']],
    [
      ['rules', '--format', 'sarif'],
      ['"sarif"', 'text, json'],
    ],
    [['rules', 'KP-IPVS-CONN-REUSE'], ['netcompat explain KP-IPVS-CONN-REUSE']],
    [['explain'], ['give a rule id']],
    [
      ['explain', 'NOPE'],
      ['unknown rule "NOPE"', 'Known rules: ', 'KP-IPVS-CONN-REUSE'],
    ],
    [['explain', 'kp-ipvs-conn-reus'], ['Did you mean KP-IPVS-CONN-REUSE?']],
  ])('%j', async (argv, parts) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^netcompat: /);
    for (const p of parts) expect(r.stderr).toContain(p);
  });

  it('prints the help on stderr and exits 2 when given nothing', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('netcompat scan [DIR] [options]');
  });

  it('reports an --output path it cannot write as a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netcompat-cli-'));
    const r = await runCli(['scan', 'examples/clean', '--output', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`output: cannot write ${JSON.stringify(dir)}`);
  });
});

describe('run: help, version, colour', () => {
  it('documents every scan flag and the exit codes', async () => {
    const r = await runCli(['scan', '--help']);
    expect(r.code).toBe(0);
    for (const flag of [
      '--node-os',
      '--kernel-version',
      '--kubernetes-version',
      '--kube-proxy-mode',
      '--calico-version',
      '--fact',
      '--fail-on',
      '--format',
      '--output',
      '--include',
      '--exclude',
    ]) {
      expect(r.stdout).toContain(flag);
    }
    expect(r.stdout).toContain(
      'Exit codes: 0 nothing reaches --fail-on, 1 a finding reaches it (or nothing was checked, with\n--fail-if-nothing-checked), 2 usage or configuration error',
    );
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('colours only a terminal without NO_COLOR, and never a JSON report', async () => {
    const args = ['scan', 'examples/kubeadm-ipvs-debian8', '--node-os', 'debian-8'];
    expect((await runCli(args, { isTTY: true })).stdout).toContain('\u001b[1;31mHIGH (1)\u001b[0m');
    expect((await runCli(args, { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await runCli(args)).stdout).not.toContain('\u001b[');
    expect((await runCli([...args, '--format', 'json'], { isTTY: true })).stdout).not.toContain('\u001b[');
  });

  it('resolves DIR and --output against its working directory', async () => {
    const r = await runCli(['scan', 'clean'], { cwd: join(REPO, 'examples') });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^netcompat \S+: scanned clean: /);
    const out = mkdtempSync(join(tmpdir(), 'netcompat-cwd-'));
    const w = await runCli(['scan', join(REPO, 'examples/kubeadm-ipvs-debian8'), '--node-os', 'debian-8', '--format', 'json', '-o', 'r.json'], { cwd: out });
    expect(w.code).toBe(1);
    expect(JSON.parse(readFileSync(join(out, 'r.json'), 'utf8')).verdict.fails).toBe(true);
  });

  it('explains every built-in rule, case-insensitively', async () => {
    for (const rule of builtInRules()) {
      const r = await runCli(['explain', rule.id.toLowerCase()]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.startsWith(`${rule.id}: ${rule.title}\nseverity ${rule.severity}, component ${rule.component}\n`)).toBe(true);
      expect(r.stdout).toContain(`\nFix\n`);
    }
  });
});
