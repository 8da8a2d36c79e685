import { describe, expect, it } from 'vitest';
import type { Conflict } from '../../src/context/conflicts.js';
import type { Fact } from '../../src/model/fact.js';
import type { Finding } from '../../src/model/finding.js';
import { ConflictNotes } from '../../src/policy/conflict-notes.js';
import { applyBaseline, makeBaseline } from '../../src/policy/baseline.js';
import { ClusterMerger } from '../../src/policy/merge-clusters.js';

// Results over facts shared by many clusters: each note and merge key is made once (issue 11), and a fact
// object met again in another cluster still gets that cluster's own note.
const noteConflicts = (results: Finding[], conflicts: Conflict[]) => new ConflictNotes(conflicts).note(results);
function mergeAcrossClusters(results: Finding[]): Finding[] {
  const merger = new ClusterMerger<Finding>();
  for (const r of results) merger.add(r);
  return merger.results();
}
const fact = (name: Fact['name'], value: string, file: string, line: number): Fact => ({
  name,
  value,
  origin: 'repository',
  source: 'test',
  place: { file, line, column: 3 },
});
const finding = (context: string, evidence: Fact[], message = 'm'): Finding => ({
  ruleId: 'R',
  title: 't',
  severity: 'high',
  component: 'calico',
  context,
  message,
  fix: 'f',
  references: [],
  evidence,
  fingerprint: `fp-${context}`,
  ...(evidence[0]?.place ? { primary: evidence[0].place } : {}),
});

describe('conflict notes on shared facts', () => {
  const shared = fact('calico.version', '3.26.1', 'infra/calico.yaml', 4);
  const conflicts: Conflict[] = [
    {
      context: 'a',
      fact: 'calico.version',
      values: [
        { value: '3.26.1', places: [shared.place!] },
        { value: '3.27.0', places: [{ file: 'a/calico.yaml', line: 9, column: 3 }] },
      ],
    },
    {
      context: 'b',
      fact: 'calico.version',
      values: [
        { value: '3.26.1', places: [shared.place!] },
        { value: '3.28.0', places: [{ file: 'b/calico.yaml', line: 7, column: 3 }] },
      ],
    },
  ];

  it('names each cluster its own other values, for the same fact object', () => {
    const results = [finding('a', [shared]), finding('b', [shared]), finding('a', [shared]), finding('c', [shared])];
    noteConflicts(results, conflicts);
    expect(results.map((r) => r.message)).toEqual([
      'm (conflict: calico.version is also 3.27.0 at a/calico.yaml:9:3; see the conflict diagnostic)',
      'm (conflict: calico.version is also 3.28.0 at b/calico.yaml:7:3; see the conflict diagnostic)',
      'm (conflict: calico.version is also 3.27.0 at a/calico.yaml:9:3; see the conflict diagnostic)',
      'm',
    ]);
  });

  it('reads facts a value was derived from, and a value the conflict does not hold gets no note', () => {
    const derived: Fact = { ...fact('calico.kubeControllersVersion', '3.26.1', 'x.yaml', 1), origin: 'derived', derivedFrom: [shared] };
    const other = fact('calico.version', '3.29.0', 'infra/other.yaml', 2);
    const results = [finding('b', [derived]), finding('b', [other])];
    noteConflicts(results, conflicts);
    expect(results[0]!.message).toContain('calico.version is also 3.28.0 at b/calico.yaml:7:3');
    expect(results[1]!.message).toBe('m');
  });
});

describe('merging look-alike results across clusters', () => {
  it('merges equal results into one naming the clusters, copies only merged ones, leaves the inputs alone', () => {
    const shared = fact('service.externalIPs', 'default/web', 'apps/web.yaml', 8);
    const own = fact('service.externalIPs', 'default/api', 'c/api.yaml', 8);
    const a = finding('a', [shared]);
    const b = finding('b', [shared]);
    const c = finding('c', [own]);
    const d = finding('d', [shared], 'other text');
    const out = mergeAcrossClusters([a, b, c, d]);
    expect(out.map((r) => [r.context, r.clusters])).toEqual([
      ['a, b', ['a', 'b']],
      ['c', undefined],
      ['d', undefined],
    ]);
    expect(out[1]).toBe(c);
    expect(out[0]).not.toBe(a);
    expect([a.context, a.clusters, b.context]).toEqual(['a', undefined, 'b']);
  });

  it('merges results saying the same of the same line whose facts sit in each cluster, listing every fact once', () => {
    const web = fact('service.externalIPs', 'default/web', 'apps/web.yaml', 8);
    const plugins = (c: string) => ({ ...fact('apiserver.admissionPlugins', 'NodeRestriction', `${c}/kubeadm.yaml`, 2), origin: 'default' as const });
    const out = mergeAcrossClusters([finding('a', [web, plugins('a')]), finding('b', [web, plugins('b')]), finding('c', [web, plugins('c')])]);
    expect(out).toHaveLength(1);
    expect(out[0]!.clusters).toEqual(['a', 'b', 'c']);
    expect(out[0]!.evidence.map((e) => e.place?.file)).toEqual(['apps/web.yaml', 'a/kubeadm.yaml', 'b/kubeadm.yaml', 'c/kubeadm.yaml']);
    expect([...out[0]!.fingerprints!]).toEqual(['fp-a', 'fp-b', 'fp-c']);
  });

  it('keeps results apart without a line to point at unless their facts are the same', () => {
    const given = (c: string): Fact => ({
      name: 'kubeProxy.version',
      value: c === 'c' ? '1.29.0' : '1.28.3',
      origin: 'explicit',
      source: 'input:kube-proxy-version',
    });
    const out = mergeAcrossClusters([finding('a', [given('a')]), finding('b', [given('b')]), finding('c', [given('c')])]);
    expect(out.map((r) => r.context)).toEqual(['a, b', 'c']);
  });
});

describe('evidence of a merged result', () => {
  it('lists each of many facts once, in the order first met, whatever order the clusters give them in', () => {
    const facts = Array.from({ length: 300 }, (_, i) => fact('service.externalIPs', `default/s${i}`, `apps/s${i}.yaml`, 3));
    const primary = fact('kubeProxy.mode', 'ipvs', 'platform/kube-proxy.yaml', 4);
    let seed = 11;
    const shuffled = () =>
      facts
        .map((f) => ({ f, k: (seed = (seed * 1103515245 + 12345) % 2 ** 31) }))
        .sort((x, y) => x.k - y.k)
        .map((x) => x.f);
    const order: Fact[] = [primary];
    const inputs = ['a', 'b', 'c', 'd'].map((c) => {
      const ev = [primary, ...shuffled().slice(0, 200)];
      for (const f of ev) if (!order.includes(f)) order.push(f);
      return finding(c, ev);
    });
    const [merged] = mergeAcrossClusters(inputs);
    expect(merged!.evidence).toEqual(order);
    expect(new Set(merged!.evidence).size).toBe(merged!.evidence.length);
  });
});

describe('results standing for the same clusters', () => {
  it('share one list of names and one context text; a result merged into later gets a list of its own', () => {
    const one = fact('calico.version', '3.26.1', 'platform/calico.yaml', 11);
    const two = fact('kubeProxy.mode', 'ipvs', 'platform/kube-proxy.yaml', 4);
    const merger = new ClusterMerger<Finding>();
    for (const c of ['a', 'b', 'c']) {
      merger.add(finding(c, [one], 'm1'));
      merger.add(finding(c, [two], 'm2'));
    }
    merger.add(finding('a', [two], 'm3'));
    merger.add(finding('c', [two], 'm3'));
    const [r1, r2, r3] = merger.results();
    expect([r1!.context, r2!.context, r3!.context]).toEqual(['a, b, c', 'a, b, c', 'a, c']);
    expect(r2!.clusters).toBe(r1!.clusters);
    expect(r3!.clusters).toEqual(['a', 'c']);
    merger.add(finding('d', [one], 'm1'));
    expect(r1!.clusters).toEqual(['a', 'b', 'c', 'd']);
    expect(r2!.clusters).toEqual(['a', 'b', 'c']);
  });
});

describe('a baseline of a result shared by several clusters', () => {
  const shared = fact('calico.version', '3.26.1', 'platform/calico.yaml', 11);

  it('the merged result keeps every cluster fingerprint, and the baseline written from it hides every copy next time', () => {
    const [merged] = mergeAcrossClusters([finding('a', [shared]), finding('b', [shared]), finding('c', [shared])]);
    expect(merged).toMatchObject({ context: 'a, b, c', fingerprint: 'fp-a' });
    expect([...merged!.fingerprints!]).toEqual(['fp-a', 'fp-b', 'fp-c']);
    const baseline = makeBaseline([merged!]);
    expect(baseline.findings.map((f) => f.fingerprint)).toEqual(['fp-a', 'fp-b', 'fp-c']);
    const next = [finding('a', [shared]), finding('b', [shared]), finding('c', [shared])];
    applyBaseline(next, baseline);
    expect(next.map((f) => f.filtered)).toEqual(['baseline', 'baseline', 'baseline']);
  });

  it('a result of one cluster has no fingerprints list', () => {
    expect(mergeAcrossClusters([finding('a', [shared])])[0]?.fingerprints).toBeUndefined();
  });
});
