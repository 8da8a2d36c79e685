/**
 * Issue 15 item 1: grouping and glob matching must not multiply by cluster count, and brace patterns
 * are capped. Built here: thousands of clusters and facts, no files in the repository.
 */
import { describe, expect, it } from 'vitest';
import { clustersFromConfig, clustersFromDefinitions, groupFacts, literalPrefix } from '../../src/context/group.js';
import { checkGlobs, braceExpansions } from '../../src/inputs/globs.js';
import { parseConfig } from '../../src/inputs/config.js';
import type { Fact } from '../../src/model/fact.js';

const fact = (file: string, name = 'kubeProxy.mode', value = 'ipvs'): Fact =>
  ({ name, value, origin: 'repository', source: 't', place: { file, line: 1, column: 1 } }) as Fact;

describe('grouping', () => {
  it('5,000 config clusters and 20,000 facts group with each glob compiled once', () => {
    const clusters = Array.from({ length: 5000 }, (_, i) => ({ name: `c${i}`, paths: [`clusters/c${i}/**`], explicit: [] }));
    const facts = Array.from({ length: 20_000 }, (_, i) => fact(`clusters/c${i % 5000}/f${i}.yaml`));
    facts.push(fact('shared/net.yaml'));
    const groups = groupFacts(facts, clustersFromConfig(clusters));
    expect(groups).toHaveLength(5000);
    expect(groups[42]!.facts.map((f) => f.place!.file)).toEqual([
      'clusters/c42/f42.yaml',
      'clusters/c42/f5042.yaml',
      'clusters/c42/f10042.yaml',
      'clusters/c42/f15042.yaml',
      'shared/net.yaml',
    ]);
  });

  it('the first matching cluster still wins when globs overlap', () => {
    const specs = clustersFromConfig([
      { name: 'all', paths: ['**/prod/**'], explicit: [] },
      { name: 'a', paths: ['clusters/a'], explicit: [] },
    ]);
    const groups = groupFacts([fact('clusters/a/prod/x.yaml'), fact('clusters/a/y.yaml')], specs);
    expect(groups.map((g) => g.facts.map((f) => f.place!.file))).toEqual([['clusters/a/prod/x.yaml'], ['clusters/a/y.yaml']]);
    expect(literalPrefix('clusters/{a,b}/x')).toBe('clusters');
    expect(literalPrefix('./clusters/prod/**')).toBe('clusters/prod');
  });

  it('800 cluster folders from definitions', () => {
    const defs = Array.from(
      { length: 800 },
      (_, i) => ({ ...fact(`clusters/c${i}/kubeadm.yaml`, 'cluster.definition', `clusters/c${i}`), note: 'kubeadm' }) as Fact,
    );
    const facts = [...defs, ...Array.from({ length: 8000 }, (_, i) => fact(`clusters/c${i % 800}/x${i}.yaml`))];
    const groups = groupFacts(facts, clustersFromDefinitions(facts));
    expect(groups).toHaveLength(800);
    expect(groups.every((g) => g.facts.length === 11)).toBe(true);
  });
});

describe('brace expansion', () => {
  it('is counted without expanding, and capped', () => {
    expect(braceExpansions('a/{b,c}/{d,e,f}')).toBe(6);
    expect(braceExpansions('{a,{b,c}}')).toBe(3);
    expect(braceExpansions('{a,b}'.repeat(16))).toBe(65);
    expect(() => checkGlobs('include', ['{a,b}'.repeat(16)])).toThrow(/expand to at most 64 patterns/);
    expect(() => checkGlobs('include', ['../../x/*.yaml'])).toThrow(/no \.\. segment/);
    expect(() => checkGlobs('include', ['/etc/*'])).toThrow(/no leading/);
    expect(() => checkGlobs('include', ['clusters/**/*.yaml', '{a,b}/*.yml'])).not.toThrow();
  });

  it('in a config cluster path or ignore path is a usage error with the line', () => {
    const bomb = '{a,b}'.repeat(16);
    expect(() => parseConfig(`clusters:\n  - name: x\n    paths: ["${bomb}"]\n`, '.netcompat.yaml')).toThrow(/^\.netcompat\.yaml:3: path .* is too complex/);
    expect(() => parseConfig(`ignore:\n  - rule: KP-X\n    reason: known and tracked in TICKET-1\n    paths: ["${bomb}"]\n`, '.netcompat.yaml')).toThrow(
      /^\.netcompat\.yaml:4: path/,
    );
  });
});
