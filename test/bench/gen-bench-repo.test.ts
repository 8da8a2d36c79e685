import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRepo, plan, SHARES } from '../../scripts/gen-bench-repo.mjs';
import { scan } from '../../src/scan.js';

const dirs: string[] = [];
function tempRepo(): string {
  const d = mkdtempSync(join(tmpdir(), 'netcompat-gen-test-'));
  dirs.push(d);
  return d;
}
// Removing the generated trees can take longer than the default 10 s hook timeout on a loaded machine.
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}, 120_000);

function treeHash(dir: string, paths: string[]): string {
  const h = createHash('sha256');
  for (const p of paths)
    h.update(p)
      .update('\0')
      .update(readFileSync(join(dir, p)));
  return h.digest('hex');
}

// The plan and the counts are exact; nothing here measures time.
describe('benchmark repository generator', () => {
  it('plans the default 20,000 files: 2% relevant, four large files, three bad ones', () => {
    const counts = plan(20_000);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(20_000);
    expect(counts.relevant).toBe(399);
    expect(counts['helm-template']).toBe(1999);
    expect(counts.large).toBe(4);
    expect(counts.bad).toBe(3);
    expect(Object.values(SHARES).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('writes exactly the planned files, byte-identical for the same seed and different for another', () => {
    const a = tempRepo();
    const b = tempRepo();
    const c = tempRepo();
    const ga = generateRepo(a, { files: 500, seed: 7 });
    const gb = generateRepo(b, { files: 500, seed: 7 });
    const gc = generateRepo(c, { files: 500, seed: 8 });
    const paths = ga.entries.map((e) => e.path);
    expect(paths).toHaveLength(500);
    expect(new Set(paths).size).toBe(500);
    expect(gb.entries).toEqual(ga.entries);
    expect(treeHash(b, paths)).toBe(treeHash(a, paths));
    expect(
      treeHash(
        c,
        gc.entries.map((e) => e.path),
      ),
    ).not.toBe(treeHash(a, paths));
    for (const e of ga.entries.slice(0, 50)) expect(statSync(join(a, e.path)).size).toBe(e.bytes);
  });

  it('writes relevant files that are valid YAML holding the settings the extractors read', () => {
    const dir = tempRepo();
    const { entries } = generateRepo(dir, { files: 1000, seed: 1 });
    const relevant = entries.filter((e) => e.category === 'relevant');
    expect(relevant).toHaveLength(19);
    const text = relevant.map((e) => readFileSync(join(dir, e.path), 'utf8'));
    for (const t of text) expect(parseAllDocuments(t).flatMap((d) => (Array.isArray(d) ? [] : d.errors))).toEqual([]);
    const all = text.join('\n');
    for (const marker of [
      'kind: ClusterConfiguration',
      'kind: KubeProxyConfiguration',
      '/kube-proxy:v1.',
      'calico/node:',
      'CALICO_IPV4POOL_VXLAN',
      'kind: FelixConfiguration',
      'kind: IPPool',
      'externalIPs:',
      'loadBalancerSourceRanges:',
    ]) {
      expect(all).toContain(marker);
    }
  });

  it("puts every Helm template in a chart with its Chart.yaml, so the scan skips templates quietly as a chart's", async () => {
    const dir = tempRepo();
    const { entries, counts } = generateRepo(dir, { files: 400, seed: 3 });
    const share = counts['helm-template'] ?? 0;
    const templates = entries.filter((e) => e.category === 'helm-template' && e.path.includes('/templates/'));
    const charts = entries.filter((e) => e.category === 'helm-template' && e.path.endsWith('/Chart.yaml'));
    expect(charts).toHaveLength(Math.ceil(share / 8));
    expect(templates).toHaveLength(share - charts.length);
    for (const t of templates) expect(existsSync(join(dir, t.path.replace(/\/templates\/[^/]+$/, '/Chart.yaml')))).toBe(true);
    const result = await scan({ root: dir, rules: [] });
    // Only templates holding a trigger word (the Calico images) are opened at all; each is a chart's, skipped quietly.
    const skips = result.skipped.filter((s) => s.path.includes('/templates/'));
    expect(skips.map((s) => s.path)).toEqual(templates.filter((t) => readFileSync(join(dir, t.path), 'utf8').includes('calico/node')).map((t) => t.path));
    expect(skips.length).toBeGreaterThan(0);
    for (const s of skips) expect(s).toMatchObject({ reason: 'template', quiet: true, detail: expect.stringContaining('Helm chart template') });
  });

  it('gives the scanner its bad files to skip, each with its reason, and scans the rest', async () => {
    const dir = tempRepo();
    const { entries } = generateRepo(dir, { files: 400, seed: 3 });
    const result = await scan({ root: dir, rules: [] }); // the rules are not under test here
    const bad = entries.filter((e) => e.category === 'bad').map((e) => e.path);
    expect(bad).toEqual(['clusters/broken-397/kubeadm-config.yaml', 'assets/odd-398.yaml', 'legacy/latin1-399.yaml']);
    const reasons = Object.fromEntries(result.skipped.filter((s) => bad.includes(s.path)).map((s) => [s.path, s.reason]));
    expect(reasons).toEqual({
      'clusters/broken-397/kubeadm-config.yaml': 'yaml-error',
      'assets/odd-398.yaml': 'binary',
      'legacy/latin1-399.yaml': 'not-utf8',
    });
    // Discovery sees the YAML and JSON, dot folders included, shell scripts (install commands are read
    // from them) and Terraform files (read, parsed only when they name a cluster); docs, binaries and other
    // scripts are never opened.
    const candidates = entries.filter((e) => /\.(ya?ml|json|sh|tf)$/.test(e.path));
    expect(result.stats.filesSeen).toBe(candidates.length);
    expect(result.stats.filesParsed).toBeLessThan(result.stats.filesSeen / 4);
  });
});
