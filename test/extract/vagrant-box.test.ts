import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vagrantBox } from '../../src/extract/vagrant-box.js';
import { testExtractor } from './tester.js';

testExtractor(vagrantBox, [
  {
    title:
      'each literal box is a node OS, once per box; machines of different boxes are a matrix: one node OS that is one of them, unknown with an unknown box',
    fixture: 'lab/Vagrantfile',
    facts: [{ name: 'node.os', value: 'one of centos-7, someone/custom-k8s, ubuntu-22.04', line: 5, column: 22, unresolved: true }],
    notes: {
      0: "the Vagrantfile's machines boot different boxes (centos/7, ubuntu/jammy64, someone/custom-k8s), a test matrix: the nodes run one of them",
    },
  },
  {
    title: 'a box taken from a Ruby array gives the boxes the array names: one of them, placed at the first',
    fixture: 'list/Vagrantfile',
    facts: [{ name: 'node.os', value: 'one of rocky-9, ubuntu-24.04', line: 1, column: 16 }],
  },
  {
    title: 'a box chosen at run time (a hash lookup) gives nothing',
    fixture: 'chosen/Vagrantfile',
    facts: [],
  },
]);

describe('vagrant-box before the matrix is formed', () => {
  it('the extractor itself gives each box once, at its own place (the context stage forms the matrix)', () => {
    const text = readFileSync(new URL('../fixtures/extract/vagrant-box/lab/Vagrantfile', import.meta.url), 'utf8');
    expect(vagrantBox.extract({ path: 'lab/Vagrantfile', text }).map((f) => `${f.value}@${f.place?.line}:${f.place?.column}`)).toEqual([
      'centos/7@5:22',
      'ubuntu/jammy64@12:20',
      'someone/custom-k8s@16:19',
    ]);
  });
});
