import { beforeAll, describe, expect, it } from 'vitest';
import { parseChangedList, underPrefix } from '../../src/inputs/changed-files.js';
import { todayFrom } from '../../src/inputs/today.js';
import { readRunnerEnv } from '../../src/action/runner-env.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, requireBundle } from './cli.js';

beforeAll(requireBundle);

describe('explain and rules show where the original page was wrong', () => {
  it('explain prints the seed errors of a rule under their own heading', () => {
    const r = cli(['explain', 'KP-IPT-PARTIAL-SYNC-RACE']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      '\nWhere the original page was wrong\n  - The page says "1.27.0 <= affected < 1.30.0", ignoring the 1.27.11, 1.28.7 and 1.29.2 backports.\n',
    );
    // Symptom, conditions, fix and references come first, in this order.
    const order = ['\nSymptom\n', '\nFires when\n', '\nFix\n', '\nReferences\n', '\nWhere the original page was wrong\n'].map((h) => r.stdout.indexOf(h));
    expect(order[0]).toBeGreaterThan(0);
    for (let i = 1; i < order.length; i++) expect(order[i]).toBeGreaterThan(order[i - 1]!);
  });

  it('rules --format json carries them too', () => {
    const r = cli(['rules', '--format', 'json']);
    const rules = JSON.parse(r.stdout) as Array<{ id: string; seedErrors?: string[] }>;
    expect(rules.find((x) => x.id === 'KP-IPT-PARTIAL-SYNC-RACE')?.seedErrors).toEqual([
      'The page says "1.27.0 <= affected < 1.30.0", ignoring the 1.27.11, 1.28.7 and 1.29.2 backports.',
    ]);
  });

  it('the main help lists the inspection commands', () => {
    const r = cli(['--help']);
    for (const c of ['netcompat baseline [DIR]', 'netcompat facts [DIR]', 'netcompat rules', 'netcompat explain RULE-ID']) expect(r.stdout).toContain(c);
    const scan = cli(['scan', '--help']);
    for (const f of ['--config FILE', '--baseline FILE', '--only-changed', '--base REF', '--changed-files FILE']) expect(scan.stdout).toContain(f);
  });
});

describe('changed-file lists', () => {
  it('one path per line; comments, blanks, ./ and backslashes handled', () => {
    expect(parseChangedList('# changed\r\n./a/b.yaml\n\n  c\\d.yaml  \nx/../y.yaml\n')).toEqual(['a/b.yaml', 'c/d.yaml', 'y.yaml']);
  });

  it('workspace paths onto the scanned directory; files outside it dropped', () => {
    expect(underPrefix(['clusters/a.yaml', 'clustersX/b.yaml', 'README.md'], 'clusters')).toEqual(['a.yaml']);
    expect(underPrefix(['a.yaml'], '')).toEqual(['a.yaml']);
  });
});

describe('NETCOMPAT_TODAY', () => {
  it('is read when set and checked', () => {
    expect(todayFrom({})).toBeUndefined();
    expect(todayFrom({ NETCOMPAT_TODAY: ' 2025-02-01 ' })).toBe('2025-02-01');
    expect(() => todayFrom({ NETCOMPAT_TODAY: '2025-13-45' })).toThrow(/NETCOMPAT_TODAY: "2025-13-45" is not a date; expected YYYY-MM-DD/);
  });
});

describe('the event payload', () => {
  it('gives the base commit of a pull request, for git diff', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netcompat-event-'));
    const file = join(dir, 'event.json');
    writeFileSync(file, JSON.stringify({ pull_request: { number: 3, head: { sha: 'b'.repeat(40) }, base: { sha: 'C'.repeat(40) } } }));
    expect(readRunnerEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file }).pull).toEqual({
      number: 3,
      headSha: 'b'.repeat(40),
      baseSha: 'C'.repeat(40),
    });
    writeFileSync(file, JSON.stringify({ pull_request: { number: 3, base: { sha: 'main; rm -rf /' } } }));
    expect(readRunnerEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file }).pull).toEqual({ number: 3 });
  });
});
