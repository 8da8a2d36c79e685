import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { toSarif } from '../../src/report/sarif.js';
import { renderText, writeTextReport } from '../../src/report/text.js';
import { CALICO, finding, K8S, PROXY_VERSION, result, undetermined } from './sample-result.js';
import { Fingerprints } from '../../src/model/fingerprints.js';

const EXPECTED = `netcompat 0.1.0: scanned repo: 7 files seen, 3 parsed, 4 facts, 3 rules
cluster: whole repository (one cluster); facts: kubernetes.version v1.21.3; kubeProxy.mode ipvs; calico.version v3.18.6; node.os centos-7.9; kubeProxy.version v1.21.3

HIGH (1)
  clusters/prod/kubeadm.yaml:5:20  KP-TEST-ALPHA  Alpha breaks things
    kube-proxy v1.21.3 (cluster version) in ipvs mode
    fix: Upgrade kube-proxy to 1.22.0.
    evidence:
      kubeProxy.mode = ipvs  at clusters/prod/kubeadm.yaml:12:7
      kubeProxy.version = v1.21.3  derived: cluster version
        from kubernetes.version = v1.21.3  at clusters/prod/kubeadm.yaml:5:20
      node.os = centos-7.9  given by --node-os (CentOS 7.9)

MEDIUM (1)
  addons/calico.yaml:30:18  CAL-TEST-BETA  Beta slows things
    Calico v3.18.6
    fix: Upgrade Calico.
    evidence:
      calico.version = v3.18.6  at addons/calico.yaml:30:18 (written "docker.io/calico/node:v3.18.6")

UNDETERMINED (1): not enough facts to decide; these never fail the build
  addons/calico.yaml:30:18  CAL-TEST-GAMMA  Gamma leaks memory  [low if it applies]
    needs node.kernel: set --node-os, e.g. rocky-8.9
    known:
      calico.version = v3.18.6  at addons/calico.yaml:30:18 (written "docker.io/calico/node:v3.18.6")

NOT APPLICABLE: 3 rule checks (no calico configuration found: 2; kube-proxy is disabled: 1)

SKIPPED: 1 file, and 2 skipped quietly (empty 1, template 1)
  broken.yaml  yaml-error: BAD_INDENT at line 3, column 1: bad indentation

Verdict: 1 high, 1 medium, 1 undetermined: fails on high
`;

describe('renderText', () => {
  it('groups by severity with place, message, fix and evidence chain, then undetermined, n/a, skipped and verdict', () => {
    expect(renderText(result(), { failOn: 'high' })).toBe(EXPECTED);
  });

  it('does not depend on the order findings arrive in', () => {
    const r = result();
    const reversed = { ...r, findings: [...r.findings].reverse(), skipped: [...r.skipped].reverse() };
    expect(renderText(reversed, { failOn: 'high' })).toBe(renderText(r, { failOn: 'high' }));
  });

  it('orders findings of one severity by file, line, then rule id', () => {
    const r = result({
      findings: [
        finding({ ruleId: 'KP-Z', primary: { file: 'b.yaml', line: 2, column: 1 }, fingerprint: '1' }),
        finding({ ruleId: 'KP-B', primary: { file: 'a.yaml', line: 9, column: 1 }, fingerprint: '2' }),
        finding({ ruleId: 'KP-A', primary: { file: 'a.yaml', line: 9, column: 1 }, fingerprint: '3' }),
        finding({ ruleId: 'KP-C', primary: { file: 'a.yaml', line: 10, column: 1 }, fingerprint: '4' }),
      ],
    });
    const heads = renderText(r, { failOn: 'high' })
      .split('\n')
      .filter((l) => /^ {2}\S+:\d+:\d+ {2}KP-/.test(l))
      .map((l) => l.trim().split(/\s+/).slice(0, 2).join(' '));
    expect(heads).toEqual(['a.yaml:9:1 KP-A', 'a.yaml:9:1 KP-B', 'a.yaml:10:1 KP-C', 'b.yaml:2:1 KP-Z']);
  });

  it('says when nothing reaches fail-on, and when nothing was found', () => {
    const low = result({ findings: [finding({ severity: 'low' })], undetermined: [] });
    expect(renderText(low, { failOn: 'high' })).toContain('\nVerdict: 1 low: passes (fail-on high)\n');
    expect(renderText(low, { failOn: 'low' })).toContain('\nVerdict: 1 low: fails on low\n');
    const none = result({ findings: [], undetermined: [], notApplicable: [], skipped: [] });
    expect(renderText(none, { failOn: 'high' })).toBe(
      'netcompat 0.1.0: scanned repo: 7 files seen, 3 parsed, 4 facts, 3 rules\ncluster: whole repository (one cluster); facts: kubernetes.version v1.21.3; kubeProxy.mode ipvs; calico.version v3.18.6; node.os centos-7.9; kubeProxy.version v1.21.3\n\nVerdict: No findings\n',
    );
  });

  it('names the placeholder text of an unresolved fact in an undetermined rule', () => {
    const unresolved = { ...CALICO, value: '{{ .Values.calicoVersion }}', unresolved: true, raw: undefined };
    const u = undetermined({ missing: [{ fact: 'calico.version', hint: 'set --calico-version', unresolvedAt: [CALICO.place!] }], evidence: [] });
    const r = result({ findings: [], undetermined: [u], contexts: [{ name: 'repository', formedBy: 'x', facts: [unresolved] }] });
    expect(renderText(r, { failOn: 'high' })).toContain(
      '    needs calico.version: set --calico-version\n      calico.version = unresolved "{{ .Values.calicoVersion }}"  at addons/calico.yaml:30:18\n',
    );
  });

  it('follows an unresolved derived fact back to the placeholder it came from', () => {
    const k8s = { ...K8S, value: '{{ kube_version }}', raw: undefined, unresolved: true };
    const proxy = { ...PROXY_VERSION, value: '{{ kube_version }}', unresolved: true, derivedFrom: [k8s] };
    const u = undetermined({ primary: undefined, missing: [{ fact: 'kubeProxy.version', hint: 'set --kubernetes-version' }], evidence: [] });
    const r = result({ findings: [], undetermined: [u], contexts: [{ name: 'repository', formedBy: 'x', facts: [k8s, proxy] }] });
    expect(renderText(r, { failOn: 'high' })).toContain(
      [
        '  (no file)  CAL-TEST-GAMMA  Gamma leaks memory  [low if it applies]',
        '    needs kubeProxy.version: set --kubernetes-version',
        '      kubeProxy.version = unresolved "{{ kube_version }}"  derived: cluster version',
        '        from kubernetes.version = unresolved "{{ kube_version }}"  at clusters/prod/kubeadm.yaml:5:20',
        '',
      ].join('\n'),
    );
  });

  it('lists suppressed findings apart and leaves them out of the verdict', () => {
    const r = result({ findings: [finding({ suppressed: { reason: 'kernel patched by vendor', by: '.netcompat.yaml' } })], undetermined: [] });
    const text = renderText(r, { failOn: 'high' });
    expect(text).toContain('SUPPRESSED (1): not counted\n  clusters/prod/kubeadm.yaml:5:20  KP-TEST-ALPHA  kernel patched by vendor (.netcompat.yaml)\n');
    expect(text).not.toContain('HIGH (1)');
    expect(text).toContain('Verdict: No findings\n');
  });

  it('names the cluster of each finding when there are several', () => {
    const r = result({
      contexts: [
        { name: 'prod', formedBy: 'directory clusters/prod', facts: [] },
        { name: 'dev', formedBy: 'directory clusters/dev', facts: [] },
      ],
      findings: [finding({ context: 'prod' })],
      undetermined: [],
    });
    const text = renderText(r, { failOn: 'high' });
    expect(text).toContain('clusters: prod (directory clusters/prod), dev (directory clusters/dev)\n');
    expect(text).toContain('      node.os = centos-7.9  given by --node-os (CentOS 7.9)\n    cluster: prod\n');
  });

  it('a result shared by many clusters names five and counts the rest, in text and SARIF; SARIF properties keep them all', () => {
    const names = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'];
    const r = result({
      contexts: names.map((name) => ({ name, formedBy: `directory clusters/${name}`, facts: [] })),
      findings: [finding({ context: names.join(', '), clusters: names, fingerprints: new Fingerprints(names.map((n) => `${n}`.padEnd(32, '0'))) })],
      undetermined: [],
    });
    const text = renderText(r, { failOn: 'high' });
    expect(text).toContain(
      'clusters: c1 (directory clusters/c1), c2 (directory clusters/c2), c3 (directory clusters/c3), c4 (directory clusters/c4), c5 (directory clusters/c5) (+3 more, each below)\n',
    );
    expect(text).toContain('\n  c8: no facts\n');
    expect(text).toContain('\n    cluster: c1, c2, c3, c4, c5 (+3 more)\n');
    const sarif = toSarif(r).runs[0]!.results[0]!;
    expect(sarif.message.text).toBe('kube-proxy v1.21.3 (cluster version) in ipvs mode. In clusters c1, c2, c3, c4, c5 (+3 more).');
    expect(sarif.properties!.clusters).toEqual(names);
    expect(sarif.properties!.cluster).toBe('c1, c2, c3, c4, c5 (+3 more)');
    const json = JSON.parse(renderJson(r, { failOn: 'high' })) as { findings: { context: string; clusters: string[] }[] };
    expect(json.findings.map((f) => [f.context, f.clusters])).toEqual([['c1, c2, c3, c4, c5 (+3 more)', names]]);
  });

  it('colours severity headings only when asked', () => {
    expect(renderText(result(), { failOn: 'high', color: true })).toContain('\u001b[1;31mHIGH (1)\u001b[0m');
    expect(renderText(result(), { failOn: 'high' })).not.toContain('\u001b[');
  });
});

describe('renderText with hostile repository strings', () => {
  const evil = '1.2\n::error file=x::pwned\n##[warning]legacy';
  const r = result({
    findings: [
      finding({
        message: `kube-proxy ${evil}`,
        evidence: [
          {
            name: 'kubeProxy.mode',
            value: '::add-mask::secret',
            raw: `\u001b[31m${evil}`,
            origin: 'repository',
            source: 'x',
            place: { file: '::error::evil.yaml', line: 1, column: 1 },
          },
        ],
        primary: { file: '::error::evil.yaml', line: 1, column: 1 },
      }),
    ],
    skipped: [{ path: 'bad.yaml', reason: 'yaml-error', detail: 'oops\n::set-output name=x::y' }],
  });
  const text = renderText(r, { failOn: 'high' });

  it('never starts a line with :: and never emits ##[', () => {
    const lines = text.split('\n');
    expect(lines.filter((l) => l.trimStart().startsWith('::'))).toEqual([]);
    expect(text).not.toContain('##[');
  });

  it('keeps each repository value on its line, escaped, including control characters', () => {
    expect(text).toContain('    kube-proxy 1.2\\n::error file=x::pwned\\n#\\#[warning]legacy\n');
    expect(text).toContain('yaml-error: oops\\n::set-output name=x::y\n');
    expect(text).not.toContain('\u001b[31m');
    expect(text).toContain('\\u001b[31m');
  });

  it('escapes a value that would otherwise open a line', () => {
    expect(text).toContain('\n  \\::error::evil.yaml:1:1  KP-TEST-ALPHA');
  });
});

// The CLI writes the text report in pieces as it is made: the pieces must be the text, inert everywhere.
describe('the text report written in pieces', () => {
  it('is renderText, byte for byte, over many pieces, with every line made inert', () => {
    const many = Array.from({ length: 900 }, (_, i) =>
      finding({ message: `${i % 7 === 0 ? '::error::' : ''}message ${i} ##[group]`, fingerprint: String(i).padStart(32, '0') }),
    );
    const r = result({ findings: many });
    const pieces: string[] = [];
    writeTextReport(r, { failOn: 'high' }, (p) => pieces.push(p));
    expect(pieces.length).toBeGreaterThan(2);
    const text = pieces.join('');
    expect(text).toBe(renderText(r, { failOn: 'high' }));
    expect(text.endsWith('\nVerdict: 900 high, 1 undetermined: fails on high\n')).toBe(true);
    expect(text).not.toMatch(/^\s*::/m);
    expect(text).not.toContain('##[');
  });
});
