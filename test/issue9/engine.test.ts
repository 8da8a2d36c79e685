import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateRule, MAX_COMBINATIONS } from '../../src/evaluate/evaluate-rule.js';
import { builtInRules } from '../../src/knowledge/rules.js';
import type { Fact } from '../../src/model/fact.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { annotationsOf } from '../../src/report/annotations.js';
import { summaryMarkdown } from '../../src/report/summary-markdown.js';
import { scan } from '../../src/scan.js';
import { FIX9, requireBundle, scanFixture, scanJson } from './helpers.js';
import { join } from 'node:path';

beforeAll(requireBundle);

describe('multi-document files are split like kubectl does', () => {
  it('an unterminated quote in one document does not hide the next', () => {
    const text = 'a: "unterminated\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: next\n';
    const out = parseFile('broken.yaml', text);
    // The broken document is dropped with its reason; the next one is read.
    expect(out.docs).toHaveLength(1);
    const next = out.docs[0]!;
    expect(next.doc.toJS()).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'next' } });
    // Places stay those of the file.
    const kind = next.doc.get('kind', true) as { range: [number, number, number] };
    expect(next.map(kind.range[0])).toMatchObject({ line: 4, column: 7 });
    expect(out.skipped).toMatchObject({ path: 'broken.yaml', reason: 'yaml-error' });
    expect(out.skipped?.detail).toMatch(/^document 1 of 2 \(the others were read\)/);
  });

  it('a separator line may carry a comment, as in kubectl; a document without content is none', () => {
    const out = parseFile('x.yaml', 'a: "x\n--- # next\nb: 1\n---\n# only a comment\n');
    expect(out.docs.map((d) => d.doc.toJS())).toEqual([{ b: 1 }]);
  });
});

describe('no silent bounds: past the combination cap a rule is undetermined with a diagnostic', () => {
  it(`says why when the facts take more than ${MAX_COMBINATIONS} combinations`, () => {
    const rule = builtInRules().find((r) => r.id === 'KP-IPVS-CONN-REUSE')!;
    const facts: Fact[] = [];
    for (let i = 0; i < 70; i++)
      facts.push({
        name: 'node.kernel',
        value: `4.18.0-${i}.el8.x86_64`,
        origin: 'repository',
        source: 't',
        place: { file: 'nodes.yaml', line: i + 1, column: 1 },
      });
    for (let i = 0; i < 70; i++)
      facts.push({
        name: 'kubeProxy.version',
        value: `1.2${i % 10}.${i}`,
        origin: 'repository',
        source: 't',
        place: { file: 'kp.yaml', line: i + 1, column: 1 },
      });
    facts.push({ name: 'kubeProxy.mode', value: 'ipvs', origin: 'repository', source: 't', place: { file: 'kp.yaml', line: 100, column: 1 } });
    const out = evaluateRule(rule, { name: 'big', formedBy: 't', facts, overridden: [] });
    expect(out.findings).toEqual([]);
    expect(out.undetermined?.message).toBe(
      `${rule.title}: not evaluated: 4900 value combinations (kubeProxy.version 70 values, node.kernel 70 values) are over the engine's limit of 4096; split the clusters in the config file (clusters: [{name, paths}]) or give the values as inputs.`,
    );
    expect(out.undetermined?.missing.map((m) => m.fact)).toEqual(['kubeProxy.version', 'node.kernel']);
    expect(out.diagnostic?.message).toMatch(/^KP-IPVS-CONN-REUSE in cluster big is undetermined: 4900 value combinations/);
    expect(out.diagnostic?.place).toMatchObject({ file: 'kp.yaml', line: 1 });
  });
});

describe('shared platform files: one finding naming every cluster; a sibling directory with its own kube-proxy is a cluster (e2e)', () => {
  it('forms clusters/c7 beside clusters/a and clusters/b', () => {
    const { report } = scanJson('shared-platform');
    expect(report.contexts.map((c) => c.name)).toEqual(['clusters/a', 'clusters/b', 'clusters/c7']);
    expect(report.contexts[2]!.formedBy).toBe(
      'directory clusters/c7/: beside the cluster directories of clusters/ with cluster-level facts of its own (kubeProxy.image, kubeProxy.mode, kubeProxy.version)',
    );
    // c7's ipvs mode stays in c7.
    expect(report.contexts[0]!.facts.filter((f) => f.name === 'kubeProxy.mode').map((f) => f.value)).toEqual(['iptables']);
  });

  it('reports the shared kube-controllers finding once, naming a, b and c7, in every format', () => {
    const { report } = scanJson('shared-platform');
    const kc = report.findings.filter((f) => f.ruleId === 'CAL-KC-POD-CACHE-LEAK');
    expect(kc.map((f) => [f.context, (f as { clusters?: string[] }).clusters, `${f.primary?.file}:${f.primary?.line}`])).toEqual([
      ['clusters/a, clusters/b, clusters/c7', ['clusters/a', 'clusters/b', 'clusters/c7'], 'platform/calico.yaml:12'],
    ]);
    const text = scanFixture('shared-platform').stdout;
    expect(text.match(/CAL-KC-POD-CACHE-LEAK/g)).toHaveLength(1);
    expect(text).toContain('    cluster: clusters/a, clusters/b, clusters/c7\n');
    const sarif = JSON.parse(scanFixture('shared-platform', ['--format', 'sarif']).stdout) as {
      runs: { results: { ruleId: string; message: { text: string }; properties: { clusters?: string[] } }[] }[];
    };
    const res = sarif.runs[0]!.results.filter((r) => r.ruleId === 'CAL-KC-POD-CACHE-LEAK');
    expect(res).toHaveLength(1);
    expect(res[0]!.properties.clusters).toEqual(['clusters/a', 'clusters/b', 'clusters/c7']);
    expect(res[0]!.message.text).toContain('In clusters clusters/a, clusters/b, clusters/c7.');
  });
});

describe('a finding never drops out of a report', () => {
  it('two derivations deep (operator image → Calico → kube-controllers): located at the nearest place, in every format', async () => {
    const result = await scan({ root: join(FIX9, 'operator-derived') });
    const kc = result.findings.find((f) => f.ruleId === 'CAL-KC-POD-CACHE-LEAK')!;
    expect(kc.primary).toMatchObject({ file: 'tigera-operator.yaml', line: 13, column: 18 });
    const text = scanFixture('operator-derived').stdout;
    expect(text).toContain('tigera-operator.yaml:13:18  CAL-KC-POD-CACHE-LEAK');
    expect(text).not.toContain('(explicit inputs)');
  });

  it('text, JSON, SARIF, annotations and the summary carry the same set of results', async () => {
    for (const name of ['operator-derived', 'shared-platform', 'stale-manifest', 'capi-kcp-only', 'ubuntu-aws-undated', 'kubespray-fork']) {
      const result = await scan({ root: join(FIX9, name) });
      const key = (r: { ruleId: string; primary?: { file: string; line: number } }) => `${r.ruleId} ${r.primary?.file}:${r.primary?.line}`;
      const expected = [...result.findings, ...result.undetermined].map(key).sort();
      expect(
        expected.every((k) => !k.includes('undefined')),
        `${name}: every result has a place`,
      ).toBe(true);

      const { report } = scanJson(name);
      expect([...report.findings, ...report.undetermined].map(key).sort(), `${name}: JSON`).toEqual(expected);

      // Undetermined rules are SARIF results only when asked for (--sarif-undetermined); findings always are.
      const sarif = JSON.parse(scanFixture(name, ['--format', 'sarif', '--sarif-undetermined']).stdout) as {
        runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
      };
      // SARIF paths are relative to where the CLI ran (the repository root here).
      const prefix = `test/fixtures/issue9/${name}/`;
      const fromSarif = sarif.runs[0]!.results.map(
        (r) => `${r.ruleId} ${r.locations[0]!.physicalLocation.artifactLocation.uri.replace(prefix, '')}:${r.locations[0]!.physicalLocation.region.startLine}`,
      );
      expect(fromSarif.sort(), `${name}: SARIF`).toEqual(expected);

      const annotations = annotationsOf(result).map((a) => `${a.title.split(' ')[0]} ${a.place?.file}:${a.place?.line}`);
      expect(annotations.sort(), `${name}: annotations`).toEqual(expected);

      const text = scanFixture(name).stdout;
      for (const r of [...result.findings, ...result.undetermined])
        expect(text, `${name}: text`).toContain(`${r.primary!.file}:${r.primary!.line}:${r.primary!.column}  ${r.ruleId}`);

      // The summary writes rule ids with non-breaking hyphens; each result has its line with its place.
      const md = summaryMarkdown(result, { failOn: 'high', limit: 1024 * 1024 }).replace(/\u2011/g, '-');
      for (const r of [...result.findings, ...result.undetermined]) {
        expect(md, `${name}: summary`).toMatch(
          new RegExp(`<code>${r.ruleId}</code>[^\n]*${r.primary!.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${r.primary!.line}:`),
        );
      }
    }
  });
});
