import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, REPO, requireBundle } from '../issue5/cli.js';

// Two ipvs clusters (kube-proxy 1.27.11) and twelve externalTrafficPolicy: Local Services in platform/, which
// no cluster owns: each cluster has one finding folding the twelve Services. Its evidence lists ten of them
// and counts the rest in JSON, SARIF and text; all twelve stay in the report's shared facts (issue 11).
const DIR = 'test/fixtures/volume/shared-services';
const schema = JSON.parse(readFileSync(join(REPO, 'schema/report.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

interface Fact {
  name: string;
  value: string;
  place?: { file: string; line: number };
}
interface Report {
  findings: { ruleId: string; context: string; evidence: Fact[]; evidenceOmitted?: number }[];
  contexts: { name: string; facts: Fact[]; takesSharedFacts?: boolean }[];
  sharedFacts?: Fact[];
}

// Service i's externalTrafficPolicy line: 13 lines per document after a comment line.
const line = (i: number) => 13 * (i - 1) + 9;
const SHOWN = [1, 10, 11, 12, 2, 3, 4, 5, 6, 7];

beforeAll(requireBundle);

describe('a finding folding many shared Services (e2e)', () => {
  it('JSON lists ten Services in the evidence and counts two; sharedFacts holds all twelve; the report validates', () => {
    const run = cli(['scan', DIR, '--format', 'json', '--fail-on', 'none']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(validate(report), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(report.findings.map((f) => [f.ruleId, f.context, f.evidenceOmitted])).toEqual([
      ['KP-IPVS-EXTIP-ETP-LOCAL', 'clusters/a', 2],
      ['KP-IPVS-EXTIP-ETP-LOCAL', 'clusters/b', 2],
    ]);
    const services = report.findings[0]!.evidence.filter((e) => e.name === 'service.externalIPsLocal');
    expect(services.map((e) => [e.value, e.place!.line])).toEqual(SHOWN.map((i) => [`default/edge-${i}`, line(i)]));
    const shared = report.sharedFacts!.filter((f) => f.name === 'service.externalIPsLocal');
    expect(shared.map((f) => f.value).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `default/edge-${i + 1}`).sort());
    expect(report.contexts.every((c) => c.takesSharedFacts && !c.facts.some((f) => f.place?.file === 'platform/services.yaml'))).toBe(true);
  });

  it('SARIF relates ten Services and counts two; text lists ten and says how many more', () => {
    const sarif = JSON.parse(cli(['scan', DIR, '--format', 'sarif', '--fail-on', 'none']).stdout) as {
      runs: { results: { properties: { evidenceOmitted?: number }; relatedLocations: { message: { text: string } }[] }[] }[];
    };
    const first = sarif.runs[0]!.results[0]!;
    expect(first.properties.evidenceOmitted).toBe(2);
    expect(first.relatedLocations.map((l) => l.message.text)).toEqual([
      'kubeProxy.mode = ipvs',
      ...SHOWN.map((i) => `service.externalIPsLocal = default/edge-${i}`),
    ]);
    const text = cli(['scan', DIR, '--fail-on', 'none']).stdout;
    expect(text).toContain(
      `      service.externalIPsLocal = default/edge-7  at ${DIR}/platform/services.yaml:${line(7)}:26 (externalTrafficPolicy Local with externalIPs 203.0.113.7 (line ${line(7) + 1}))\n` +
        '      … service.externalIPsLocal: 2 more values (2 places) (all in --format json)\n    cluster: clusters/a\n',
    );
    expect(text).not.toContain('default/edge-8  at');
  });
});
