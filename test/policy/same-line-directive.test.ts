import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { findDirectives } from '../../src/parse/directives.js';
import { applySuppressions } from '../../src/policy/suppress.js';

const finding = (line: number): Finding => ({
  ruleId: 'KP-IPVS-CONN-REUSE',
  title: 't',
  severity: 'high',
  component: 'kube-proxy',
  context: 'repository',
  message: 'm',
  fix: 'f',
  references: [],
  evidence: [{ name: 'kubeProxy.mode', value: 'ipvs', origin: 'repository', source: 'x', place: { file: 'k.yaml', line, column: 7 } }],
  fingerprint: `f${line}`,
});

describe('an inline directive as a trailing comment', () => {
  // Line 2 holds the evidence and, after it, the directive.
  const directives = findDirectives('k.yaml', 'kind: KubeProxyConfiguration\nmode: ipvs # netcompat-ignore KP-IPVS-CONN-REUSE: kernel patched\nx: 1\n');

  it('suppresses the finding whose evidence is on the same line', () => {
    const fs = [finding(2)];
    applySuppressions(fs, { ignore: [], directives, today: '2026-12-06' });
    expect(fs[0]!.suppressed).toEqual({ reason: 'kernel patched', by: 'k.yaml:2' });
  });

  it('covers the line below too, but not the line above or two lines below', () => {
    const fs = [finding(1), finding(3), finding(4)];
    applySuppressions(fs, { ignore: [], directives, today: '2026-12-06' });
    expect(fs.map((f) => f.suppressed?.by)).toEqual([undefined, 'k.yaml:2', undefined]);
  });
});
