import { beforeAll, describe, expect, it } from 'vitest';
import { applyDerivations } from '../../src/context/derive.js';
import { evaluateRule } from '../../src/evaluate/evaluate-rule.js';
import { kernelRange, lookupOs } from '../../src/knowledge/os-table.js';
import { builtInRules } from '../../src/knowledge/rules.js';
import type { Fact } from '../../src/model/fact.js';
import { requireBundle, scanJson, scanFixture } from './helpers.js';

function series(spec: string): string[] {
  return kernelRange(lookupOs(spec)!).series;
}

describe('kernel ranges from the OS table', () => {
  it('dates an Ubuntu 20.04 AWS image: each window boundary on both sides', () => {
    expect(series('ubuntu-aws-20.04-20210603')).toEqual(['5.4']);
    expect(series('ubuntu-aws-20.04-20210604')).toEqual(['5.4', '5.8']);
    expect(series('ubuntu-aws-20.04-20210623')).toEqual(['5.4', '5.8']);
    expect(series('ubuntu-aws-20.04-20210624')).toEqual(['5.8']);
    expect(series('ubuntu-aws-20.04-20220810')).toEqual(['5.13', '5.15']);
    expect(series('ubuntu-aws-20.04-20220811')).toEqual(['5.15']);
    expect(series('ubuntu-aws-20.04-20240301')).toEqual(['5.15']);
    expect(series('ubuntu-aws-20.04')).toEqual(['5.4', '5.8', '5.11', '5.13', '5.15']);
  });

  it('EKS AL2 by Kubernetes minor and AMI date', () => {
    expect(series('eks-al2-1.18')).toEqual(['4.14']);
    expect(series('eks-al2-1.23')).toEqual(['5.4', '5.10']);
    expect(series('eks-al2-1.23-20240315')).toEqual(['5.4']);
    expect(series('eks-al2-1.23-20240329')).toEqual(['5.10']);
    expect(series('eks-al2-1.24-20230210')).toEqual(['5.4']);
    expect(series('eks-al2-1.24-20230217')).toEqual(['5.10']);
    expect(series('eks-al2-1.28')).toEqual(['5.10']);
    expect(series('eks-al2-gpu-1.28-20240227')).toEqual(['5.4']);
    expect(series('eks-al2-gpu-1.28-20240307')).toEqual(['5.10']);
  });

  it('Oracle Linux is UEK or RHCK unless the kernel string says', () => {
    expect(series('oracle-linux-8.9')).toEqual(['4.18', '5.15']);
    expect(series('oracle-linux-7.9')).toEqual(['3.10', '5.4']);
    expect(series('oracle-linux-rhck-8.9')).toEqual(['4.18']);
  });
});

function osFact(value: string): Fact {
  return { name: 'node.os', value, origin: 'repository', source: 'test', place: { file: 'nodes.yaml', line: 7, column: 10 } };
}

describe('the derived kernel fact carries the range', () => {
  it('an undated image gives candidates and says how to pin them', () => {
    const k = applyDerivations([osFact('ubuntu-aws-20.04')]).find((f) => f.name === 'node.kernel')!;
    expect(k.value).toBe('5.4–5.15');
    expect(k.candidates).toEqual(['5.4', '5.8', '5.11', '5.13', '5.15']);
    expect(k.note).toBe(
      'Ubuntu 20.04 AWS image of unknown date: kernel 5.4–5.15 (one of 5.4, 5.8, 5.11, 5.13, 5.15); to pin it, give the AMI name with its date (ubuntu-focal-20.04-amd64-server-YYYYMMDD), or kernel-version (uname -r on a node)',
    );
  });

  it('a dated image gives the series of its date', () => {
    const k = applyDerivations([osFact('ubuntu-aws-20.04-20240301')]).find((f) => f.name === 'node.kernel')!;
    expect(k).toMatchObject({ value: '5.15', note: 'Ubuntu 20.04 AWS image of 20240301 runs kernel 5.15' });
    expect(k.candidates).toBeUndefined();
  });

  it('a rule is true only over the whole range, false only over none of it, else undetermined naming the range', () => {
    const rule = builtInRules().find((r) => r.id === 'CAL-VXLAN-CSUM-63S')!;
    const base: Fact[] = [
      { name: 'calico.version', value: '3.18.6', origin: 'explicit', source: 'input:calico-version' },
      { name: 'calico.vxlanMode', value: 'Always', origin: 'explicit', source: 'input:x' },
      { name: 'kubeProxy.version', value: '1.28.7', origin: 'explicit', source: 'input:x' },
    ];
    const ctx = (os: string) => ({ name: 'c', formedBy: 't', facts: applyDerivations([...base, osFact(os)]), overridden: [] });
    expect(evaluateRule(rule, ctx('ubuntu-aws-20.04-20240301')).findings).toEqual([]);
    expect(evaluateRule(rule, ctx('ubuntu-aws-20.04-20240301')).undetermined).toBeUndefined();
    expect(evaluateRule(rule, ctx('ubuntu-aws-20.04-20210101')).findings.map((f) => f.ruleId)).toEqual(['CAL-VXLAN-CSUM-63S']);
    const u = evaluateRule(rule, ctx('ubuntu-aws-20.04')).undetermined!;
    expect(u.missing.map((m) => m.fact)).toEqual(['node.kernel']);
    expect(u.message).toContain('the range does not decide it: Ubuntu 20.04 AWS image of unknown date: kernel 5.4–5.15');
  });
});

describe('a 2024 Ubuntu 20.04 AWS image (e2e)', () => {
  beforeAll(requireBundle);

  it('runs linux-aws 5.15, so the kernel-below-5.8 rule stays silent', () => {
    const { run, report } = scanJson('ubuntu-aws-2024');
    expect(run.code).toBe(0);
    // kube-controllers 3.18.6 (the Calico version) predates the pod-cache leak (3.20.0 to 3.24.5).
    expect(report.findings.map((f) => f.ruleId)).toEqual([]);
    // No rule that reads the kernel is left undetermined (KP-CVE-2020-8558 asks for an admission setting).
    expect(report.undetermined.filter((u) => u.missing.some((m) => m.fact === 'node.kernel'))).toEqual([]);
    const kernel = report.contexts[0]!.facts.find((f) => f.name === 'node.kernel')!;
    expect(kernel).toMatchObject({ value: '5.15', origin: 'derived', note: 'Ubuntu 20.04 AWS image of 20240301 runs kernel 5.15' });
  });

  it('an image of unknown date is undetermined, and every report shows the range', () => {
    const { run, report } = scanJson('ubuntu-aws-undated');
    expect(run.code).toBe(0);
    const u = report.undetermined.find((x) => x.ruleId === 'CAL-VXLAN-CSUM-63S')!;
    expect(u.primary).toMatchObject({ file: 'calico.yaml', line: 12, column: 18 });
    expect(u.missing[0]!.hint).toBe(
      'the range does not decide it: Ubuntu 20.04 AWS image of unknown date: kernel 5.4–5.15 (one of 5.4, 5.8, 5.11, 5.13, 5.15); to pin it, give the AMI name with its date (ubuntu-focal-20.04-amd64-server-YYYYMMDD), or kernel-version (uname -r on a node)',
    );
    const text = scanFixture('ubuntu-aws-undated').stdout;
    expect(text).toContain('node.kernel = 5.4–5.15  derived: Ubuntu 20.04 AWS image of unknown date: kernel 5.4–5.15');
    const sarif = scanFixture('ubuntu-aws-undated', ['--format', 'sarif', '--sarif-undetermined']).stdout;
    expect(sarif).toContain('kernel 5.4–5.15');
  });

  it('pinning the image date or the kernel decides it', () => {
    const pinned = scanJson('ubuntu-aws-undated', ['--kernel-version', '5.4.0-1103-aws']);
    expect(pinned.report.findings.map((f) => f.ruleId)).toContain('CAL-VXLAN-CSUM-63S');
    expect(pinned.run.code).toBe(1);
    const dated = scanJson('ubuntu-aws-undated', ['--node-os', 'ubuntu-aws-20.04-20240301']);
    expect(dated.report.undetermined.map((u) => u.ruleId)).not.toContain('CAL-VXLAN-CSUM-63S');
    expect(dated.run.code).toBe(0);
  });
});
