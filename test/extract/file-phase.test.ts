import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover, Walker, type Discovered } from '../../src/discover/discover.js';
import { FilePhase, fileWorkerFromEnv, type FileWorkerOptions, type PhaseItem } from '../../src/extract/file-phase.js';
import { YAML_FILES } from '../../src/extract/file-shapes.js';
import { HCL_FILE } from '../../src/extract/hcl/collect.js';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { scan } from '../../src/scan.js';

// The file phase's second thread (src/extract/file-phase.ts): whichever thread walks a folder, the scan's
// result is the same, and a worker that fails leaves the scan to the main thread.

const FIXTURES = new URL('../fixtures/file-phase/', import.meta.url);
let base: string;
let root: string;
let worker: URL;
let throwsAtStart: URL;
let diesMidWalk: URL;

/** The main thread sleeps (synchronously, as a busy scan would) so the worker can claim chunks. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'netcompat-file-phase-'));
  root = join(base, 'repo');
  // 24 teams x 3 environments, each with the fixture files, some nested deeper: 24 x 3 x 2 folders.
  const fixtures = readdirSync(FIXTURES);
  for (let t = 0; t < 24; t++) {
    for (const env of ['dev', 'prod', 'qa']) {
      const dir = join(root, `team-${String(t).padStart(2, '0')}`, env);
      mkdirSync(join(dir, 'nested'), { recursive: true });
      for (const [k, f] of fixtures.entries()) copyFileSync(new URL(f, FIXTURES), join((t + k) % 2 ? dir : join(dir, 'nested'), f));
    }
  }
  // What the reader skips, in folders either thread may walk.
  mkdirSync(join(base, 'outside'));
  writeFileSync(join(base, 'outside', 'secret.yaml'), 'kind: Secret\n');
  // Deep in the tree, past where the walk hands off: the worker walks and reads them.
  for (const t of ['team-03', 'team-20']) {
    const dir = join(root, t, 'odd', 'deep', 'deeper');
    mkdirSync(join(dir, 'chart', 'templates'), { recursive: true });
    mkdirSync(join(dir, 'old.bak'), { recursive: true });
    writeFileSync(join(dir, 'empty.yaml'), '');
    writeFileSync(join(dir, 'binary.json'), Buffer.from([0x7b, 0x00, 0x7d]));
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.from('name: caf\xe9\n', 'latin1'));
    writeFileSync(join(dir, 'huge.yaml'), `kind: KubeProxyConfiguration\n#${'x'.repeat(70_000)}\n`);
    // Over what the worker sends as bytes (SENT_BYTES), under the size cap: the main thread reads it itself.
    writeFileSync(
      join(dir, 'large.yaml'),
      `apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: "nftables"\n#${'x'.repeat(40_000)}\n`,
    );
    writeFileSync(join(dir, 'old.bak', 'kubeadm.yaml'), 'kind: ClusterConfiguration\n');
    writeFileSync(join(dir, 'chart', 'Chart.yaml'), 'apiVersion: v2\nname: chart\nversion: 0.1.0\n');
    writeFileSync(join(dir, 'chart', 'templates', 'svc.yaml'), 'kind: Service\nspec:\n  externalIPs: {{ .Values.ips }}\n');
    writeFileSync(join(dir, 'broken.yaml'), 'kind: KubeProxyConfiguration\nmode: "ipvs\n');
    symlinkSync(join(base, 'outside', 'secret.yaml'), join(dir, 'escape.yaml'));
    symlinkSync(join(root, 'team-00', 'dev', 'services.yaml'), join(dir, 'alias.yaml'));
  }
  const out = join(base, 'worker');
  mkdirSync(out);
  await build({
    entryPoints: [new URL('../../src/extract/file-worker.ts', import.meta.url).pathname],
    outfile: join(out, 'file-worker.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
  });
  worker = pathToFileURL(join(out, 'file-worker.mjs'));
  writeFileSync(join(out, 'throws.mjs'), "throw new Error('worker broke at start');\n");
  throwsAtStart = pathToFileURL(join(out, 'throws.mjs'));
  // Sends its first two messages (chunks of the walk, or parts it read), then dies.
  writeFileSync(
    join(out, 'dies-mid-walk.mjs'),
    "import { parentPort } from 'node:worker_threads';\nconst post = parentPort.postMessage.bind(parentPort);\nlet n = 0;\n" +
      "parentPort.postMessage = (m, t) => { post(m, t); if (++n === 2) throw new Error('worker died mid-walk'); };\nawait import('./file-worker.mjs');\n",
  );
  diesMidWalk = pathToFileURL(join(out, 'dies-mid-walk.mjs'));
}, 60_000);

afterAll(() => rmSync(base, { recursive: true, force: true }));

const setup = () => ({
  needles: EXTRACTORS.map((e) => ({ triggers: e.triggers, kinds: e.kinds })),
  always: HCL_FILE,
  suggestions: YAML_FILES,
});

/** The whole scan as JSON, with the main thread pausing once at its first file. */
async function scanned(fileWorker: FileWorkerOptions): Promise<{ json: string; calls: number }> {
  let calls = 0;
  const result = await scan({
    root,
    maxBytes: 64 * 1024,
    today: '2026-01-01',
    fileWorker,
    onFile: () => {
      if (++calls === 1) sleep(300);
    },
  });
  return { json: JSON.stringify(result), calls };
}

describe('the file phase on two threads', () => {
  it('shares the walk: the worker walks on once it is up, and the chunks both threads read are the one-thread walk', async () => {
    const walker = new Walker({ root, maxBytes: 64 * 1024 });
    const phase = new FilePhase(walker, { root, maxBytes: 64 * 1024 }, { afterDirs: 3, url: worker });
    expect(phase.whole).toBe(false);
    const here: PhaseItem[] = [];
    for (const item of walker.walk('', phase.split)) {
      here.push(item);
      // The worker has started (after 3 folders): this thread walks on until it is up, here at the next folder.
      for (let n = 0; n < 1000 && here.length === 1 && !phase.workerUp(); n++) sleep(10);
    }
    expect(phase.whole).toBe(true);
    phase.search(setup());
    // This thread stays at its first chunk until the worker has read every chunk after it and stopped.
    await phase.stopped;
    const there: PhaseItem[] = [];
    let chunks = 0;
    for await (const items of phase.stream()) {
      chunks++;
      there.push(...items);
    }
    phase.close();
    const one = [...discover({ root, maxBytes: 64 * 1024 })];
    const pathOf = (x: PhaseItem) => ('skipped' in x ? x.skipped.path : 'file' in x ? x.file.path : x.path);
    expect(here.length).toBeGreaterThan(0);
    expect(chunks).toBeGreaterThan(2);
    expect([...here, ...there].map(pathOf)).toEqual(one.map((x: Discovered) => ('skipped' in x ? x.skipped.path : x.file.path)));
    // The first chunk is this thread's to read; every later one came read by the worker.
    const first = there.slice(0, 32);
    expect(first.every((x) => 'file' in x || 'skipped' in x)).toBe(true);
    const rest = there.slice(32);
    expect(rest.find((x) => 'size' in x && x.path.endsWith('/deployment.yaml'))).toBeDefined();
    expect(rest.find((x) => 'bytes' in x && x.path.endsWith('/services.yaml'))).toBeDefined();
    // Larger than the worker sends (large.yaml) or reads (huge.yaml, over the cap too): handed back to be read here.
    expect(rest.filter((x) => 'file' in x).map(pathOf)).toEqual([
      'team-03/odd/deep/deeper/huge.yaml',
      'team-03/odd/deep/deeper/large.yaml',
      'team-20/odd/deep/deeper/huge.yaml',
      'team-20/odd/deep/deeper/large.yaml',
    ]);
    for (const reason of ['binary', 'not-utf8', 'empty']) expect(rest.find((x) => 'unread' in x && x.unread.reason === reason)).toBeDefined();
    for (const reason of ['symlink-outside', 'backup']) expect(rest.find((x) => 'skipped' in x && x.skipped.reason === reason)).toBeDefined();
  });

  it('scans to the same result, byte for byte, sharing the walk, and when the worker fails', async () => {
    const one = await scanned(false);
    const parsed = JSON.parse(one.json) as { findings: unknown[]; skipped: { reason: string }[]; stats: { filesSeen: number } };
    expect(parsed.findings.length).toBeGreaterThan(0);
    expect(new Set(parsed.skipped.map((s) => s.reason))).toEqual(
      new Set(['binary', 'not-utf8', 'too-large', 'backup', 'symlink-outside', 'yaml-error', 'template', 'empty', 'symlink']),
    );
    expect(one.json).toContain('"file":"team-03/odd/deep/deeper/large.yaml"');
    for (const afterDirs of [0, 3, 40]) {
      const shared = await scanned({ afterDirs, url: worker });
      expect(shared.calls).toBe(one.calls);
      expect(shared.json).toBe(one.json);
    }
    // A worker that fails at start or dies after its first messages: the rest is walked here.
    for (const afterDirs of [3, 40]) {
      expect((await scanned({ afterDirs, url: throwsAtStart })).json).toBe(one.json);
      expect((await scanned({ afterDirs, url: diesMidWalk })).json).toBe(one.json);
    }
  });

  it('keeps the scan budget: too many bytes ends the scan with the same error, the worker stopped', async () => {
    const run = (fileWorker: FileWorkerOptions) =>
      scan({ root, maxBytes: 64 * 1024, fileWorker, budget: { maxBytes: 40_000 }, onFile: () => sleep(1) }).then(
        () => 'finished',
        (e: Error) => `${e.name}: ${e.message}`,
      );
    const one = await run(false);
    expect(one).toMatch(/^ScanAbortedError: scan aborted: more than 40000 bytes/);
    expect(await run({ afterDirs: 0, url: worker })).toBe(one);
    expect(await run({ afterDirs: 3, url: worker })).toBe(one);
  });

  it('never starts a worker for a small tree or when the worker file is missing', () => {
    const walker = new Walker({ root });
    const missing = new FilePhase(walker, { root }, { afterDirs: 3, url: new URL('file:///nonexistent/file-worker.js') });
    expect(missing.split).toBeUndefined();
    expect(new FilePhase(walker, { root }, undefined).split).toBeUndefined(); // off unless asked for
    const small = join(root, 'team-00');
    let offered = 0;
    const phase = new FilePhase(new Walker({ root: small }), { root: small }, { afterDirs: 1000, url: worker });
    const split = phase.split!;
    const items = [...new Walker({ root: small }).walk('', { afterDirs: split.afterDirs, handOff: (rest) => (offered++, split.handOff(rest)) })];
    phase.close();
    expect(offered).toBe(0);
    expect(phase.workerUp()).toBe(false);
    expect(items.map((x) => ('skipped' in x ? x.skipped.path : x.file.path))).toEqual(
      [...discover({ root: small })].map((x) => ('skipped' in x ? x.skipped.path : x.file.path)),
    );
  });

  it('reads its setting from NETCOMPAT_FILE_WORKER_DIRS', () => {
    expect(fileWorkerFromEnv({})).toBeUndefined();
    expect(fileWorkerFromEnv({ NETCOMPAT_FILE_WORKER_DIRS: 'off' })).toBe(false);
    expect(fileWorkerFromEnv({ NETCOMPAT_FILE_WORKER_DIRS: '5' })).toEqual({ afterDirs: 5 });
    expect(fileWorkerFromEnv({ NETCOMPAT_FILE_WORKER_DIRS: '0' })).toEqual({ afterDirs: 0 });
    // The removed modes' switches are ignored: the shared walk either way.
    expect(fileWorkerFromEnv({ NETCOMPAT_FILE_WORKER_DIRS: '5', NETCOMPAT_FILE_WORKER_TASKS: '1' })).toEqual({ afterDirs: 5 });
    expect(fileWorkerFromEnv({ NETCOMPAT_FILE_WORKER_DIRS: '64', NETCOMPAT_FILE_WORKER_SHARED: '1' })).toEqual({ afterDirs: 64 });
    expect(fileWorkerFromEnv({ NETCOMPAT_FILE_WORKER_DIRS: '-1' })).toBeUndefined();
    expect(fileWorkerFromEnv({ NETCOMPAT_FILE_WORKER_DIRS: ' ' })).toBeUndefined();
    expect(fileWorkerFromEnv({ NETCOMPAT_FILE_WORKER_DIRS: '1.5' })).toBeUndefined();
  });
});
