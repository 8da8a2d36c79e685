import { describe, expect, it } from 'vitest';
import { buildContextsWithShared } from '../../src/context/build-contexts.js';
import { explicitFacts } from '../../src/inputs/options.js';
import { clusterFacts } from '../../src/model/cluster-facts.js';
import type { Fact, FactName } from '../../src/model/fact.js';
import type { ScanResult } from '../../src/model/finding.js';
import { withPlaceBase } from '../../src/model/place-base.js';

// Which facts a report may give once for all clusters: those from files no cluster owns that every
// cluster still holds after precedence. A shared value one cluster overrides is no longer shared.
const repo = (name: FactName, value: string, file: string, line = 3): Fact => ({
  name,
  value,
  origin: 'repository',
  source: 'test',
  place: { file, line, column: 7 },
});
const clusters = (explicitB: Fact[] = []) => [
  { name: 'a', paths: ['clusters/a'], explicit: [] },
  { name: 'b', paths: ['clusters/b'], explicit: explicitB },
];

describe('shared facts of the context stage', () => {
  const calico = repo('calico.version', '3.26.1', 'platform/calico.yaml', 12);
  const vxlan = repo('calico.vxlanMode', 'Never', 'platform/calico.yaml', 15);
  const modeA = repo('kubeProxy.mode', 'ipvs', 'clusters/a/kube-proxy.yaml');
  const modeB = repo('kubeProxy.mode', 'iptables', 'clusters/b/kube-proxy.yaml');

  it('are the facts of files no cluster owns, the same objects every context holds', () => {
    const { contexts, shared } = buildContextsWithShared([modeA, calico, vxlan, modeB], [], clusters());
    expect(shared).toEqual([calico, vxlan]);
    for (const ctx of contexts) for (const f of shared) expect(clusterFacts(ctx)).toContain(f);
    expect(contexts.map((c) => clusterFacts(c).filter((f) => !shared.includes(f) && f.place?.file.startsWith('platform/')))).toEqual([[], []]);
  });

  it('are held once: each context keeps its own facts and runs of the one shared list, in the order read', () => {
    const early = repo('kubernetes.version', '1.28.4', 'a-platform/cluster.yaml', 2);
    const { contexts, shared } = buildContextsWithShared([early, modeA, calico, vxlan, modeB], [], clusters());
    expect(shared).toEqual([early, calico, vxlan]);
    const [a, b] = contexts;
    // The shared facts sit where they were read, before and after the cluster's own.
    expect(clusterFacts(a!).slice(0, 4)).toEqual([early, modeA, calico, vxlan]);
    expect(clusterFacts(b!).slice(0, 4)).toEqual([early, calico, vxlan, modeB]);
    for (const ctx of contexts) {
      expect(ctx.shared!.facts).toBe(shared);
      expect(ctx.facts.some((f) => shared.includes(f))).toBe(false);
    }
    expect(a!.shared!.runs).toEqual([
      { at: 0, from: 0, to: 1 },
      { at: 1, from: 1, to: 3 },
    ]);
    expect(b!.shared!.runs).toEqual([{ at: 0, from: 0, to: 3 }]);
  });

  it('leave out a shared fact a cluster overrides with its own value', () => {
    const [own] = explicitFacts({ 'calico-version': '3.28.0' });
    const { contexts, shared } = buildContextsWithShared([modeA, calico, vxlan, modeB], [], clusters([own!]));
    expect(shared).toEqual([vxlan]);
    expect(contexts[0]!.facts).toContain(calico);
    expect(clusterFacts(contexts[1]!)).not.toContain(calico);
    expect(contexts[1]!.overridden).toContain(calico);
  });

  it('are none with one cluster, and none when nothing is outside the clusters', () => {
    expect(buildContextsWithShared([calico, vxlan], []).shared).toEqual([]);
    expect(buildContextsWithShared([modeA, modeB], [], clusters()).shared).toEqual([]);
  });
});

describe('places under a base keep shared facts one object', () => {
  it('a fact in two contexts and in sharedFacts is one copy after withPlaceBase', () => {
    const calico = repo('calico.version', '3.26.1', 'platform/calico.yaml', 12);
    const result: ScanResult = {
      tool: { name: 'netcompat', version: '0' },
      root: 'r',
      rules: [],
      contexts: [
        { name: 'a', formedBy: 'x', facts: [calico] },
        { name: 'b', formedBy: 'x', facts: [calico] },
      ],
      sharedFacts: [calico],
      findings: [],
      undetermined: [],
      notApplicable: [],
      skipped: [],
      diagnostics: [
        { level: 'warning', message: 'm', place: calico.place!, conflict: { fact: 'calico.version', values: [{ value: '3.26.1', places: [calico.place!] }] } },
      ],
      stats: { filesSeen: 0, filesRead: 0, filesParsed: 0, facts: 0 },
    };
    const r = withPlaceBase(result, 'repo');
    expect(r.sharedFacts![0]!.place!.file).toBe('repo/platform/calico.yaml');
    expect(r.contexts[0]!.facts[0]).toBe(r.sharedFacts![0]);
    expect(r.contexts[1]!.facts[0]).toBe(r.sharedFacts![0]);
    expect(r.diagnostics![0]!.conflict!.values[0]!.places[0]!.file).toBe('repo/platform/calico.yaml');
    expect(calico.place!.file).toBe('platform/calico.yaml');
  });

  it('contexts taking the shared list by runs reference the one rebased list', () => {
    const calico = repo('calico.version', '3.26.1', 'platform/calico.yaml', 12);
    const modeA = repo('kubeProxy.mode', 'ipvs', 'clusters/a/kube-proxy.yaml');
    const shared = [calico];
    const runs = [{ at: 0, from: 0, to: 1 }];
    const result: ScanResult = {
      tool: { name: 'netcompat', version: '0' },
      root: 'r',
      rules: [],
      contexts: [
        { name: 'a', formedBy: 'x', facts: [modeA], shared: { facts: shared, runs } },
        { name: 'b', formedBy: 'x', facts: [], shared: { facts: shared, runs } },
      ],
      sharedFacts: shared,
      findings: [],
      undetermined: [],
      notApplicable: [],
      skipped: [],
      stats: { filesSeen: 0, filesRead: 0, filesParsed: 0, facts: 0 },
    };
    const r = withPlaceBase(result, 'repo');
    expect(r.contexts[0]!.shared!.facts).toBe(r.sharedFacts);
    expect(r.contexts[1]!.shared!.facts).toBe(r.sharedFacts);
    expect(clusterFacts(r.contexts[0]!).map((f) => f.place!.file)).toEqual(['repo/platform/calico.yaml', 'repo/clusters/a/kube-proxy.yaml']);
  });
});
