import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRules, referenceLabel, renderActionTables, renderReadme, renderRulesTable, replaceRegion } from '../scripts/readme-rules.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const fixture = join(here, 'fixtures', 'readme');

describe('README.md', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  it('has the rules table (and action tables) that scripts/readme-rules.mjs generates: run `npm run readme`', () => {
    expect(readme).toBe(renderReadme(root, readme));
  });

  it('lists every rule file of rules/ once', () => {
    const files = readdirSync(join(root, 'rules')).filter((f) => /\.ya?ml$/.test(f));
    const rows = readme.split('\n').filter((l) => l.startsWith('| [') && l.includes('](rules/'));
    expect(rows).toHaveLength(files.length);
    for (const f of files) expect(rows.filter((r) => r.includes(`](rules/${f})`))).toHaveLength(1);
  });

  it('gives exactly two set-up commands: a scan of an existing example, then the tests', () => {
    const setup = readme.slice(readme.indexOf('## Set-up'));
    const block = /```sh\n([\s\S]*?)```/.exec(setup)?.[1] ?? '';
    const commands = block.split('\n').filter((l) => l.trim() !== '');
    expect(commands).toHaveLength(2);
    const example = /^node dist\/cli\.js scan (examples\/[\w.-]+)( --[\w-]+ [\w.-]+)*$/.exec(commands[0] ?? '');
    expect(example, commands[0]).not.toBeNull();
    expect(existsSync(join(root, example![1]!))).toBe(true);
    expect(commands[1]).toBe('npm ci && npm test');
  });

  it('its example command, run as written with the committed dist/, shows a high finding and exits 1', () => {
    const setup = readme.slice(readme.indexOf('## Set-up'));
    const first = (/```sh\n([^\n]+)/.exec(setup)?.[1] ?? '').split(' ');
    const run = spawnSync(process.execPath, first.slice(1), { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^HIGH \(\d+\)$/m);
    expect(run.stdout).toMatch(/Verdict: \d+ high.*: fails on high/);
  });
});

describe('readme-rules generator', () => {
  it('renders one row per rule in id order, with labels, escaped pipes and short reference names', () => {
    expect(renderRulesTable(fixture).split('\n')).toEqual([
      '3 rules, generated from `rules/*.yaml` by `npm run readme`.',
      '',
      '| Id | Component | Severity | Title | Affected | Fix | References |',
      '|---|---|---|---|---|---|---|',
      '| [EX-A-SIMPLE](rules/ex-a-simple.yaml) | kube-proxy | high | Simple rule | kube-proxy mode `ipvs`/`iptables` and kube-proxy `>=1.27.0 <1.27.11` | Upgrade kube-proxy. | [kubernetes#122204](https://github.com/kubernetes/kubernetes/pull/122204), [kubernetes#93297](https://github.com/kubernetes/kubernetes/issues/93297) |',
      '| [EX-B-NESTED](rules/ex-b-nested.yaml) | calico | medium | Nested rule with &lt;angle> brackets in its title | (Calico `<3.19.2 \\|\\| 3.28.0` or (kernel `<5.7` and not calico.vxlanMode `Never`)) and Service with externalIPs and externalTrafficPolicy Local and node.os matching `^centos-7`; not when calico.featureDetectOverride matching `ChecksumOffloadBroken=true` or (calico.iptablesBackend `NFT`/`Legacy` and no host.ipTablesModuleLoaded) | Upgrade \\| or set the override. | [calico@d3513a8](https://github.com/projectcalico/calico/commit/d3513a88781234567), [calico: v3.28.0-release-notes.md](https://github.com/projectcalico/calico/blob/master/release-notes/v3.28.0-release-notes.md), [docs.tigera.io: configuration](https://docs.tigera.io/calico/latest/reference/felix/configuration) |',
      '| [EX-C-WORDED](rules/ex-c-worded.yaml) | node | low | Rule with its affected condition in words | kernels older than 5.0 with kube-proxy in iptables \\| ipvs mode. | Upgrade the kernel. | [kubernetes#56903](https://github.com/kubernetes/kubernetes/issues/56903) |',
    ]);
  });

  it('reads only .yaml/.yml rule files', () => {
    expect(loadRules(fixture).map((r) => r.file)).toEqual(['rules/ex-a-simple.yaml', 'rules/ex-b-nested.yaml', 'rules/ex-c-worded.yaml']);
  });

  it('renders the inputs and outputs of action.yml, multi-line descriptions on one line', () => {
    expect(renderActionTables(fixture).split('\n')).toEqual([
      '| Input | Required | Default | Description |',
      '|---|---|---|---|',
      '| `path` | no | `.` | Directory to scan for \\*\\*/\\*.yaml files. |',
      '| `node-os` | no |  | Node OS when the repository does not say, e.g. rocky-8.9. |',
      '| `fail-on` | yes | `high` | Lowest severity that fails the step (high \\| medium \\| low \\| none). |',
      '',
      '| Output | Description |',
      '|---|---|',
      '| `findings` | Number of findings. |',
    ]);
  });

  it('notes a missing action.yml instead of failing', () => {
    expect(renderActionTables(join(fixture, 'rules'))).toBe('_action.yml is not written yet._');
  });

  it('rewrites only the marked regions, and a second pass changes nothing', () => {
    const text = readFileSync(join(fixture, 'README.md'), 'utf8');
    const once = renderReadme(fixture, text);
    expect(once.startsWith('# Fixture\n\n<!-- action:start -->\n| Input |')).toBe(true);
    expect(once).toContain('\n<!-- rules:start -->\n3 rules, generated');
    expect(once).not.toContain('stale');
    expect(renderReadme(fixture, once)).toBe(once);
  });

  it('refuses a README without markers, or with a marker twice', () => {
    expect(() => replaceRegion('# no markers\n', 'rules', 'x')).toThrow('README.md needs exactly one <!-- rules:start -->');
    const twice = '<!-- rules:start -->\n<!-- rules:end -->\n<!-- rules:start -->\n<!-- rules:end -->\n';
    expect(() => replaceRegion(twice, 'rules', 'x')).toThrow('exactly one');
  });

  it('names references compactly', () => {
    expect(referenceLabel('https://github.com/kubernetes/kubernetes/pull/122614')).toBe('kubernetes#122614');
    expect(referenceLabel('https://github.com/projectcalico/calico/releases/tag/v3.28.0')).toBe('calico v3.28.0');
    expect(referenceLabel('not a url')).toBe('not a url');
  });
});
