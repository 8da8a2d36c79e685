// Mutation run: plants one deliberate bug at a time in a scratch copy of the repository and runs the test
// suite there; a mutant that no test catches is a gap in the tests. Not part of CI (it runs the suite once
// per mutant, stopping at the first failing test: a caught mutant takes seconds, a survivor the whole
// suite). Run it niced on a shared machine: `nice -n 10 npm run mutate`. Usage:
//   npm run mutate                      every mutant, full suite each
//   npm run mutate -- --only M3,M7      some mutants
//   npm run mutate -- --tests test/rules test/evaluate   a faster, partial suite
//   npm run mutate -- --no-control      skip the control run (the suite without a mutant, which must pass)
// A mutant whose code no longer exists (the code moved on) is reported as stale: update its snippet.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Each mutant: the file, the exact text it changes, what it becomes, and the kind of bug it stands for. */
export const MUTANTS = [
  {
    id: 'M1',
    kind: 'engine: Kleene AND checks unknown before false',
    file: 'src/evaluate/tri.ts',
    find: "  if (values.includes('false')) return 'false';\n  return values.includes('unknown')",
    replace: "  if (values.includes('unknown')) return 'unknown';\n  if (values.includes('false')) return 'false';\n  return values.includes('unknown')",
  },
  {
    id: 'M2',
    kind: 'engine: a leaf over candidates is true when any candidate is',
    file: 'src/evaluate/leaf.ts',
    find: "results.every((r) => r === 'true')) return 'true';",
    replace: "results.some((r) => r === 'true')) return 'true';",
  },
  {
    id: 'M3',
    kind: 'rule boundary moved: partial-sync race backport 1.28.7 → 1.28.8',
    file: 'rules/kp-ipt-partial-sync-race.yaml',
    find: '>=1.28.0 <1.28.7',
    replace: '>=1.28.0 <1.28.8',
  },
  { id: 'M4', kind: 'extractor dropped: KubeProxyConfiguration', file: 'src/extract/registry.ts', find: '\n  kubeProxyConfiguration,\n', replace: '\n' },
  {
    id: 'M5',
    kind: 'positions: embedded literal-block column off by one',
    file: 'src/parse/embedded.ts',
    find: 'return outer.map(outerStart + ind + col - 1);',
    replace: 'return outer.map(outerStart + ind + col);',
  },
  {
    id: 'M6',
    kind: 'SARIF: result ruleId no longer matches the rule id',
    file: 'src/report/sarif.ts',
    find: '    ruleId: f.ruleId,',
    replace: '    ruleId: f.ruleId.toLowerCase(),',
  },
  {
    id: 'M7',
    kind: 'suppression: a same-line directive no longer suppresses',
    file: 'src/policy/suppress.ts',
    find: '(p.line === x.line || p.line === x.line + 1)',
    replace: '(p.line === x.line + 1)',
  },
  {
    id: 'M8',
    kind: 'fingerprint: the files a finding rests on are ignored',
    file: 'src/evaluate/fingerprint.ts',
    find: "...[...values].sort(), '|', ...[...new Set(files)].sort()",
    replace: "...[...values].sort(), '|'",
  },
  {
    id: 'M9',
    kind: 'symlink containment by plain prefix (repo-evil counts as inside repo)',
    file: 'src/discover/discover.ts',
    find: 'target.startsWith(realRoot + sep)',
    replace: 'target.startsWith(realRoot)',
  },
  { id: 'M10', kind: 'spelling: cross-subnet no longer recognised', file: 'src/extract/values.ts', find: " || s === 'cross-subnet'", replace: '' },
  {
    id: 'M11',
    kind: 'kernel pattern: EL10 dropped from CAL-IPT-BACKEND-DETECT',
    file: 'rules/cal-ipt-backend-detect.yaml',
    find: '(8|9|10)',
    replace: '(8|9)',
  },
  {
    id: 'M12',
    kind: 'verdict: the fail-on threshold becomes exclusive',
    file: 'src/model/gate.ts',
    find: 'severityRank(severity) <= severityRank(failOn)',
    replace: 'severityRank(severity) < severityRank(failOn)',
  },
  {
    id: 'M13',
    kind: 'engine comparison flipped: a kernel-build "<" comparator reads as ">="',
    file: 'src/knowledge/kernel-build.ts',
    find: "    case '<':\n      return tri(c < 0);",
    replace: "    case '<':\n      return tri(c >= 0);",
  },
  {
    id: 'M14',
    kind: 'engine comparison flipped: an `in` leaf becomes case-sensitive',
    file: 'src/evaluate/leaf.ts',
    find: 'leaf.in.some((x) => x.toLowerCase() === v.toLowerCase())',
    replace: 'leaf.in.some((x) => x === v)',
  },
  {
    id: 'M15',
    kind: 'suppression: a directive on the line before no longer suppresses',
    file: 'src/policy/suppress.ts',
    find: '(p.line === x.line || p.line === x.line + 1)',
    replace: '(p.line === x.line)',
  },
  {
    id: 'M16',
    kind: 'suppression: an ignore entry still suppresses on its expiry day',
    file: 'src/policy/suppress.ts',
    find: 'g.expires <= input.today',
    replace: 'g.expires < input.today',
  },
  {
    id: 'M17',
    kind: 'fingerprint: the cluster is left out',
    file: 'src/evaluate/fingerprint.ts',
    find: '[ruleId, context, ...[...values].sort()',
    replace: '[ruleId, ...[...values].sort()',
  },
  {
    id: 'M18',
    kind: 'fingerprint: files behind a derivation are ignored (evidence walked one level only)',
    file: 'src/evaluate/evaluate-rule.ts',
    find: 'const files = factTree(evidence).flatMap(',
    replace: 'const files = factTree(evidence).filter((x) => x.depth === 0).flatMap(',
  },
  {
    id: 'M19',
    kind: 'spelling: an upper-case proxy mode (IPVS) no longer recognised',
    file: 'src/extract/values.ts',
    find: "  const s = raw.trim().toLowerCase();\n  if (s === '') return 'iptables';",
    replace: "  const s = raw.trim();\n  if (s === '') return 'iptables';",
  },
  {
    id: 'M20',
    kind: 'OS image pattern: Ubuntu EKS images without a build date no longer match',
    file: 'data/os-image-patterns.yaml',
    find: '-(?:(?:amd64|arm64)-(?:pro-)?server-(\\d{8})|)',
    replace: '-(?:(?:amd64|arm64)-(?:pro-)?server-(\\d{8}))',
  },
  {
    id: 'M21',
    kind: 'SARIF: the region column is off by one',
    file: 'src/report/sarif.ts',
    find: '{ startLine: p.line, startColumn: p.column }',
    replace: '{ startLine: p.line, startColumn: p.column + 1 }',
  },
  {
    id: 'M22',
    kind: 'embedded YAML: ConfigMap data no longer read as documents (kube-proxy config.conf lost)',
    file: 'src/extract/capi-embedded-docs.ts',
    find: "if (kind === 'ConfigMap' && apiVersion === 'v1') {",
    replace: "if (kind === 'ConfigMap' && apiVersion === 'v0') {",
  },
  {
    id: 'M23',
    kind: 'verdict: nothing checked reads as a pass',
    file: 'src/policy/verdict.ts',
    find: "return result.nothingChecked ? 'nothing-checked' : 'pass';",
    replace: "return 'pass';",
  },
];

function parseArgs(argv) {
  const out = { only: undefined, tests: [], noControl: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') out.only = new Set(argv[++i].split(','));
    else if (argv[i] === '--no-control') out.noControl = true;
    else if (argv[i] === '--tests') while (argv[i + 1] && !argv[i + 1].startsWith('--')) out.tests.push(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}; see the comment at the top of scripts/mutate.mjs`);
  }
  return out;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const scratch = mkdtempSync(join(tmpdir(), 'netcompat-mutate-'));
  const copy = join(scratch, 'repo');
  // The tracked files as they are in the working tree, with the installed node_modules linked in.
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const f of files) cpSync(join(ROOT, f), join(copy, f), { recursive: true });
  // A git repository of its own (SARIF URIs and PR scoping find the repository root through git), and the
  // corpus beside it as beside the checkout, so the copy runs the suite exactly as the checkout does.
  const git = (...a) => execFileSync('git', ['-c', 'user.name=mutate', '-c', 'user.email=mutate@localhost', ...a], { cwd: copy, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '--no-gpg-sign', '-m', 'mutation base');
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  if (existsSync(join(ROOT, '..', 'shared'))) symlinkSync(join(ROOT, '..', 'shared'), join(scratch, 'shared'));
  const suite = () =>
    spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--bail=1', ...args.tests], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, CI: '', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
  const failedFiles = (run) => [
    ...new Set([...`${run.stdout}\n${run.stderr}`.matchAll(/(?:FAIL|×)\s+(?:\|\w+\|\s+)?(test\/\S+\.test\.ts)/g)].map((x) => x[1])),
  ];
  const results = [];
  try {
    // The control: without a mutant the suite must pass in the copy, or every mutant would count as caught.
    if (!args.noControl) {
      const control = suite();
      if (control.status !== 0) {
        console.log(`the suite fails in the scratch copy without any mutant (${failedFiles(control).join(', ') || 'see vitest output'}): fix that first`);
        console.log(`${control.stdout}\n${control.stderr}`.slice(-4000));
        process.exitCode = 2;
        return;
      }
      console.log('control: the suite passes in the scratch copy without a mutant');
    }
    for (const m of MUTANTS.filter((x) => !args.only || args.only.has(x.id))) {
      const path = join(copy, m.file);
      const original = readFileSync(path, 'utf8');
      if (!original.includes(m.find)) {
        results.push({ ...m, outcome: 'stale' });
        continue;
      }
      writeFileSync(path, original.replace(m.find, m.replace));
      const run = suite();
      writeFileSync(path, original);
      const failed = failedFiles(run);
      results.push({ ...m, outcome: run.status === 0 ? 'survived' : 'caught', failed });
      console.log(
        `${m.id} ${run.status === 0 ? 'SURVIVED' : 'caught'}: ${m.kind}${failed.length ? ` (by ${failed.slice(0, 4).join(', ')}${failed.length > 4 ? ', …' : ''})` : ''}`,
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  for (const r of results.filter((x) => x.outcome === 'stale')) console.log(`${r.id} STALE: "${r.find.trim()}" is no longer in ${r.file}; update the mutant`);
  const caught = results.filter((r) => r.outcome === 'caught').length;
  console.log(`\nmutation score: ${caught} of ${results.length} caught`);
  process.exit(results.every((r) => r.outcome === 'caught') ? 0 : 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
