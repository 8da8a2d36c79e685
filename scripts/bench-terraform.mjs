// `npm run bench:terraform [-- --files N] [--seed S] [--runs R] [--cluster-share F]`: scans a synthetic Terraform
// monorepo (scripts/gen-tf-repo.mjs) with the built CLI three ways: as is (the directories that define clusters
// are parsed); the same monorepo generated without its cluster blocks (every file read, none parsed); and the
// first tree with its Terraform files excluded (nothing read). It prints times, CPU, peak memory and the ratios.
// Build first (npm run bundle).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTfRepo } from './gen-tf-repo.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');

const opts = { files: 2000, seed: 1, runs: 3, 'cluster-share': 0.25 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const key = argv[i].replace(/^--/, '');
  const n = Number(argv[++i]);
  if (!(key in opts) || !Number.isFinite(n) || n <= 0) {
    process.stderr.write(`bench:terraform: bad argument ${argv[i - 1]} ${argv[i] ?? ''}; accepted: --files N, --seed N, --runs N, --cluster-share F (0-1)\n`);
    process.exit(2);
  }
  opts[key] = n;
}
if (!existsSync(cli)) {
  process.stderr.write('bench:terraform: dist/cli.js is missing: run npm run bundle first\n');
  process.exit(2);
}

const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['--version']).status === 0;

function scanOnce(repo, extra) {
  const args = [cli, 'scan', repo, '--format', 'json', '--fail-on', 'none', ...extra];
  const timeFile = join(repo, '..', 'time.txt');
  const start = process.hrtime.bigint();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`scan exited ${r.status}: ${r.stderr}`);
  const report = JSON.parse(r.stdout);
  const [kb, user, sys] = gnuTime ? readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { seconds, peakMiB: kb / 1024, cpu: user + sys, stats: report.stats ?? {}, facts: report.stats?.facts, contexts: report.contexts?.length };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = mkdtempSync(join(tmpdir(), 'netcompat-bench-tf-'));
const repo = join(base, 'repo');
const plain = join(base, 'plain');
try {
  const gen = generateTfRepo(repo, { files: opts.files, seed: opts.seed, clusterShare: opts['cluster-share'] });
  const flat = generateTfRepo(plain, { files: opts.files, seed: opts.seed, clusterShare: 0 });
  console.log(`generated ${gen.files} Terraform files in ${gen.dirs} directories (${(gen.bytes / 1048576).toFixed(1)} MiB), ${gen.clusters} defining clusters`);
  console.log(`          and the same without cluster blocks (${(flat.bytes / 1048576).toFixed(1)} MiB)`);
  const variants = [
    ['with Terraform', repo, []],
    ['read, none parsed', plain, []],
    ['Terraform excluded', repo, ['--exclude', '**/*.tf', '--exclude', '**/*.tfvars', '--exclude', '**/*.tofu']],
  ];
  const results = {};
  for (const [name, tree, extra] of variants) {
    const runs = Array.from({ length: opts.runs }, () => scanOnce(tree, extra));
    results[name] = {
      seconds: median(runs.map((x) => x.seconds)),
      cpu: median(runs.map((x) => x.cpu)),
      peakMiB: Math.max(...runs.map((x) => x.peakMiB)),
      last: runs[runs.length - 1],
    };
    const r = results[name];
    console.log(
      `  ${name.padEnd(20)} ${r.seconds.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU (medians of ${opts.runs}), peak ${r.peakMiB.toFixed(0)} MiB RSS, ${r.last.stats.filesParsed ?? '?'} files parsed, ${r.last.facts ?? '?'} facts, ${r.last.contexts ?? '?'} clusters`,
    );
  }
  // CPU time is the steadier measure on a shared machine; wall time follows it when the machine is idle.
  const w = results['with Terraform'];
  for (const other of ['read, none parsed', 'Terraform excluded']) {
    const x = results[other];
    console.log(`  ratio to ${other.padEnd(19)} ${(w.seconds / x.seconds).toFixed(2)}x wall, ${(w.cpu / x.cpu).toFixed(2)}x CPU`);
  }
} finally {
  rmSync(base, { recursive: true, force: true });
}
