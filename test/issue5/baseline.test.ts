import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, copyFixture, requireBundle } from './cli.js';

const FLAGS = ['--node-os', 'ubuntu-22.04'];

interface BaselineOut {
  version: number;
  findings: Array<{ ruleId: string; context: string; fingerprint: string; message: string }>;
}

beforeAll(requireBundle);

describe('netcompat baseline and --baseline', () => {
  it('records the findings, survives lines moved above the evidence, and lets a changed version through', () => {
    const dir = copyFixture('baseline');
    const made = cli(['baseline', dir, ...FLAGS]);
    expect(made.code, made.stderr).toBe(0);
    const baseline = JSON.parse(made.stdout) as BaselineOut;
    expect(baseline.version).toBe(1);
    expect(baseline.findings.map((f) => [f.ruleId, f.context])).toEqual([['KP-IPT-PARTIAL-SYNC-RACE', 'repository']]);
    expect(baseline.findings[0]!.fingerprint).toMatch(/^[0-9a-f]{16,}$/);
    const file = join(dir, 'netcompat-baseline.json');
    writeFileSync(file, made.stdout);

    // Unrelated edits move the evidence down by four lines.
    const path = join(dir, 'kubeadm.yaml');
    writeFileSync(path, `# Owned by the platform team.\n# Changes go through the weekly review.\n\n# ---\n${readFileSync(path, 'utf8')}`);
    const moved = cli(['scan', dir, ...FLAGS, '--baseline', file]);
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stdout).not.toContain('HIGH (');
    expect(moved.stdout).toContain('\nHIDDEN: 1 already in the baseline\n');
    // The same scan without the baseline still finds it, at the new line.
    const plain = cli(['scan', '.', ...FLAGS], { cwd: dir });
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('HIGH (1)\n  kubeadm.yaml:7:20  KP-IPT-PARTIAL-SYNC-RACE  ');

    // A different affected version is a different finding.
    writeFileSync(path, readFileSync(path, 'utf8').replace('v1.27.3', 'v1.28.2'));
    const changed = cli(['scan', '.', ...FLAGS, '--baseline', file], { cwd: dir });
    expect(changed.code, changed.stderr).toBe(1);
    expect(changed.stdout).toContain('HIGH (1)\n  kubeadm.yaml:7:20  KP-IPT-PARTIAL-SYNC-RACE  ');
    expect(changed.stdout).toContain('kube-proxy v1.28.2 (cluster version) in iptables mode');
    expect(changed.stdout).not.toContain('HIDDEN');
  });

  it('the config file may name the baseline it is about to hold: `baseline > file` does not read it', () => {
    const dir = copyFixture('baseline');
    writeFileSync(join(dir, '.netcompat.yaml'), 'baseline: .netcompat-baseline.json\n');
    // What `netcompat baseline > .netcompat-baseline.json` does: the shell empties the file first.
    writeFileSync(join(dir, '.netcompat-baseline.json'), '');
    const made = cli(['baseline', dir, ...FLAGS, '--output', join(dir, '.netcompat-baseline.json')]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stderr).toBe(`netcompat: wrote 1 finding fingerprint(s) to ${join(dir, '.netcompat-baseline.json')}\n`);
    // scan reads it through the config file.
    const r = cli(['scan', dir, ...FLAGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('\nHIDDEN: 1 already in the baseline\n');
  });

  it('a broken baseline file is a usage error that says how to make one', () => {
    const dir = copyFixture('baseline');
    writeFileSync(join(dir, 'b.json'), '{"findings": 3}');
    const r = cli(['scan', dir, ...FLAGS, '--baseline', join(dir, 'b.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/b\.json: not a netcompat baseline \(expected \{"version": 1, "findings": \[\{"fingerprint": …\}\]\}\)\n$/);
    const missing = cli(['scan', dir, '--baseline', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json: no such file');
  });

  it('does not take gating flags', () => {
    const r = cli(['baseline', '.', '--fail-on', 'low']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('baseline: unknown option "--fail-on"');
  });
});
