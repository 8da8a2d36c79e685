import { describe, expect, it } from 'vitest';
import { jsonVerdict, renderJson } from '../../src/report/json.js';
import { stableStringify } from '../../src/report/stable-json.js';
import { finding, result } from './sample-result.js';

describe('renderJson', () => {
  const text = renderJson(result(), { failOn: 'high' });
  const doc = JSON.parse(text) as Record<string, unknown> & { findings: { ruleId: string }[]; verdict: unknown };

  it('is the scan result plus a verdict, top-level keys in a fixed order', () => {
    expect(Object.keys(doc)).toEqual(['tool', 'root', 'verdict', 'findings', 'undetermined', 'notApplicable', 'skipped', 'contexts', 'stats', 'rules']);
    expect(doc.verdict).toEqual({
      failOn: 'high',
      fails: true,
      line: '1 high, 1 medium, 1 undetermined: fails on high',
      counts: { high: 1, medium: 1, low: 0, undetermined: 1, suppressed: 0, filtered: 0, skipped: 3 },
    });
  });

  it('lists findings in report order with their keys in a fixed order', () => {
    expect(doc.findings.map((f) => f.ruleId)).toEqual(['CAL-TEST-BETA', 'KP-TEST-ALPHA']);
    expect(Object.keys(doc.findings[1]!)).toEqual(['ruleId', 'title', 'severity', 'component', 'context', 'message', 'fix', 'primary', 'evidence', 'references', 'fingerprint']);
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

  it('drops undefined fields and ends with a newline', () => {
    expect(stableStringify({ b: 1, a: undefined, name: 'x' })).toBe('{\n  "name": "x",\n  "b": 1\n}\n');
  });
});
