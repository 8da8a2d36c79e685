import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { findDirectives } from '../../src/parse/directives.js';
import { markSuppressed, suppressionDiagnostics, type SuppressionInput } from '../../src/policy/suppress.js';
import { applyBaseline, makeBaseline, parseBaseline } from '../../src/policy/baseline.js';
import { applyChangedFiles } from '../../src/policy/changed-files.js';
import { activeFindings, fails, verdictTitle } from '../../src/policy/verdict.js';
import { Fingerprints } from '../../src/model/fingerprints.js';

/** What the policy stage does with suppressions: the settings' diagnostics, and the findings marked. */
function applySuppressions(findings: Finding[], input: SuppressionInput) {
  const diagnostics = suppressionDiagnostics(input);
  markSuppressed(findings, input);
  return diagnostics;
}

function finding(ruleId: string, file: string, line: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    title: 't',
    severity: 'high',
    component: 'kube-proxy',
    context: 'repository',
    message: 'm',
    fix: 'f',
    references: [],
    evidence: [{ name: 'kubeProxy.mode', value: 'ipvs', origin: 'repository', source: 'x', place: { file, line, column: 7 } }],
    fingerprint: `${ruleId}-${file}`,
    ...extra,
  };
}

describe('inline suppressions', () => {
  const text = [
    'kind: KubeProxyConfiguration',
    '# netcompat-ignore KP-IPVS-CONN-REUSE: kernel 5.14 backport verified by the platform team',
    'mode: ipvs',
    'other: 1 # netcompat-ignore KP-IPT-PARTIAL-SYNC-RACE',
    'x: 2 # netcompat-ignore CAL-A-B, CAL-C-D: both known',
  ].join('\n');
  const directives = findDirectives('k.yaml', text);

  it('parses rule ids and reasons', () => {
    expect(directives).toEqual([
      { file: 'k.yaml', line: 2, column: 1, rules: ['KP-IPVS-CONN-REUSE'], reason: 'kernel 5.14 backport verified by the platform team' },
      { file: 'k.yaml', line: 4, column: 10, rules: ['KP-IPT-PARTIAL-SYNC-RACE'] },
      { file: 'k.yaml', line: 5, column: 6, rules: ['CAL-A-B', 'CAL-C-D'], reason: 'both known' },
    ]);
  });

  it('suppresses a finding whose evidence is on the line below, keeps it visible, and never fails on it', () => {
    const fs = [finding('KP-IPVS-CONN-REUSE', 'k.yaml', 3), finding('KP-IPVS-CONN-REUSE', 'other.yaml', 3)];
    applySuppressions(fs, { ignore: [], directives, today: '2026-11-25' });
    expect(fs[0]!.suppressed).toEqual({ reason: 'kernel 5.14 backport verified by the platform team', by: 'k.yaml:2' });
    expect(fs[1]!.suppressed).toBeUndefined();
    expect(activeFindings({ findings: [fs[0]!] })).toEqual([]);
    expect(fails({ findings: [fs[0]!] }, 'high')).toBe(false);
  });

  it('a directive without a reason does not suppress and is reported', () => {
    const fs = [finding('KP-IPT-PARTIAL-SYNC-RACE', 'k.yaml', 4)];
    const diags = applySuppressions(fs, { ignore: [], directives, today: '2026-11-25' });
    expect(fs[0]!.suppressed).toBeUndefined();
    expect(diags).toEqual([
      expect.objectContaining({ level: 'warning', place: { file: 'k.yaml', line: 4, column: 10 }, message: expect.stringMatching(/has no reason/) }),
    ]);
  });
});

describe('config ignore entries', () => {
  const entry = { rule: 'KP-IPVS-CONN-REUSE', reason: 'accepted risk', line: 9 };

  it('suppresses by rule, path glob and cluster', () => {
    const fs = [finding('KP-IPVS-CONN-REUSE', 'clusters/a/k.yaml', 3), finding('KP-IPVS-CONN-REUSE', 'clusters/b/k.yaml', 3)];
    applySuppressions(fs, { ignore: [{ ...entry, paths: ['clusters/a/**'] }], directives: [], today: '2026-11-25' });
    expect(fs.map((f) => f.suppressed?.by)).toEqual(['.netcompat.yaml:9', undefined]);
  });

  it('an expired entry stops suppressing and is itself reported', () => {
    const fs = [finding('KP-IPVS-CONN-REUSE', 'k.yaml', 3)];
    const diags = applySuppressions(fs, { ignore: [{ ...entry, expires: '2026-11-25' }], directives: [], today: '2026-11-25' });
    expect(fs[0]!.suppressed).toBeUndefined();
    expect(diags[0]).toMatchObject({ level: 'warning', place: { file: '.netcompat.yaml', line: 9 } });
    expect(diags[0]!.message).toMatch(/expired on 2026-11-25/);
    const fresh = [finding('KP-IPVS-CONN-REUSE', 'k.yaml', 3)];
    expect(applySuppressions(fresh, { ignore: [{ ...entry, expires: '2026-11-26' }], directives: [], today: '2026-11-25' })).toEqual([]);
    expect(fresh[0]!.suppressed).toBeDefined();
  });
});

describe('baseline and PR scoping', () => {
  it('hides findings already in the baseline, and reads its own output back', () => {
    const old = [finding('A-B', 'x.yaml', 3)];
    const text = JSON.stringify(makeBaseline(old));
    const now = [finding('A-B', 'x.yaml', 10), finding('C-D', 'x.yaml', 3)];
    applyBaseline(now, parseBaseline(text, 'b.json'));
    expect(now.map((f) => f.filtered)).toEqual(['baseline', undefined]);
    expect(verdictTitle({ findings: now, undetermined: [] }, 'high')).toBe('1 high: fails on high');
  });

  it('rejects a file that is not a baseline', () => {
    expect(() => parseBaseline('{"version":2}', 'b.json')).toThrow(/b\.json: not a netcompat baseline/);
    expect(() => parseBaseline('nope', 'b.json')).toThrow(/not valid JSON/);
  });

  it('only-changed keeps findings with evidence in a changed file', () => {
    const fs = [finding('A-B', 'changed.yaml', 1), finding('A-B', 'old.yaml', 1)];
    applyChangedFiles(fs, new Set(['changed.yaml']));
    expect(fs.map((f) => f.filtered)).toEqual([undefined, 'unchanged']);
  });
});

describe('an inline directive as a trailing comment', () => {
  // Line 2 holds the evidence and, after it, the directive.
  const trailing = findDirectives('k.yaml', 'kind: KubeProxyConfiguration\nmode: ipvs # netcompat-ignore KP-IPVS-CONN-REUSE: kernel patched\nx: 1\n');

  it('suppresses the finding whose evidence is on the same line', () => {
    const fs = [finding('KP-IPVS-CONN-REUSE', 'k.yaml', 2)];
    applySuppressions(fs, { ignore: [], directives: trailing, today: '2026-12-06' });
    expect(fs[0]!.suppressed).toEqual({ reason: 'kernel patched', by: 'k.yaml:2' });
  });

  it('covers the line below too, but not the line above or two lines below', () => {
    const fs = [1, 3, 4].map((line) => finding('KP-IPVS-CONN-REUSE', 'k.yaml', line));
    applySuppressions(fs, { ignore: [], directives: trailing, today: '2026-12-06' });
    expect(fs.map((f) => f.suppressed?.by)).toEqual([undefined, 'k.yaml:2', undefined]);
  });
});

describe('a finding that names several Services', () => {
  const svc = (name: string, file: string) =>
    ({ name: 'service.externalIPsLocal', value: name, origin: 'repository', source: 'x', place: { file, line: 7, column: 26 } }) as const;
  const grouped = () =>
    finding('KP-IPVS-EXTIP-ETP-LOCAL', 'kube-proxy.yaml', 3, {
      evidence: [
        { name: 'kubeProxy.version', value: '1.27.4', origin: 'repository', source: 'x', place: { file: 'kube-proxy.yaml', line: 9, column: 7 } },
        svc('default/a', 'a.yaml'),
        svc('default/b', 'b.yaml'),
      ],
      fingerprint: 'fp-a',
      fingerprints: new Fingerprints(['fp-a', 'fp-b']),
    });
  const ignoreOn = (file: string) => findDirectives(file, ['# netcompat-ignore KP-IPVS-EXTIP-ETP-LOCAL: this Service is internal only', 'x: 1'].join('\n'));

  it('a directive on one Service covers that Service only: the finding stays', () => {
    const f = grouped();
    applySuppressions([f], { ignore: [], directives: ignoreOn('a.yaml').map((d) => ({ ...d, line: 6 })), today: '2026-11-25' });
    expect(f.suppressed).toBeUndefined();
  });

  it('directives on every Service, or one on the cluster’s own line, suppress it', () => {
    const every = grouped();
    const both = [...ignoreOn('a.yaml'), ...ignoreOn('b.yaml')].map((d) => ({ ...d, line: 6 }));
    applySuppressions([every], { ignore: [], directives: both, today: '2026-11-25' });
    expect(every.suppressed?.by).toBe('a.yaml:6');
    const own = grouped();
    applySuppressions([own], { ignore: [], directives: ignoreOn('kube-proxy.yaml').map((d) => ({ ...d, line: 8 })), today: '2026-11-25' });
    expect(own.suppressed?.by).toBe('kube-proxy.yaml:8');
  });

  it('a config ignore entry whose paths match one Service file does not hide the others', () => {
    const f = grouped();
    const entry = { rule: 'KP-IPVS-EXTIP-ETP-LOCAL', reason: 'internal', paths: ['a.yaml'], line: 3 };
    applySuppressions([f], { ignore: [entry], directives: [], today: '2026-11-25' });
    expect(f.suppressed).toBeUndefined();
    applySuppressions([f], { ignore: [{ ...entry, paths: ['*.yaml'] }], directives: [], today: '2026-11-25' });
    expect(f.suppressed).toEqual({ reason: 'internal', by: '.netcompat.yaml:3' });
  });

  it('the baseline hides it only while it holds every Service: a Service added since fails again', () => {
    const baseline = makeBaseline([grouped()]);
    expect(baseline.findings.map((b) => b.fingerprint)).toEqual(['fp-a', 'fp-b']);
    const same = grouped();
    const more = { ...grouped(), fingerprints: new Fingerprints(['fp-a', 'fp-b', 'fp-c']) };
    const fewer = { ...grouped(), fingerprint: 'fp-b', fingerprints: undefined };
    applyBaseline([same, more, fewer], baseline);
    expect([same.filtered, more.filtered, fewer.filtered]).toEqual(['baseline', undefined, 'baseline']);
  });
});
