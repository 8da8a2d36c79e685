import { describe, expect, it } from 'vitest';
import { buildContexts } from '../../src/context/build-contexts.js';
import type { Fact } from '../../src/model/fact.js';
import { scan } from '../../src/scan.js';
import { at, repoFacts } from './sources-a-repo.js';

const FIXTURES = new URL('../fixtures/sources-a/', import.meta.url).pathname;

describe('Calico derivations', () => {
  it('turns the tigera/operator version into the Calico version it installs: exact where pinned, the minor otherwise', async () => {
    const [ctx] = buildContexts(await repoFacts(`${FIXTURES}derive`), []);
    const calico = ctx?.facts.filter((f) => f.name === 'calico.version') ?? [];
    expect(calico.map((f) => [f.value, f.origin, f.note, f.derivedFrom?.map(at)])).toEqual([
      ['3.27.0', 'derived', 'tigera/operator v1.32.3 installs Calico v3.27.0', ['calico.operatorVersion=1.32.3 @operator.yaml:14:18']],
      ['3.27', 'derived', 'tigera/operator v1.32.9 installs Calico v3.27.x', ['calico.operatorVersion=1.32.9 @operator.yaml:29:18']],
    ]);
  });

  it('does not derive when the repository states the Calico version', () => {
    const place = { file: 'x.yaml', line: 1, column: 1 };
    const facts: Fact[] = [
      { name: 'calico.operatorVersion', value: '1.32.3', origin: 'repository', source: 't', place },
      { name: 'calico.version', value: '3.27.2', origin: 'repository', source: 't', place },
    ];
    const [ctx] = buildContexts(facts, []);
    expect(ctx?.facts.filter((f) => f.name === 'calico.version').map((f) => f.value)).toEqual(['3.27.2']);
  });

  it('marks kube-proxy disabled where linuxDataplane is BPF', async () => {
    const [ctx] = buildContexts(await repoFacts(`${FIXTURES}bpf/on`), []);
    const off = ctx?.facts.filter((f) => f.name === 'kubeProxy.disabled') ?? [];
    expect(off.map((f) => [at(f), f.origin, f.note, f.derivedFrom?.map(at)])).toEqual([
      [
        'kubeProxy.disabled=true @helmrelease.yaml:13:25',
        'derived',
        'Calico eBPF dataplane replaces kube-proxy',
        ['calico.dataplane=BPF @helmrelease.yaml:13:25'],
      ],
    ]);
  });

  it('silences kube-proxy rules with the reason under Calico eBPF, and only then', async () => {
    const on = await scan({ root: `${FIXTURES}bpf/on` });
    const off = await scan({ root: `${FIXTURES}bpf/off` });
    expect(off.findings.map((f) => f.ruleId)).toContain('KP-IPT-PARTIAL-SYNC-RACE');
    expect(on.findings.filter((f) => f.component === 'kube-proxy')).toEqual([]);
    expect(on.undetermined.filter((u) => u.component === 'kube-proxy')).toEqual([]);
    expect(on.notApplicable.find((n) => n.ruleId === 'KP-IPT-PARTIAL-SYNC-RACE')?.reason).toBe(
      'kube-proxy is disabled (Calico eBPF dataplane replaces kube-proxy) at helmrelease.yaml:13:25',
    );
  });
});
