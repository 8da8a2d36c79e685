import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, FIX, requireBundle } from './cli.js';

const FLAGS = ['--kube-proxy-mode', 'iptables', '--node-os', 'ubuntu-22.04'];

interface SarifOut {
  runs: Array<{
    results: Array<{ ruleId: string; suppressions?: Array<{ kind: string; status?: string; justification?: string; properties?: unknown }> }>;
    invocations: Array<{ toolConfigurationNotifications?: Array<{ level: string; message: { text: string }; locations?: unknown[] }> }>;
  }>;
}

beforeAll(requireBundle);

describe('inline suppressions', () => {
  it('a directive with a reason on the line above the evidence suppresses: listed with its reason, not counted', () => {
    const r = cli(['scan', '.', ...FLAGS], { cwd: join(FIX, 'suppressed') });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('HIGH (');
    expect(r.stdout).toContain(
      'SUPPRESSED (1): not counted\n  kubeadm.yaml:5:20  KP-IPT-PARTIAL-SYNC-RACE  upgrading to 1.28.7 in the next maintenance window (kubeadm.yaml:4)\n',
    );
    expect(r.stdout.endsWith('\nVerdict: No findings\n')).toBe(true);
  });

  it('SARIF keeps the suppressed result, with the justification', () => {
    const r = cli(['scan', join(FIX, 'suppressed'), ...FLAGS, '--format', 'sarif']);
    expect(r.code, r.stderr).toBe(0);
    const results = (JSON.parse(r.stdout) as SarifOut).runs[0]!.results;
    expect(results.map((x) => x.ruleId)).toEqual(['KP-IPT-PARTIAL-SYNC-RACE']);
    expect(results[0]!.suppressions).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'upgrading to 1.28.7 in the next maintenance window',
        properties: { by: 'test/fixtures/issue5/suppressed/kubeadm.yaml:4' },
      },
    ]);
  });

  it('a directive without a reason does not suppress and is reported with its place', () => {
    const r = cli(['scan', '.', ...FLAGS], { cwd: join(FIX, 'no-reason') });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('HIGH (1)\n  kubeadm.yaml:4:20  KP-IPT-PARTIAL-SYNC-RACE  ');
    expect(r.stdout).toContain(
      'SETTINGS (1): problems with ignore entries and directives\n  warning  kubeadm.yaml:4  netcompat-ignore KP-IPT-PARTIAL-SYNC-RACE has no reason and does not suppress; write "# netcompat-ignore RULE-ID: why"\n',
    );
    expect(r.stdout).not.toContain('SUPPRESSED');
  });

  it('with a machine format the settings problem also goes to stderr', () => {
    const r = cli(['scan', join(FIX, 'no-reason'), ...FLAGS, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'netcompat: warning: kubeadm.yaml:4: netcompat-ignore KP-IPT-PARTIAL-SYNC-RACE has no reason and does not suppress; write "# netcompat-ignore RULE-ID: why"\n',
    );
    const out = JSON.parse(r.stdout) as { diagnostics: unknown[] };
    expect(out.diagnostics).toEqual([
      {
        level: 'warning',
        message: 'netcompat-ignore KP-IPT-PARTIAL-SYNC-RACE has no reason and does not suppress; write "# netcompat-ignore RULE-ID: why"',
        place: { file: 'kubeadm.yaml', line: 4, column: 28 },
      },
    ]);
  });
});

describe('config ignore entries that expire (NETCOMPAT_TODAY fixes the date)', () => {
  const dir = join(FIX, 'expired');

  it('before the date the entry suppresses, with its reason and its line', () => {
    const r = cli(['scan', '.', ...FLAGS], { cwd: dir, env: { NETCOMPAT_TODAY: '2025-01-30' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'SUPPRESSED (1): not counted\n  kubeadm.yaml:3:20  KP-IPT-PARTIAL-SYNC-RACE  accepted until the 1.28 upgrade (.netcompat.yaml:3)\n',
    );
    expect(r.stdout).not.toContain('SETTINGS');
  });

  it('on and after the date it no longer suppresses, and is itself reported', () => {
    for (const today of ['2025-01-31', '2026-06-01']) {
      const r = cli(['scan', '.', ...FLAGS], { cwd: dir, env: { NETCOMPAT_TODAY: today } });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toContain('HIGH (1)\n  kubeadm.yaml:3:20  KP-IPT-PARTIAL-SYNC-RACE  ');
      expect(r.stdout).toContain(
        '  warning  .netcompat.yaml:3  ignore entry for KP-IPT-PARTIAL-SYNC-RACE expired on 2025-01-31 and no longer suppresses (reason was: accepted until the 1.28 upgrade)\n',
      );
      expect(r.stdout).not.toContain('SUPPRESSED');
    }
  });

  it('the config file is named relative to the scanned directory, wherever the CLI runs', () => {
    const r = cli(['scan', 'expired', ...FLAGS, '--format', 'json'], { cwd: FIX, env: { NETCOMPAT_TODAY: '2025-02-01' } });
    const out = JSON.parse(r.stdout) as { diagnostics: Array<{ place: unknown }> };
    expect(out.diagnostics.map((d) => d.place)).toEqual([{ file: '.netcompat.yaml', line: 3, column: 1 }]);
  });

  it('a malformed NETCOMPAT_TODAY is a usage error, not a silent today', () => {
    const r = cli(['scan', dir, ...FLAGS], { env: { NETCOMPAT_TODAY: '31.01.2025' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('netcompat: NETCOMPAT_TODAY: "31.01.2025" is not a date; expected YYYY-MM-DD\n');
  });
});

describe('SARIF for a config-file suppression', () => {
  it('is external, with the entry as its source', () => {
    const r = cli(['scan', join(FIX, 'expired'), ...FLAGS, '--format', 'sarif'], { env: { NETCOMPAT_TODAY: '2025-01-01' } });
    expect(r.code, r.stderr).toBe(0);
    const run = (JSON.parse(r.stdout) as SarifOut).runs[0]!;
    expect(run.results[0]!.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'accepted until the 1.28 upgrade',
        properties: { by: 'test/fixtures/issue5/expired/.netcompat.yaml:3' },
      },
    ]);
    expect(run.invocations[0]!.toolConfigurationNotifications ?? []).toEqual([]);
  });

  it('an expired entry is a configuration notification on its line', () => {
    const r = cli(['scan', join(FIX, 'expired'), ...FLAGS, '--format', 'sarif'], { env: { NETCOMPAT_TODAY: '2025-02-01' } });
    expect(r.code).toBe(1);
    const run = (JSON.parse(r.stdout) as SarifOut).runs[0]!;
    expect(run.results[0]!.suppressions).toBeUndefined();
    const notes = run.invocations[0]!.toolConfigurationNotifications!;
    expect(notes.map((n) => [n.level, n.message.text])).toEqual([
      ['warning', 'ignore entry for KP-IPT-PARTIAL-SYNC-RACE expired on 2025-01-31 and no longer suppresses (reason was: accepted until the 1.28 upgrade)'],
    ]);
  });
});
