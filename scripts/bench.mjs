// `npm run bench [-- --files N] [--seed S] [--runs R] [--keep]`: generates a synthetic repository, scans it
// with the built CLI in a child process (as CI would run it) and prints throughput and peak memory.
// Build first: it measures dist/, not the sources.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRepo } from './gen-bench-repo.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');

function parseArgs(argv) {
  const opts = { files: 20_000, seed: 1, runs: 1, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--keep') opts.keep = true;
    else if (['--files', '--seed', '--runs'].includes(a)) {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) fail(`${a} needs a positive integer, got ${JSON.stringify(argv[i])}`);
      opts[a.slice(2)] = n;
    } else fail(`unknown argument ${JSON.stringify(a)}; accepted: --files N, --seed N, --runs N, --keep`);
  }
  return opts;
}

class BenchError extends Error {}

function fail(msg) {
  throw new BenchError(msg);
}

/** GNU time reports the child's peak RSS exactly; without it, poll the kernel's high-water mark. */
const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['--version']).status === 0;

function readHwmKb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0; // the process has just exited
  }
}

/** One scan: wall time and CPU time in seconds, peak RSS in KiB, exit code, and the JSON report's path. */
function runScan(repo, outDir, k) {
  const report = join(outDir, `report-${k}.json`);
  const timeFile = join(outDir, `time-${k}.txt`);
  const scanArgs = [cli, 'scan', repo, '--format', 'json', '--fail-on', 'none'];
  const [cmd, args] = gnuTime ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, process.execPath, ...scanArgs]] : [process.execPath, scanArgs];
  const out = openSync(report, 'w');
  const start = process.hrtime.bigint();
  const child = spawn(cmd, args, { stdio: ['ignore', out, 'pipe'] });
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
      done({ seconds, peakKb: rss, cpuSeconds: gnuTime ? user + sys : undefined, code, stderr, report });
    });
  });
}

/** The scanner's own counts, wherever the JSON format keeps them. */
function summarise(reportPath) {
  let data;
  try {
    data = JSON.parse(readFileSync(reportPath, 'utf8'));
  } catch (e) {
    return { error: `report is not JSON: ${e.message}` };
  }
  const stats = data.stats ?? data.summary?.stats ?? data.summary ?? {};
  const skipped = Array.isArray(data.skipped) ? data.skipped : [];
  const reasons = {};
  for (const s of skipped) reasons[s.reason] = (reasons[s.reason] ?? 0) + 1;
  return {
    stats,
    reasons,
    findings: Array.isArray(data.findings) ? data.findings.length : undefined,
    undetermined: Array.isArray(data.undetermined) ? data.undetermined.length : undefined,
  };
}

const fmt = (n) => n.toLocaleString('en-US');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(cli)) fail('dist/cli.js is missing: run npm run bundle first');
  const base = mkdtempSync(join(tmpdir(), 'netcompat-bench-'));
  const repo = join(base, 'repo');
  const outDir = join(base, 'out');
  mkdirSync(repo);
  mkdirSync(outDir);
  try {
    const t0 = Date.now();
    const gen = generateRepo(repo, { files: opts.files, seed: opts.seed });
    console.log(`generated ${fmt(gen.entries.length)} files (${(gen.bytes / 1048576).toFixed(1)} MiB, seed ${opts.seed}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    console.log(`  mix: ${Object.entries(gen.counts).map(([c, n]) => `${c} ${fmt(n)}`).join(', ')}`);

    const runs = [];
    for (let k = 0; k < opts.runs; k++) {
      const run = await runScan(repo, outDir, k);
      if (run.code !== 0) fail(`scan exited ${run.code}:\n${run.stderr}`);
      runs.push(run);
      if (opts.runs > 1) console.log(`  run ${k + 1}: ${run.seconds.toFixed(2)} s, ${(run.peakKb / 1024).toFixed(0)} MiB`);
    }
    const seconds = median(runs.map((r) => r.seconds));
    const peakKb = Math.max(...runs.map((r) => r.peakKb));
    const cpu = runs[0].cpuSeconds === undefined ? undefined : median(runs.map((r) => r.cpuSeconds));
    const s = summarise(runs[runs.length - 1].report);

    console.log(`\nnetcompat ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version} on Node ${process.version}, ${cpus().length} CPUs`);
    console.log(`  wall time        ${seconds.toFixed(2)} s${opts.runs > 1 ? ` (median of ${opts.runs})` : ''}`);
    // CPU time moves less than wall time when other work shares the machine.
    if (cpu !== undefined) console.log(`  CPU time         ${cpu.toFixed(2)} s (user + system)`);
    console.log(`  throughput       ${fmt(Math.round(gen.entries.length / seconds))} files/s`);
    console.log(`  peak memory      ${(peakKb / 1024).toFixed(0)} MiB RSS (${gnuTime ? 'GNU time' : '/proc VmHWM polling'})`);
    if (s.error) {
      console.log(`  ${s.error}`);
      return;
    }
    const { filesSeen, filesRead, filesParsed } = s.stats;
    if (typeof filesSeen === 'number' && typeof filesParsed === 'number') {
      console.log(`  candidates       ${fmt(filesSeen)} files matched the include globs (${fmt(gen.entries.length - filesSeen)} others never opened)`);
      if (typeof filesRead === 'number') console.log(`  read             ${fmt(filesRead)}`);
      console.log(`  parsed           ${fmt(filesParsed)} (${((100 * filesParsed) / filesSeen).toFixed(1)}% of candidates)`);
      console.log(`  not parsed       ${fmt(filesSeen - filesParsed)} (no extractor trigger, template, binary, too large, ...)`);
    } else {
      console.log('  parsed/skipped   not in the JSON report (no "stats" object)');
    }
    const reasons = Object.entries(s.reasons).map(([r, n]) => `${r} ${fmt(n)}`).join(', ');
    console.log(`  skipped, listed  ${reasons || 'none'}`);
    if (s.findings !== undefined) console.log(`  findings         ${s.findings}, undetermined ${s.undetermined ?? '?'}`);
  } finally {
    if (opts.keep) console.log(`\nkept ${base}`);
    else rmSync(base, { recursive: true, force: true });
  }
}

// Thrown rather than exiting, so that the finally above removes the temporary tree.
await main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof BenchError ? e.message : e.stack}\n`);
  process.exitCode = 2;
});
