import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, REPO, requireBundle } from '../issue5/cli.js';

// A result standing for several Services or clusters is one code-scanning alert: its SARIF identity must
// not follow its first member (issue: alerts closed and reopened when that Service or cluster went away).
// The baselines under test/fixtures/sarif-identity/ were written by the build before this change (main at
// 57d2278, `netcompat baseline`): users committed such files, and they must keep hiding the same findings.
const VOLUME = join(REPO, 'test/fixtures/volume');
const BASELINES = join(REPO, 'test/fixtures/sarif-identity');

interface SarifResult {
  ruleId: string;
  partialFingerprints: Record<string, string>;
  properties: { cluster: string; clusters?: string[] };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
}

function copy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `netcompat-sarif-id-${name}-`));
  cpSync(join(VOLUME, name), dir, { recursive: true });
  return dir;
}

/** Each SARIF result as "rule clusters file" → its identity. */
function identities(dir: string): Record<string, string> {
  const run = cli(['scan', dir, '--format', 'sarif', '--fail-on', 'none']);
  expect(run.code, run.stderr).toBe(0);
  const results = (JSON.parse(run.stdout) as { runs: { results: SarifResult[] }[] }).runs[0]!.results;
  for (const r of results) expect(Object.keys(r.partialFingerprints)).toEqual(['netcompat/v2']);
  for (const r of results) expect(r.partialFingerprints['netcompat/v2']).toMatch(/^[0-9a-f]{32}$/);
  return Object.fromEntries(
    results.map((r) => [
      `${r.ruleId} ${(r.properties.clusters ?? [r.properties.cluster]).join('+')} ${r.locations[0]!.physicalLocation.artifactLocation.uri.replace(/^.*?netcompat-sarif-id-[^/]*\//, '')}`,
      r.partialFingerprints['netcompat/v2']!,
    ]),
  );
}

/** The Service documents of platform/services.yaml, without those named. */
function dropServices(dir: string, ...names: string[]): void {
  const file = join(dir, 'platform/services.yaml');
  const docs = readFileSync(file, 'utf8').split('\n---\n');
  writeFileSync(file, docs.filter((d) => !names.some((n) => d.includes(`name: ${n}\n`))).join('\n---\n'));
}

function prepend(file: string, lines: number): void {
  writeFileSync(file, '# moved\n'.repeat(lines) + readFileSync(file, 'utf8'));
}

function findings(dir: string, ...extra: string[]): { ruleId: string; context: string }[] {
  const run = cli(['scan', dir, '--format', 'json', '--fail-on', 'none', ...extra]);
  expect(run.code, run.stderr).toBe(0);
  // A finding the baseline holds stays in the report, marked `filtered: "baseline"`.
  const report = JSON.parse(run.stdout) as { findings: { ruleId: string; context: string; filtered?: string }[] };
  return report.findings.filter((f) => !f.filtered).map((f) => ({ ruleId: f.ruleId, context: f.context }));
}

beforeAll(requireBundle);

describe('SARIF alert identity of grouped results (e2e)', () => {
  it('a finding folding twelve Services keeps its identity when its first Service goes, others are reordered, and lines move', () => {
    const dir = copy('shared-services');
    try {
      const before = identities(dir);
      expect(Object.keys(before)).toEqual([
        'KP-IPVS-EXTIP-ETP-LOCAL clusters/a clusters/a/kubeadm-config.yaml',
        'KP-IPVS-EXTIP-ETP-LOCAL clusters/b clusters/b/kubeadm-config.yaml',
      ]);
      dropServices(dir, 'edge-1', 'edge-2');
      const file = join(dir, 'platform/services.yaml');
      const docs = readFileSync(file, 'utf8').split('\n---\n');
      writeFileSync(file, [docs[0], ...docs.slice(1).reverse()].join('\n---\n'));
      prepend(join(dir, 'clusters/a/kubeadm-config.yaml'), 3);
      expect(identities(dir)).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a finding two clusters share keeps its identity when either cluster goes', () => {
    const dir = copy('shared-conflict');
    try {
      const before = identities(dir);
      const key = 'CAL-VXLAN-CSUM-OFF-PERF clusters/a+clusters/b platform/calico/central/calico-node.yaml';
      expect(Object.keys(before)).toEqual([
        'CAL-VXLAN-CSUM-OFF-PERF clusters/c clusters/c/calico-node.yaml',
        key,
        'CAL-VXLAN-CSUM-OFF-PERF clusters/c platform/calico/central/calico-node.yaml',
      ]);
      rmSync(join(dir, 'clusters/a'), { recursive: true });
      const withoutA = identities(dir);
      expect(withoutA['CAL-VXLAN-CSUM-OFF-PERF clusters/b platform/calico/central/calico-node.yaml']).toBe(before[key]);
      expect(new Set(Object.values(withoutA))).toEqual(new Set(Object.values(before)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a baseline written before the change still hides the same findings, and a new Service still counts', () => {
    for (const name of ['shared-services', 'shared-conflict']) {
      const dir = copy(name);
      try {
        cpSync(join(BASELINES, `${name}.baseline-main.json`), join(dir, 'baseline.json'));
        expect(findings(dir).length).toBeGreaterThan(0);
        expect(findings(dir, '--baseline', join(dir, 'baseline.json'))).toEqual([]);
        if (name === 'shared-services') {
          // Fewer Services: still all held. A thirteenth Service: the finding is new again, in cluster a and b.
          dropServices(dir, 'edge-1');
          expect(findings(dir, '--baseline', join(dir, 'baseline.json'))).toEqual([]);
          const file = join(dir, 'platform/services.yaml');
          const text = readFileSync(file, 'utf8');
          writeFileSync(file, `${text}\n---\n${text.split('\n---\n')[1]!.replace(/edge-\d+/g, 'edge-13')}`);
          expect(findings(dir, '--baseline', join(dir, 'baseline.json'))).toEqual([
            { ruleId: 'KP-IPVS-EXTIP-ETP-LOCAL', context: 'clusters/a' },
            { ruleId: 'KP-IPVS-EXTIP-ETP-LOCAL', context: 'clusters/b' },
          ]);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
