import { describe, expect, it } from 'vitest';
import { conflictDiagnostics, findConflicts, listed, othersText, type Conflict } from '../../src/context/conflicts.js';
import type { ClusterContext } from '../../src/context/types.js';
import type { Fact } from '../../src/model/fact.js';
import type { Place } from '../../src/model/place.js';
import { basedPlaceText } from '../../src/model/place-base.js';

// Conflicts from shared platform files are the same in every cluster that takes them: said once, with
// lists a person can read (issue 11: the report stays bounded when many clusters share files).
const at = (file: string, line = 11): Place => ({ file, line, column: 18 });
const platform = ['a', 'b', 'c', 'd', 'e'].map((n) => at(`infra/calico/${n}/calico-node.yaml`));
const sharedValues = (): Conflict['values'] => [
  { value: '3.26.1', places: platform.slice(0, 5) },
  { value: '3.28.0', places: [at('infra/calico/west/calico-node.yaml')] },
];
const conflict = (context: string, values = sharedValues()): Conflict => ({ context, fact: 'calico.version', values });

describe('conflict diagnostics', () => {
  it('an identical conflict in five clusters is one diagnostic naming three of them and counting the rest', () => {
    const ds = conflictDiagnostics(
      ['c1', 'c2', 'c3', 'c4', 'c5'].map((c) => conflict(c)),
      true,
    );
    expect(ds).toHaveLength(1);
    expect(ds[0]!.message).toBe(
      'conflict in 5 clusters (c1, c2, c3, +2 more): calico.version has 2 values: ' +
        '3.26.1 at infra/calico/a/calico-node.yaml:11:18, infra/calico/b/calico-node.yaml:11:18, infra/calico/c/calico-node.yaml:11:18 (+2 more); ' +
        '3.28.0 at infra/calico/west/calico-node.yaml:11:18. Rules are checked against each, so a finding may rest on a stale one. ' +
        'Resolve it: exclude the stale file (one of infra/calico/a/calico-node.yaml, infra/calico/b/calico-node.yaml, infra/calico/c/calico-node.yaml (+3 more); ' +
        '--exclude, or the exclude input), or split the clusters in the config file (clusters: [{name, paths}]) if these are different clusters.',
    );
    expect(ds[0]!.place).toEqual(platform[0]);
    // The structured form keeps every place and every cluster.
    expect(ds[0]!.conflict).toEqual({ fact: 'calico.version', values: sharedValues(), clusters: ['c1', 'c2', 'c3', 'c4', 'c5'] });
  });

  it('a conflict that differs in one cluster (a value of its own) stays separate; equal ones still merge', () => {
    const own = [{ value: '3.27.0', places: [at('clusters/c2/calico.yaml', 4)] }, ...sharedValues()];
    const ds = conflictDiagnostics([conflict('c1'), conflict('c2', own), conflict('c3')], true);
    expect(ds.map((d) => d.message.slice(0, d.message.indexOf(':'))).sort()).toEqual(['conflict in 2 clusters (c1, c3)', 'conflict in cluster c2']);
    expect(ds.map((d) => d.conflict?.clusters)).toEqual([['c1', 'c3'], ['c2']]);
  });

  it('the same values at different places are different conflicts', () => {
    const moved = sharedValues();
    moved[1] = { value: '3.28.0', places: [at('infra/calico/west/calico-node.yaml', 12)] };
    expect(conflictDiagnostics([conflict('c1'), conflict('c2', moved)], true)).toHaveLength(2);
  });

  it('two clusters are both named, without a count; one cluster in a repository of one names none', () => {
    expect(conflictDiagnostics([conflict('c1'), conflict('c2')], true)[0]!.message).toMatch(
      /^conflict in 2 clusters \(c1, c2\): calico\.version has 2 values: /,
    );
    const [one] = conflictDiagnostics([conflict('repository')], false);
    expect(one!.message).toMatch(/^conflict: calico\.version has 2 values: /);
    expect(one!.conflict).toEqual({ fact: 'calico.version', values: sharedValues() });
  });

  it('an explicit value without a place, and a single file, read as before', () => {
    const ds = conflictDiagnostics(
      [
        conflict('repository', [
          { value: '3.26.1', places: [] },
          { value: '3.28.0', places: [at('calico.yaml', 2)] },
        ]),
      ],
      false,
    );
    expect(ds[0]!.message).toBe(
      'conflict: calico.version has 2 values: 3.26.1 at an explicit input; 3.28.0 at calico.yaml:2:18. Rules are checked against each, so a finding may rest on a stale one. ' +
        'Resolve it: exclude the stale file (calico.yaml; --exclude, or the exclude input), or split the clusters in the config file (clusters: [{name, paths}]) if these are different clusters.',
    );
    expect(ds[0]!.place).toEqual(at('calico.yaml', 2));
  });

  it('under a place base: places read as the rebased places, the files to exclude stay under the scanned directory', () => {
    const values = [
      { value: '3.26.1', places: [at('bootstrap/calico.yaml', 2)] },
      { value: '3.28.0', places: [at('../flux/calico.yaml', 7)] },
    ];
    const [d] = conflictDiagnostics([conflict('repository', values)], false, basedPlaceText('clusters/prod'));
    expect(d!.message).toBe(
      'conflict: calico.version has 2 values: 3.26.1 at clusters/prod/bootstrap/calico.yaml:2:18; 3.28.0 at clusters/flux/calico.yaml:7:18. Rules are checked against each, so a finding may rest on a stale one. ' +
        'Resolve it: exclude the stale file (one of bootstrap/calico.yaml, ../flux/calico.yaml; --exclude, or the exclude input, relative to the scanned directory), or split the clusters in the config file (clusters: [{name, paths}]) if these are different clusters.',
    );
    // The place object itself is rebased later, with every other place (withPlaceBase).
    expect(d!.place).toEqual(at('bootstrap/calico.yaml', 2));
    expect(othersText(conflict('repository', values), '3.26.1', basedPlaceText('clusters/prod'))).toBe(
      'calico.version is also 3.28.0 at clusters/flux/calico.yaml:7:18',
    );
  });
});

describe('the conflict note on a result', () => {
  it('names the other values with three places each and counts the rest', () => {
    expect(othersText(conflict('c1'), '3.28.0')).toBe(
      'calico.version is also 3.26.1 at infra/calico/a/calico-node.yaml:11:18, infra/calico/b/calico-node.yaml:11:18, infra/calico/c/calico-node.yaml:11:18 (+2 more)',
    );
    const three = [...sharedValues(), { value: '3.19.1', places: platform.slice(0, 3) }];
    expect(othersText(conflict('c1', three), '3.28.0')).toBe(
      'calico.version is also 3.26.1 at infra/calico/a/calico-node.yaml:11:18, infra/calico/b/calico-node.yaml:11:18, infra/calico/c/calico-node.yaml:11:18 (+2 more) ' +
        'and 3.19.1 at infra/calico/a/calico-node.yaml:11:18, infra/calico/b/calico-node.yaml:11:18, infra/calico/c/calico-node.yaml:11:18',
    );
  });

  it('listed: three items whole, a fourth counted', () => {
    expect(listed(['a', 'b', 'c'])).toBe('a, b, c');
    expect(listed(['a', 'b', 'c', 'd'])).toBe('a, b, c (+1 more)');
    expect(listed([])).toBe('');
  });
});

describe('conflicts found per cluster', () => {
  it('list the places of shared files once for every cluster that takes them, each place once per value', () => {
    const fact = (value: string, p: Place): Fact => ({ name: 'calico.version', value, origin: 'repository', source: 'test', place: p });
    const shared = platform.map((p) => fact('3.26.1', p));
    // The same file and line read twice (two objects): one place.
    const again = fact('3.26.1', { ...platform[0]! });
    const ctx = (name: string, own: Fact[]): ClusterContext => ({ name, formedBy: 'x', facts: [...shared, again, ...own], overridden: [] });
    const [c1, c2, c3] = findConflicts([
      ctx('c1', [fact('3.28.0', at('clusters/c1/calico.yaml', 4))]),
      ctx('c2', [fact('3.27.0', at('clusters/c2/calico.yaml', 4))]),
      ctx('c3', [fact('3.26.1', at('clusters/c3/calico.yaml', 4)), fact('3.27.0', at('clusters/c3/calico.yaml', 9))]),
    ]);
    expect(c1!.values.map((v) => [v.value, v.places.length])).toEqual([
      ['3.26.1', 5],
      ['3.28.0', 1],
    ]);
    expect(c1!.values[0]!.places).toEqual(platform);
    // One array for the shared files' places; a list with a cluster's own place is its own.
    expect(c2!.values[0]!.places).toBe(c1!.values[0]!.places);
    expect(c3!.values[0]!.places).not.toBe(c1!.values[0]!.places);
    expect(c3!.values[0]!.places).toHaveLength(6);
  });
});
