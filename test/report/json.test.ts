import { describe, expect, it } from 'vitest';
import { jsonVerdict, renderJson } from '../../src/report/json.js';
import { stableStringify } from '../../src/report/stable-json.js';
import { finding, MODE, result } from './sample-result.js';

describe('renderJson', () => {
  const text = renderJson(result(), { failOn: 'high' });
  const doc = JSON.parse(text) as Record<string, unknown> & { findings: { ruleId: string }[]; verdict: unknown };

  it('is the scan result plus a verdict, top-level keys in a fixed order', () => {
    expect(Object.keys(doc)).toEqual([
      'schemaVersion',
      'tool',
      'root',
      'verdict',
      'findings',
      'undetermined',
      'notApplicable',
      'skipped',
      'contexts',
      'stats',
      'rules',
    ]);
    expect(doc.verdict).toEqual({
      failOn: 'high',
      fails: true,
      line: '1 high, 1 medium, 1 undetermined: fails on high',
      counts: { high: 1, medium: 1, low: 0, undetermined: 1, suppressed: 0, filtered: 0, skipped: 3 },
    });
  });

  it('lists findings in report order with their keys in a fixed order', () => {
    expect(doc.findings.map((f) => f.ruleId)).toEqual(['CAL-TEST-BETA', 'KP-TEST-ALPHA']);
    expect(Object.keys(doc.findings[1]!)).toEqual(['ruleId', 'severity', 'component', 'context', 'message', 'primary', 'evidence', 'fingerprint']);
    expect(text).toContain('"primary": {\n        "file": "clusters/prod/kubeadm.yaml",\n        "line": 5,\n        "column": 20,');
  });

  it('does not depend on how the objects were built', () => {
    const r = result();
    const shuffled = { ...r, findings: [...r.findings].reverse().map((f) => Object.fromEntries(Object.entries(f).reverse()) as typeof f) };
    expect(renderJson(shuffled, { failOn: 'high' })).toBe(text);
  });

  it('reports a pass under a lower bar, and counts suppressed findings apart', () => {
    const r = result({ findings: [finding({ severity: 'low' }), finding({ fingerprint: 's', suppressed: { reason: 'ok', by: 'config' } })] });
    expect(jsonVerdict(r, 'medium')).toMatchObject({ fails: false, counts: { high: 0, low: 1, suppressed: 1 } });
    expect(jsonVerdict(r, 'low').fails).toBe(true);
    expect(jsonVerdict(r, 'none').fails).toBe(false);
  });

  it("gives a rule's title, fix and references once, in rules[], not in every finding", () => {
    const rules = doc.rules as { id: string; title: string; fix: string; references: string[] }[];
    expect(rules.map((r) => r.id)).toEqual(['KP-TEST-ALPHA', 'CAL-TEST-BETA', 'CAL-TEST-GAMMA'].filter((id) => rules.some((r) => r.id === id)));
    for (const f of doc.findings as Record<string, unknown>[]) {
      expect(f).not.toHaveProperty('title');
      expect(f).not.toHaveProperty('fix');
      expect(f).not.toHaveProperty('references');
      expect(rules.find((r) => r.id === f.ruleId)?.fix.length).toBeGreaterThan(0);
    }
    expect((doc.undetermined as Record<string, unknown>[])[0]).not.toHaveProperty('title');
  });

  it("caps a finding's evidence at three places per fact value and counts the rest; every value stays", () => {
    const place = (line: number) => ({ ...MODE, place: { file: `clusters/c${line}/kube-proxy.yaml`, line, column: 9 } });
    const many = [...Array.from({ length: 7 }, (_, i) => place(i + 1)), { ...MODE, value: 'iptables', place: { file: 'x.yaml', line: 1, column: 1 } }];
    const capped = JSON.parse(renderJson(result({ findings: [finding({ evidence: many })] }), { failOn: 'high' })) as {
      findings: { evidence: { value: string; place: { line: number } }[]; evidenceOmitted?: number }[];
    };
    const f = capped.findings[0]!;
    expect(f.evidence.map((e) => `${e.value}@${e.place.line}`)).toEqual(['ipvs@1', 'ipvs@2', 'ipvs@3', 'iptables@1']);
    expect(f.evidenceOmitted).toBe(4);
    expect(Object.keys(f)).toEqual(['ruleId', 'severity', 'component', 'context', 'message', 'primary', 'evidence', 'evidenceOmitted', 'fingerprint']);
    expect(doc.findings.every((x) => !('evidenceOmitted' in x))).toBe(true);
  });

  it('drops undefined fields and ends with a newline', () => {
    expect(stableStringify({ b: 1, a: undefined, name: 'x' })).toBe('{\n  "name": "x",\n  "b": 1\n}\n');
  });
});
