import { describe, expect, it } from 'vitest';
import { conditionLines } from '../../src/report/condition-text.js';
import { factLines } from '../../src/report/fact-text.js';

describe('conditionLines', () => {
  it('renders nested all / any / not with one leaf per line', () => {
    expect(
      conditionLines(
        {
          all: [
            { fact: 'kubeProxy.mode', in: ['ipvs', 'iptables'] },
            { any: [{ fact: 'node.kernel', kernel: '<4.1.0' }, { not: { fact: 'calico.iptablesBackend', present: true } }] },
            { fact: 'kubeProxy.image', matches: '^registry\\.k8s\\.io/' },
          ],
        },
        '  ',
      ),
    ).toEqual([
      '  all of:',
      '    - kubeProxy.mode is one of ipvs, iptables',
      '    - any of:',
      '        - node.kernel in <4.1.0 (compared as major.minor)',
      '        - not: calico.iptablesBackend is set',
      '    - kubeProxy.image matches /^registry\\.k8s\\.io//',
    ]);
  });

  it('flattens a group of one', () => {
    expect(conditionLines({ any: [{ fact: 'calico.version', version: '<3.29.0' }] })).toEqual(['calico.version in <3.29.0']);
  });
});

describe('factLines', () => {
  it("puts the place before a default's explanation, and names the flag of an explicit value", () => {
    expect(
      factLines(
        { name: 'kubeProxy.mode', value: 'iptables', origin: 'default', source: 'x', note: 'mode is ""', place: { file: 'kp.yaml', line: 11, column: 11 } },
        '',
      ),
    ).toEqual(['kubeProxy.mode = iptables  at kp.yaml:11:11 (default: mode is "")']);
    expect(
      factLines({ name: 'kubeProxy.mode', value: 'ipvs', origin: 'explicit', source: 'input:kube-proxy-mode' }, '', { inputName: (n) => `input ${n}` }),
    ).toEqual(['kubeProxy.mode = ipvs  given by input kube-proxy-mode']);
  });
});
