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

const opts = { files: 2000, seed: 1, runs: 5, 'cluster-share': 0.25 };
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

// The scans run in a runner's environment: a machine that sets NODE_EXTRA_CA_CERTS has Node 20 parse that
// bundle at every start-up (about 420 million instructions, 0.04 s of CPU here), the excluded run's too, which
// flattered every ratio measured with it (docs/performance.md).
const scanEnv = { ...process.env };
delete scanEnv.NODE_EXTRA_CA_CERTS;

function scanOnce(repo, extra) {
  const args = [cli, 'scan', repo, '--format', 'json', '--fail-on', 'none', ...extra];
  const timeFile = join(repo, '..', 'time.txt');
  const start = process.hrtime.bigint();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env: scanEnv })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, env: scanEnv });
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
  // The trees were just written: flush them, and scan each once unmeasured, so no measured run pays the kernel
  // writing them back or a cold cache (the excluded variant reads no file, so only the others would).
  spawnSync('sync');
  for (const tree of [repo, plain]) scanOnce(tree, []);
  // The measure: the same tree with its Terraform files not read (excluded), so an all-Terraform
  // tree scans nothing then: that baseline is start-up plus walking the tree. The second tree (same
  // monorepo without cluster blocks: every file read by the prefilter, none parsed) is shown for reference.
  const variants = [
    ['with Terraform', repo, []],
    ['read, none parsed', plain, []],
    ['Terraform excluded', repo, ['--allow-empty', '--exclude', '**/*.tf', '--exclude', '**/*.tfvars', '--exclude', '**/*.tofu']],
  ];
  // Paired runs: each round scans every variant back to back (order rotated), so a load spike from other
  // processes on a shared machine hits a pair rather than one side; ratios are medians of per-round ratios.
  const runs = Object.fromEntries(variants.map(([name]) => [name, []]));
  for (let i = 0; i < opts.runs; i++) {
    for (let k = 0; k < variants.length; k++) {
      const [name, tree, extra] = variants[(i + k) % variants.length];
      runs[name].push(scanOnce(tree, extra));
    }
  }
  for (const [name] of variants) {
    const rs = runs[name];
    const last = rs[rs.length - 1];
    console.log(
      `  ${name.padEnd(20)} ${median(rs.map((x) => x.seconds)).toFixed(2)} s wall, ${median(rs.map((x) => x.cpu)).toFixed(2)} s CPU (medians of ${opts.runs}), peak ${Math.max(...rs.map((x) => x.peakMiB)).toFixed(0)} MiB RSS, ${last.stats.filesParsed ?? '?'} files parsed, ${last.facts ?? '?'} facts, ${last.contexts ?? '?'} clusters`,
    );
  }
  // CPU time is the steadier measure on a shared machine; wall time follows it when the machine is idle.
  const w = runs['with Terraform'];
  for (const other of ['Terraform excluded', 'read, none parsed']) {
    const x = runs[other];
    const wall = median(w.map((r, i) => r.seconds / x[i].seconds));
    const cpu = median(w.map((r, i) => r.cpu / x[i].cpu));
    console.log(`  ratio to ${other.padEnd(19)} ${wall.toFixed(2)}x wall, ${cpu.toFixed(2)}x CPU (medians of ${opts.runs} paired runs)`);
  }
} finally {
  rmSync(base, { recursive: true, force: true });
}
