import { describe, expect, it } from 'vitest';
import { renderSarif, toSarif } from '../../src/report/sarif.js';
import { digest } from '../../src/evaluate/fingerprint.js';
import { sarifValidator } from './sarif-schema.js';
import { finding, result, undetermined, OS } from './sample-result.js';

const validate = sarifValidator();
const errorsOf = (log: unknown) => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

describe('SARIF schema check', () => {
  it('accepts our log', () => {
    expect(errorsOf(JSON.parse(renderSarif(result())))).toEqual([]);
  });

  it('rejects a broken log, so the check above can fail', () => {
    const log = toSarif(result()) as unknown as { version: string; runs: { results: Record<string, unknown>[] }[] };
    expect(errorsOf({ ...log, version: '2.0.0' })).not.toEqual([]);
    const bad = structuredClone(log);
    bad.runs[0]!.results[0]!.level = 'fatal';
    expect(errorsOf(bad)).not.toEqual([]);
    const noLine = structuredClone(log) as unknown as { runs: { results: { locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    noLine.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0;
    expect(errorsOf(noLine)).not.toEqual([]);
  });
});

describe('toSarif', () => {
  const log = toSarif(result(), { undetermined: true });
  const run = log.runs[0]!;

  it('describes the tool and every rule, sorted by id', () => {
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('netcompat');
    expect(run.tool.driver.version).toBe('0.1.0');
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['CAL-TEST-BETA', 'CAL-TEST-GAMMA', 'KP-TEST-ALPHA']);
    const alpha = run.tool.driver.rules[2]!;
    expect(alpha).toMatchObject({
      name: 'KpTestAlpha',
      shortDescription: { text: 'Alpha breaks things' },
      fullDescription: { text: 'Traffic fails in alpha mode.' },
      helpUri: 'https://example.org/alpha',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['netcompat', 'networking', 'kube-proxy', 'high'] },
    });
    expect(alpha.help.text).toContain('Fix: Upgrade kube-proxy to 1.22.0.');
    expect(alpha.help.markdown).toContain('**Fix:** Upgrade kube-proxy to 1.22.0.');
    expect(alpha.help.markdown).toContain('- <https://example.org/alpha>');
    expect(run.tool.driver.rules[0]!.helpUri).toBe('https://example.org/beta-help');
  });

  it('makes findings fail results and undetermined rules open results of level none, in report order, pointing at their rule', () => {
    expect(run.results.map((r) => [r.ruleId, r.kind, r.level, r.ruleIndex])).toEqual([
      ['CAL-TEST-BETA', 'fail', 'warning', 0],
      ['KP-TEST-ALPHA', 'fail', 'error', 2],
      ['CAL-TEST-GAMMA', 'open', 'none', 1],
    ]);
  });

  it('gives each result its primary region, its evidence as related locations, and a fingerprint', () => {
    const alpha = run.results[1]!;
    expect(alpha.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'clusters/prod/kubeadm.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 5, startColumn: 20, endLine: 5, endColumn: 27 },
        },
      },
    ]);
    // The derived version's source is the primary place, so it is not repeated; the explicit OS has no place.
    expect(alpha.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'clusters/prod/kubeadm.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 12, startColumn: 7, endLine: 12, endColumn: 11 },
        },
        message: { text: 'kubeProxy.mode = ipvs' },
      },
    ]);
    // The alert's identity: rule, kind, the primary file and the value written there (never a line or a cluster).
    expect(alpha.partialFingerprints).toEqual({
      'netcompat/v2': digest(JSON.stringify(['netcompat/v2', 'KP-TEST-ALPHA', 'finding', 'clusters/prod/kubeadm.yaml', 'kubernetes.version=1.21.3'])),
    });
    // The fix is the rule's text: once, in rules[].help (above), not in each result.
    expect(alpha.message.text).toBe('kube-proxy v1.21.3 (cluster version) in ipvs mode.');
    expect(run.results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 30, startColumn: 18 });
  });

  it("lists a derived fact's source when it is not the primary place", () => {
    const r = result({ findings: [finding({ primary: { file: 'clusters/prod/kubeadm.yaml', line: 12, column: 7 } })], undetermined: [] });
    const related = toSarif(r).runs[0]!.results[0]!.relatedLocations!;
    expect(related.map((l) => [l.physicalLocation.region!.startLine, l.message!.text])).toEqual([
      [5, 'kubernetes.version = v1.21.3 (kubeProxy.version is derived from it)'],
    ]);
  });

  it('lists at most ten places per fact value and counts the evidence left out', () => {
    const mode = finding().evidence[0]!;
    const many = Array.from({ length: 13 }, (_, i) => ({ ...mode, place: { file: `c/${i}.yaml`, line: 2, column: 9 } }));
    const r = toSarif(result({ findings: [finding({ evidence: many })] })).runs[0]!.results[0]!;
    expect(r.relatedLocations).toHaveLength(10);
    expect(r.properties?.evidenceOmitted).toBe(3);
    expect(toSarif(result()).runs[0]!.results.every((x) => x.properties?.evidenceOmitted === undefined)).toBe(true);
  });

  it('percent-encodes paths into URI references', () => {
    const r = result({ findings: [finding({ primary: { file: 'my dir/a#b.yaml', line: 1, column: 1 } })], undetermined: [] });
    const loc = toSarif(r).runs[0]!.results[0]!.locations[0]!;
    expect(loc.physicalLocation.artifactLocation.uri).toBe('my%20dir/a%23b.yaml');
    expect(errorsOf(toSarif(r))).toEqual([]);
  });

  it('marks suppressed findings with a justification', () => {
    const r = result({
      findings: [
        finding({ suppressed: { reason: 'vendor kernel has the fix', by: '.netcompat.yaml' } }),
        finding({ ruleId: 'CAL-TEST-BETA', fingerprint: 'b', suppressed: { reason: 'accepted', by: 'inline comment' } }),
      ],
      undetermined: [],
    });
    const sarif = toSarif(r);
    expect(sarif.runs[0]!.results.map((x) => x.suppressions)).toEqual([
      [{ kind: 'inSource', status: 'accepted', justification: 'accepted', properties: { by: 'inline comment' } }],
      [{ kind: 'external', status: 'accepted', justification: 'vendor kernel has the fix', properties: { by: '.netcompat.yaml' } }],
    ]);
    expect(errorsOf(sarif)).toEqual([]);
  });

  it('leaves out findings hidden by a baseline or PR scope', () => {
    const r = result({ findings: [finding({ filtered: 'baseline' })], undetermined: [] });
    expect(toSarif(r).runs[0]!.results).toEqual([]);
  });

  it('turns results with no place at all into notifications, since code scanning needs a location', () => {
    const placeless = finding({ primary: undefined, evidence: [OS] });
    const u = undetermined({ primary: undefined, evidence: [] });
    const sarif = toSarif(result({ findings: [placeless], undetermined: [u] }), { undetermined: true });
    const run = sarif.runs[0]!;
    expect(run.results).toEqual([]);
    const notes = run.invocations[0]!.toolExecutionNotifications;
    expect(notes.map((n) => [n.level, n.associatedRule])).toEqual([
      ['error', { id: 'KP-TEST-ALPHA', index: 2 }],
      ['note', { id: 'CAL-TEST-GAMMA', index: 1 }],
      ['warning', undefined],
    ]);
    expect(notes[0]!.message.text).toMatch(/^KP-TEST-ALPHA is left out of the results: every fact it rests on came from explicit inputs/);
    expect(notes[2]!.message.text).toBe('skipped (yaml-error): BAD_INDENT at line 3, column 1: bad indentation');
    expect(errorsOf(sarif)).toEqual([]);
  });

  it('is byte-identical whatever order the findings arrive in', () => {
    const r = result();
    expect(renderSarif({ ...r, findings: [...r.findings].reverse(), rules: [...r.rules].reverse() })).toBe(renderSarif(r));
  });

  it('keeps workflow commands out of the printed JSON without changing any value', () => {
    const r = result({ findings: [finding({ message: 'x ##[error]y' })], undetermined: [] });
    const text = renderSarif(r);
    expect(text).not.toContain('##[');
    expect(JSON.parse(text).runs[0].results[0].message.text).toBe('x ##[error]y.');
  });

  it('a result whose rule rules[] does not describe keeps its fix in the message', () => {
    const r = result({ findings: [finding()], undetermined: [], rules: [] });
    const res = toSarif(r).runs[0]!.results[0]!;
    expect(res.ruleIndex).toBeUndefined();
    expect(res.message.text).toBe('kube-proxy v1.21.3 (cluster version) in ipvs mode. Fix: Upgrade kube-proxy to 1.22.0.');
  });
});

describe('SARIF that means what it says (issue 12)', () => {
  it('leaves undetermined rules out by default and says so in a notification', () => {
    const run = toSarif(result()).runs[0]!;
    expect(run.results.map((r) => r.kind)).toEqual(['fail', 'fail']);
    const note = run.invocations[0]!.toolExecutionNotifications.find((n) => n.message.text.includes('undetermined'));
    expect(note?.message.text).toBe(
      '1 undetermined rule check(s) left out of the results (not problems found: facts are missing to decide them). Include them with --sarif-undetermined (Action input sarif-undetermined: true).',
    );
    expect(errorsOf(toSarif(result()))).toEqual([]);
  });

  it('gives every undetermined result kind open and level none when asked for them, and the log stays valid', () => {
    const log = toSarif(result(), { undetermined: true });
    const open = log.runs[0]!.results.filter((r) => r.kind !== 'fail');
    expect(open.map((r) => [r.kind, r.level])).toEqual([['open', 'none']]);
    expect(errorsOf(log)).toEqual([]);
  });

  it('gives every rule a precision; UNVERIFIED in a note lowers it to medium', () => {
    const rules = toSarif(result()).runs[0]!.tool.driver.rules;
    expect(rules.map((r) => [r.id, r.properties.precision])).toEqual([
      ['CAL-TEST-BETA', 'high'],
      ['CAL-TEST-GAMMA', 'high'],
      ['KP-TEST-ALPHA', 'medium'],
    ]);
  });

  it('tags security rules `security` with a security-severity from the rule severity, others not', () => {
    const r = result();
    r.rules = r.rules.map((x) => (x.id === 'KP-TEST-ALPHA' ? { ...x, security: true, cve: ['CVE-2020-8558'] } : x));
    const log = toSarif(r);
    const [beta, , alpha] = log.runs[0]!.tool.driver.rules;
    expect(alpha!.properties.tags).toEqual(['netcompat', 'networking', 'kube-proxy', 'high', 'security', 'CVE-2020-8558']);
    expect(alpha!.properties['security-severity']).toBe('8.0');
    expect(beta!.properties.tags).not.toContain('security');
    expect(beta!.properties['security-severity']).toBeUndefined();
    expect(errorsOf(log)).toEqual([]);
  });

  it('declares the repository root as %SRCROOT% in originalUriBaseIds', () => {
    const log = toSarif(result(), { rootDir: '/work/repo' });
    expect(log.runs[0]!.originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: 'file:///work/repo/', description: { text: 'The repository root (git top level, else the scanned directory).' } },
    });
    expect(errorsOf(log)).toEqual([]);
  });
});
