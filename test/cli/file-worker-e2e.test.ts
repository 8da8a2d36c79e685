import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './fake-io.js';
import { requireActionBundle, runAction } from '../helpers/run-action.js';

/**
 * The file phase's worker thread as shipped: dist/cli.js starts dist/file-worker.js when asked to
 * (NETCOMPAT_FILE_WORKER_DIRS) and shares the walk with it, and the report is the same byte for byte.
 */
const CLI = join(REPO, 'dist/cli.js');
const FIXTURES = join(REPO, 'test/fixtures/file-phase');
// Loaded into the main thread (and every worker, which inherits --import): says when the scan starts a worker.
// Said at `new Worker()`, not from inside the worker: on a loaded machine the main thread can finish every
// folder and stop the worker before its first line runs, and the scan is right to do so.
const MARK =
  'data:text/javascript,import { createRequire } from "node:module"; const t = createRequire("/")("node:worker_threads"); ' +
  'if (t.isMainThread) { const W = t.Worker; t.Worker = class extends W { constructor(...a) { process.stderr.write("[worker started]\\n"); super(...a); } }; }';

let root: string;
/** MARK as a file, for NODE_OPTIONS (which splits at spaces), as the Action is started without arguments. */
let markFile: string;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first');
  root = mkdtempSync(join(tmpdir(), 'netcompat-file-worker-'));
  const marks = mkdtempSync(join(tmpdir(), 'netcompat-file-worker-mark-'));
  markFile = join(marks, 'mark.mjs');
  writeFileSync(markFile, decodeURIComponent(MARK.slice('data:text/javascript,'.length)));
  // 228 folders: more than the walk lists before it starts the worker (20 below), so some are the worker's.
  for (let t = 0; t < 12; t++) {
    for (const env of ['dev', 'prod', 'qa']) {
      for (let a = 0; a < 5; a++) {
        const dir = join(root, `team-${t}`, env, `app-${a}`);
        mkdirSync(dir, { recursive: true });
        for (const f of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, f), join(dir, f));
      }
    }
  }
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(dirname(markFile), { recursive: true, force: true });
});

function scan(workerDirs: string, env: Record<string, string> = {}): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, ['--import', MARK, CLI, 'scan', root, '--format', 'json', '--fail-on', 'none'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NETCOMPAT_FILE_WORKER_DIRS: workerDirs, ...env },
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('dist/cli.js with the file worker', () => {
  it('starts the worker only when asked, and reports the same', () => {
    const one = scan('off');
    const two = scan('2');
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(one.stderr).not.toContain('[worker started]');
    expect(two.stderr).toContain('[worker started]');
    expect(JSON.parse(one.stdout).findings.length).toBeGreaterThan(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('shares the walk with the worker (from the first folder, or after some folders) and reports the same', () => {
    const one = scan('off');
    for (const dirs of ['0', '20']) {
      const r = scan(dirs);
      expect(r.status).toBe(0);
      expect(r.stderr).toContain('[worker started]');
      expect(r.stdout).toBe(one.stdout);
    }
    // More folders than the tree has: no worker.
    const none = scan('5000');
    expect(none.stderr).not.toContain('[worker started]');
    expect(none.stdout).toBe(one.stdout);
  });

  it("takes the removed modes' switches (NETCOMPAT_FILE_WORKER_SHARED, _TASKS) as the shared walk, and reports the same", () => {
    const one = scan('off');
    for (const env of [{ NETCOMPAT_FILE_WORKER_SHARED: '1' }, { NETCOMPAT_FILE_WORKER_TASKS: '1' }] as Record<string, string>[]) {
      const r = scan('2', env);
      expect(r.status).toBe(0);
      expect(r.stderr).toContain('[worker started]');
      expect(r.stdout).toBe(one.stdout);
    }
  });

  it('dist/index.js (the Action) shares the walk with the worker too, with the same outputs', async () => {
    requireActionBundle();
    const run = (dirs: string) =>
      runAction({ workspace: root, inputs: { 'fail-on': 'none' }, env: { NETCOMPAT_FILE_WORKER_DIRS: dirs, NODE_OPTIONS: `--import=${markFile}` } });
    const off = await run('off');
    const on = await run('20');
    expect(off.code).toBe(0);
    expect(on.code).toBe(0);
    expect(off.stderr).not.toContain('[worker started]');
    expect(on.stderr).toContain('[worker started]');
    expect(on.outputs).toEqual(off.outputs);
    expect(on.summary).toBe(off.summary);
  });
});
