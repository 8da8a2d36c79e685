import { vagrantBox } from '../../src/extract/vagrant-box.js';
import { testExtractor } from './tester.js';

testExtractor(vagrantBox, [
  {
    title: 'each literal box is a node OS, once per box, placed at the name; a comment and an unknown box are not guessed',
    fixture: 'lab/Vagrantfile',
    facts: [
      { name: 'node.os', value: 'centos-7', line: 5, column: 22 },
      { name: 'node.os', value: 'ubuntu-22.04', line: 12, column: 20 },
      { name: 'node.os', value: 'someone/custom-k8s', line: 16, column: 19, unresolved: true },
    ],
    notes: {
      0: 'Vagrant box centos/7 → CentOS 7',
      2: 'Vagrant box someone/custom-k8s: not a box whose OS release is known',
    },
    raws: { 0: 'centos/7', 1: 'ubuntu/jammy64' },
  },
  {
    title: 'a box taken from a Ruby array gives each box the array names, at its own place',
    fixture: 'list/Vagrantfile',
    facts: [
      { name: 'node.os', value: 'ubuntu-24.04', line: 1, column: 16 },
      { name: 'node.os', value: 'rocky-9', line: 1, column: 60 },
    ],
  },
  {
    title: 'a box chosen at run time (a hash lookup) gives nothing',
    fixture: 'chosen/Vagrantfile',
    facts: [],
  },
]);
