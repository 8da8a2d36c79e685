// Generates the README's rules table from rules/*.yaml (and its inputs/outputs tables from action.yml),
// so the README cannot drift from the data: test/readme.test.ts regenerates and compares.
//   node scripts/readme-rules.mjs           print the rules table
//   node scripts/readme-rules.mjs --write   rewrite the generated regions of README.md
//   node scripts/readme-rules.mjs --check   exit 1 when README.md is out of date
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { byCode } from './code-order.mjs';

function readYaml(file) {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: not valid YAML: ${e.message.split('\n')[0]}`, { cause: e });
  }
}

/** Every rule file under `<root>/rules`, sorted by id. Names the file when one is unusable. */
export function loadRules(root) {
  const dir = join(root, 'rules');
  if (!existsSync(dir)) return [];
  const rules = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const rule = readYaml(join(dir, name));
    if (!rule || typeof rule !== 'object' || typeof rule.id !== 'string') throw new Error(`rules/${name}: no rule id`);
    rules.push({ file: `rules/${name}`, rule });
  }
  return rules.sort((a, b) => byCode(a.rule.id, b.rule.id));
}

/** Fact name → human label from data/facts.yaml; a fact without one is shown by its name. */
export function loadLabels(root) {
  const file = join(root, 'data', 'facts.yaml');
  const labels = new Map();
  if (!existsSync(file)) return labels;
  for (const f of readYaml(file)?.facts ?? []) if (f?.name && f.label) labels.set(f.name, f.label);
  return labels;
}

/** Table-safe text: pipes escaped (also inside code spans, as GFM tables require), one line. */
const cell = (s) =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');
// Prose may not open an HTML tag or start emphasis by accident (a glob such as `**/*.yaml`).
const prose = (s) =>
  cell(s)
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    .replace(/\*/g, '\\*');
const code = (s) => '`' + cell(s) + '`';

/** One condition tree as a phrase: "kube-proxy mode iptables and kube-proxy `>=1.27.0 <1.27.11`". */
export function renderCondition(c, labels, parent = 'top') {
  if (!c || typeof c !== 'object') return '?';
  const label = (f) => labels.get(f) ?? f;
  const group = (op, items) => {
    const parts = items.map((x) => renderCondition(x, labels, op));
    const text = parts.join(` ${op === 'all' ? 'and' : 'or'} `);
    return parts.length > 1 && parent !== 'top' && parent !== op ? `(${text})` : text;
  };
  if (Array.isArray(c.all)) return group('all', c.all);
  if (Array.isArray(c.any)) return group('any', c.any);
  if (c.not) return `not ${renderCondition(c.not, labels, 'not')}`;
  const f = label(c.fact);
  if (typeof c.version === 'string') return `${f} ${code(c.version)}${c.unverified ? ` (${code(c.unverified.version)} undetermined: UNVERIFIED)` : ''}`;
  if (typeof c.kernel === 'string') return `${f} ${code(c.kernel)}`;
  if (Array.isArray(c.in)) return `${f} ${c.in.map(code).join('/')}`;
  if (typeof c.matches === 'string') return `${f} matching ${code(c.matches)}`;
  if (typeof c.kernelBuild === 'string') return `${f} build ${code(c.kernelBuild)}`;
  if (Array.isArray(c.kernelFlavor)) return `${f} built by ${c.kernelFlavor.map(code).join('/')}`;
  if (c.present === true) return f;
  if (c.present === false) return `no ${f}`;
  return f;
}

/** A short, readable name for a reference: `kubernetes#122204`, `calico@1a2b3c4`, a file name or a host. */
export function referenceLabel(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  const parts = u.pathname.split('/').filter(Boolean);
  if (u.hostname === 'github.com' && parts.length >= 4) {
    const [, repo, kind, id] = parts;
    if (kind === 'pull' || kind === 'issues') return `${repo}#${id}`;
    if (kind === 'commit') return `${repo}@${id.slice(0, 7)}`;
    if (kind === 'releases' && parts[4]) return `${repo} ${parts[4]}`;
    return `${repo}: ${parts[parts.length - 1]}`;
  }
  return u.hostname + (parts.length ? `: ${parts[parts.length - 1]}` : '');
}

/**
 * The rules table, one row per rule file, in id order. "Affected" is the rule's `affected` sentence; a rule
 * without one (a user's extra rule) shows its condition as a phrase. The full condition stays in the rule
 * file and in `netcompat explain`.
 */
export function renderRulesTable(root) {
  const labels = loadLabels(root);
  const rows = loadRules(root).map(({ file, rule }) => {
    let affected;
    if (typeof rule.affected === 'string') affected = prose(rule.affected);
    else {
      affected = renderCondition(rule.when, labels);
      if (Array.isArray(rule.unless) && rule.unless.length) {
        affected += `; not when ${rule.unless.map((u) => renderCondition(u, labels, 'any')).join(' or ')}`;
      }
    }
    const refs = (rule.references ?? []).map((r) => `[${cell(referenceLabel(r))}](${r})`).join(', ');
    return `| [${rule.id}](${file}) | ${cell(rule.component)} | ${cell(rule.severity)} | ${prose(rule.title)} | ${affected} | ${prose(rule.fix)} | ${refs} |`;
  });
  return [
    `${rows.length} ${rows.length === 1 ? 'rule' : 'rules'}, generated from \`rules/*.yaml\` by \`npm run readme\`.`,
    '',
    '| Id | Component | Severity | Title | Affected | Fix | References |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Inputs and outputs tables from action.yml, or a note while it does not exist. */
export function renderActionTables(root) {
  const file = join(root, 'action.yml');
  if (!existsSync(file)) return '_action.yml is not written yet._';
  const action = readYaml(file) ?? {};
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, i]) =>
      `| \`${name}\` | ${i?.required ? 'yes' : 'no'} | ${i?.default === undefined || i.default === '' ? '' : code(i.default)} | ${prose(i?.description)} |`,
  );
  const outputs = Object.entries(action.outputs ?? {}).map(([name, o]) => `| \`${name}\` | ${prose(o?.description)} |`);
  return ['| Input | Required | Default | Description |', '|---|---|---|---|', ...inputs, '', '| Output | Description |', '|---|---|', ...outputs].join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`; both markers must exist once. */
export function replaceRegion(text, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i || text.indexOf(start, i + 1) >= 0) throw new Error(`README.md needs exactly one ${start} … ${end} pair`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

/** The README with every generated region brought up to date. The action region is optional. */
export function renderReadme(root, text) {
  let out = replaceRegion(text, 'rules', renderRulesTable(root));
  if (out.includes('<!-- action:start -->')) out = replaceRegion(out, 'action', renderActionTables(root));
  return out;
}

function main(argv) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const readmePath = join(root, 'README.md');
  if (argv.length === 0) {
    process.stdout.write(renderRulesTable(root) + '\n');
    return 0;
  }
  const mode = argv[0];
  if (argv.length > 1 || (mode !== '--write' && mode !== '--check')) {
    process.stderr.write('usage: node scripts/readme-rules.mjs [--write|--check]\n');
    return 2;
  }
  const current = readFileSync(readmePath, 'utf8');
  const next = renderReadme(root, current);
  if (mode === '--check') {
    if (next === current) return 0;
    process.stderr.write('README.md is out of date: run npm run readme\n');
    return 1;
  }
  if (next !== current) writeFileSync(readmePath, next);
  process.stdout.write(next === current ? 'README.md is up to date\n' : 'README.md updated\n');
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`readme-rules: ${e.message}\n`);
    process.exitCode = 1;
  }
}
