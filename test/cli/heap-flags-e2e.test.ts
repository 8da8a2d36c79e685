import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEAP_FLAGS, heapFlagsFor } from '../../src/heap-flags.js';
import { REPO } from './fake-io.js';
import { DIST_INDEX, requireActionBundle, runAction } from '../helpers/run-action.js';

/**
 * The V8 flags both entry points set at start-up (src/heap-flags.ts), checked against the V8 that runs the
 * tests (CI runs them on Node 20 and on Node 24, the Action's runtime): every flag meant for this V8 exists
 * in it, V8 printed no "unrecognized flag", and the CLI and the Action set the same ones.
 */
const CLI = join(REPO, 'dist/cli.js');
const PROBE = join(REPO, 'test/cli/wasm-probe.mjs');
const MAJOR = Number(process.versions.v8.split('.')[0]);
const EXPECTED = heapFlagsFor(MAJOR);

/** The flag names the running V8 knows (`node --v8-options`), with V8's spelling (`--a-b`, never `--a_b`). */
function knownFlags(): Set<string> {
  const r = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
  return new Set([...r.stdout.matchAll(/^ {2}(--[a-z0-9-]+) /gm)].map((m) => m[1]!));
}

/** A flag's name as `--v8-options` lists it: no value, no `--no-` of a boolean. */
function nameOf(flag: string): string {
  return flag.replace(/=.*$/, '').replace(/^--no-/, '--');
}

/** The probe's line: the flags set through `v8.setFlagsFromString` while the process ran. */
function probed(stderr: string): string[] {
  const m = /wasm-probe: \d+ compiled; flags: (.*)$/m.exec(stderr);
  if (!m) throw new Error(`no probe line in stderr: ${stderr}`);
  return JSON.parse(m[1]!) as string[];
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first');
  requireActionBundle();
});

describe('heap flags given only to the V8 versions that have them', () => {
  const known = knownFlags();

  it(`every flag meant for this V8 (${process.versions.v8}) is one it has`, () => {
    expect(known.size).toBeGreaterThan(100);
    const meant = HEAP_FLAGS.filter(({ v8 }) => MAJOR >= v8[0] && MAJOR <= v8[1]).map(({ flag }) => nameOf(flag));
    expect(meant.filter((name) => !known.has(name))).toEqual([]);
  });

  it('Node 20 (V8 11) and Node 24 (V8 13) get their measured sets; V8 11 has no memory-saver mode', () => {
    expect(heapFlagsFor(11)).toBe('--semi-space-growth-factor=1 --heap-growing-percent=10 --interrupt-budget=1081344');
    expect(heapFlagsFor(13)).toBe(
      '--semi-space-growth-factor=1 --heap-growing-percent=10 --memory-saver-mode --no-maglev --invocation-count-for-turbofan=48000',
    );
    expect(heapFlagsFor(10)).toBeUndefined();
    expect(heapFlagsFor(14)).toBeUndefined();
  });

  it('setting them prints nothing (V8 writes "unrecognized flag" on stderr for a flag it lacks)', () => {
    const r = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(EXPECTED ?? '')})`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('both entry points set them before the scan', () => {
  it('dist/cli.js', () => {
    const r = spawnSync(process.execPath, ['--import', PROBE, CLI, 'scan', 'test/fixtures/cli/low-only', '--format', 'json', '--fail-on', 'none'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(probed(r.stderr).slice(0, 1)).toEqual(EXPECTED === undefined ? [] : [EXPECTED]);
    expect(r.stderr).not.toMatch(/unrecognized flag/);
  });

  it('dist/index.js (the Action), the same flags', async () => {
    const r = await runAction({
      workspace: join(REPO, 'test/fixtures/cli/low-only'),
      inputs: { 'fail-on': 'none' },
      env: { NODE_OPTIONS: `--import ${PROBE}` },
    });
    expect(DIST_INDEX).toBe(join(REPO, 'dist/index.js'));
    expect(probed(r.stderr).slice(0, 1)).toEqual(EXPECTED === undefined ? [] : [EXPECTED]);
    expect(r.stderr).not.toMatch(/unrecognized flag/);
    expect(r.code).toBe(0);
  });
});
