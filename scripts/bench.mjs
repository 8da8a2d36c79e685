// `npm run bench [-- --files N[,N...]] [--seed S] [--runs R] [--keep]`: generates synthetic repositories
// (default 2,000, 20,000 and 100,000 files), scans each with the built CLI in a child process (as CI would
// run it) and, when ripgrep (`rg`) is installed, runs rg over the same tree for the extractors' trigger
// words right after each scan: the ratio is taken from runs paired in time, so a busy machine slows both.
// Build first: it measures dist/, not the sources.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, fstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { generateRepo } from './gen-bench-repo.mjs';
import { knowledgeEsbuildPlugin } from './knowledge-source.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');

function parseArgs(argv) {
  const opts = { files: [2_000, 20_000, 100_000], seed: 1, runs: 3, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--keep') opts.keep = true;
    else if (a === '--files') {
      const list = String(argv[++i] ?? '')
        .split(',')
        .map(Number);
      if (list.length === 0 || !list.every((n) => Number.isInteger(n) && n >= 1))
        fail(`--files needs positive integers (comma-separated), got ${JSON.stringify(argv[i])}`);
      opts.files = list;
    } else if (['--seed', '--runs'].includes(a)) {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) fail(`${a} needs a positive integer, got ${JSON.stringify(argv[i])}`);
      opts[a.slice(2)] = n;
    } else fail(`unknown argument ${JSON.stringify(a)}; accepted: --files N[,N...], --seed N, --runs N, --keep`);
  }
  return opts;
}

class BenchError extends Error {}

function fail(msg) {
  throw new BenchError(msg);
}

/** GNU time reports the child's peak RSS and CPU exactly; without it, poll the kernel's high-water mark. */
const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['--version']).status === 0;
const rg = spawnSync('rg', ['--version']).status === 0 ? 'rg' : undefined;

function readHwmKb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0; // the process has just exited
  }
}

/** One child process: wall and CPU seconds, peak RSS in KiB, exit code, stderr. */
function measure(command, args, stdoutFile, timeFile) {
  const [cmd, argv] = gnuTime ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, command, ...args]] : [command, args];
  const out = openSync(stdoutFile, 'w');
  const start = process.hrtime.bigint();
  const child = spawn(cmd, argv, { stdio: ['ignore', out, 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let polled = 0;
  const poll = gnuTime ? undefined : setInterval(() => (polled = Math.max(polled, readHwmKb(child.pid))), 5);
  return new Promise((done) => {
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      clearInterval(poll);
      closeSync(out);
      // GNU time's last line is "<max RSS KiB> <user s> <system s>"; earlier lines may note a signal.
      const [rss, user, sys] = gnuTime ? readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [polled];
      done({ seconds, peakKb: rss, cpuSeconds: gnuTime ? user + sys : undefined, code, stderr });
    });
  });
}

/** Every extractor's trigger and kind words, read from the registry itself (bundled on the fly). */
async function triggerWords() {
  const plugin = knowledgeEsbuildPlugin(root);
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/extract/registry.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'error',
    plugins: [plugin],
    banner: { js: "import { createRequire as __benchRequire } from 'node:module';\nconst require = __benchRequire(import.meta.url);" },
  });
  const dir = mkdtempSync(join(tmpdir(), 'netcompat-bench-registry-'));
  try {
    const file = join(dir, 'registry.mjs');
    writeFileSync(file, result.outputFiles[0].contents);
    const { EXTRACTORS } = await import(pathToFileURL(file).href);
    return [...new Set(EXTRACTORS.flatMap((e) => [...e.triggers, ...(e.kinds ?? [])]))].sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The scanner's counts, from the top of its JSON report (`verdict`) and its tail (`stats`): a report can be
 * larger than a string may be, so it is not parsed whole.
 */
function summarise(reportPath) {
  const fd = openSync(reportPath, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(size, 64 * 1024));
    readSync(fd, head, 0, head.length, 0);
    const tailLength = Math.min(size, 4 * 1024 * 1024);
    const tail = Buffer.alloc(tailLength);
    readSync(fd, tail, 0, tailLength, size - tailLength);
    const object = (text, key) => {
      const at = text.indexOf(`\n  "${key}": {`);
      if (at === -1) return undefined;
      const from = text.indexOf('{', at);
      const to = text.indexOf('\n  }', from);
      return JSON.parse(text.slice(from, to + 4));
    };
    const verdict = object(head.toString('utf8'), 'verdict');
    return { stats: object(tail.toString('utf8'), 'stats') ?? {}, counts: verdict?.counts, bytes: size };
  } catch (e) {
    return { error: `cannot read the report's counts: ${e.message}` };
  } finally {
    closeSync(fd);
  }
}

const fmt = (n) => n.toLocaleString('en-US');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mib = (kb) => `${(kb / 1024).toFixed(0)} MiB`;
const secs = (s) => (s === undefined ? '–' : `${s.toFixed(2)} s`);

async function benchSize(files, opts, words, base) {
  const repo = join(base, `repo-${files}`);
  const out = join(base, `out-${files}`);
  mkdirSync(repo);
  mkdirSync(out);
  const t0 = Date.now();
  const gen = generateRepo(repo, { files, seed: opts.seed });
  console.log(`\n${fmt(files)} files: generated (${(gen.bytes / 1048576).toFixed(1)} MiB, seed ${opts.seed}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const scans = [];
  const greps = [];
  const rgArgs = ['--files-with-matches', '--fixed-strings', '--hidden', '--no-ignore', '--no-messages', ...words.flatMap((w) => ['-e', w]), repo];
  // The tree was just written: the first run would pay the kernel writing it back to disk, and only the scan
  // (it runs first in each pair) would read it cold. Flush, then read it once, unmeasured, so that every
  // measured run of either program finds the same warm cache.
  spawnSync('sync');
  await measure(
    rg ?? process.execPath,
    rg ? rgArgs : [cli, 'scan', repo, '--format', 'json', '--fail-on', 'none'],
    join(out, 'warm-up.txt'),
    join(out, 'warm-up-time.txt'),
  );
  for (let k = 0; k < opts.runs; k++) {
    const report = join(out, `report-${k}.json`);
    const s = await measure(process.execPath, [cli, 'scan', repo, '--format', 'json', '--fail-on', 'none'], report, join(out, `time-${k}.txt`));
    if (s.code !== 0) fail(`scan exited ${s.code}:\n${s.stderr}`);
    scans.push({ ...s, report });
    let line = `  run ${k + 1}: netcompat ${secs(s.seconds)}${s.cpuSeconds === undefined ? '' : `, CPU ${secs(s.cpuSeconds)}`}, ${mib(s.peakKb)}`;
    if (rg) {
      const g = await measure(rg, rgArgs, join(out, `rg-${k}.txt`), join(out, `rg-time-${k}.txt`));
      // rg exits 1 when nothing matches; 2 is an error.
      if (g.code === 2) fail(`rg failed:\n${g.stderr}`);
      greps.push(g);
      line += `; rg ${secs(g.seconds)}, ratio ${(s.seconds / g.seconds).toFixed(2)}`;
    }
    console.log(line);
  }
  const row = {
    files,
    wall: median(scans.map((r) => r.seconds)),
    cpu: scans[0].cpuSeconds === undefined ? undefined : median(scans.map((r) => r.cpuSeconds)),
    peakKb: Math.max(...scans.map((r) => r.peakKb)),
    rgWall: rg ? median(greps.map((r) => r.seconds)) : undefined,
    rgCpu: rg && greps[0].cpuSeconds !== undefined ? median(greps.map((r) => r.cpuSeconds)) : undefined,
    ratio: rg ? median(scans.map((r, k) => r.seconds / greps[k].seconds)) : undefined,
    summary: summarise(scans[scans.length - 1].report),
  };
  const st = row.summary.stats ?? {};
  const c = row.summary.counts;
  if (typeof st.filesSeen === 'number') {
    console.log(
      `  ${fmt(st.filesSeen)} candidates of ${fmt(files)} files, ${fmt(st.filesParsed)} parsed; ${c ? `${fmt(c.high + c.medium + c.low)} findings, ${fmt(c.undetermined)} undetermined; ` : ''}JSON report ${(row.summary.bytes / 1048576).toFixed(1)} MiB`,
    );
  } else if (row.summary.error) console.log(`  ${row.summary.error}`);
  if (!opts.keep) rmSync(repo, { recursive: true, force: true });
  return row;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(cli)) fail('dist/cli.js is missing: run npm run bundle first');
  const words = await triggerWords();
  const base = mkdtempSync(join(tmpdir(), 'netcompat-bench-'));
  const rows = [];
  try {
    for (const files of opts.files) rows.push(await benchSize(files, opts, words, base));
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    console.log(
      `\nnetcompat ${version} on Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB; medians of ${opts.runs} paired run(s); peak RSS is the highest run`,
    );
    console.log(
      rg
        ? `ripgrep: rg --files-with-matches --fixed-strings --hidden --no-ignore over the whole tree for the ${words.length} trigger words`
        : 'ripgrep (rg) is not installed: the ratio to ripgrep is skipped',
    );
    console.log('');
    console.log(`| files | netcompat wall | CPU | peak RSS |${rg ? ' rg wall | rg CPU | wall ratio |' : ''}`);
    console.log(`|---|---|---|---|${rg ? '---|---|---|' : ''}`);
    for (const r of rows) {
      console.log(
        `| ${fmt(r.files)} | ${secs(r.wall)} | ${secs(r.cpu)} | ${mib(r.peakKb)} |${rg ? ` ${secs(r.rgWall)} | ${secs(r.rgCpu)} | ${r.ratio.toFixed(2)}x |` : ''}`,
      );
    }
  } finally {
    if (opts.keep) console.log(`\nkept ${base}`);
    else rmSync(base, { recursive: true, force: true });
  }
}

// Thrown rather than exiting, so that the finally above removes the temporary trees.
await main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof BenchError ? e.message : e.stack}\n`);
  process.exitCode = 2;
});
