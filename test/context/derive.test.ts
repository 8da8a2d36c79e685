import { describe, expect, it } from 'vitest';
import { applyDerivations } from '../../src/context/derive.js';
import { satisfiesKernel } from '../../src/evaluate/versions.js';
import type { Fact, FactName } from '../../src/model/fact.js';

function repo(name: FactName, value: string, line: number, extra: Partial<Fact> = {}): Fact {
  return { name, value, origin: 'repository', source: 'test', place: { file: 'inventory/group_vars/all.yml', line, column: 3 }, ...extra };
}

const of = (facts: Fact[], name: FactName): Fact[] => facts.filter((f) => f.name === name);

describe('kernel and backend from the node OS', () => {
  it('derives the default kernel with the note people read', () => {
    const os = repo('node.os', 'rocky-8.9', 4);
    const out = applyDerivations([os]);
    expect(of(out, 'node.kernel')).toEqual([
      {
        name: 'node.kernel',
        value: '4.18.0-513.el8_9.x86_64',
        origin: 'derived',
        source: 'derive:kernel-from-os',
        note: 'Rocky Linux 8.9 default kernel 4.18',
        derivedFrom: [os],
      },
    ]);
    expect(of(out, 'host.iptablesBackend')).toEqual([
      {
        name: 'host.iptablesBackend',
        value: 'nft',
        origin: 'derived',
        source: 'derive:backend-from-os',
        note: 'Rocky Linux 8.9 uses iptables-nft',
        derivedFrom: [os],
      },
    ]);
  });

  it('gives a kernel the engine compares as the table major.minor', () => {
    const [kernel] = of(applyDerivations([repo('node.os', 'rocky-8', 4)]), 'node.kernel');
    expect(kernel?.value).toBe('4.18.0-x.el8.x86_64');
    expect(satisfiesKernel(kernel!.value, '<5.7.0')).toBe('true');
    expect(satisfiesKernel(kernel!.value, '>=4.1.0 <5.9.0')).toBe('true');
    expect(satisfiesKernel(kernel!.value, '<4.1.0')).toBe('false');
  });

  it('uses the bare major.minor where the table has no kernel string', () => {
    const [kernel] = of(applyDerivations([repo('node.os', 'ubuntu-22.04', 2)]), 'node.kernel');
    expect(kernel).toMatchObject({ value: '5.15', note: 'Ubuntu 22.04 default kernel 5.15 (UNVERIFIED)' });
  });

  it('leaves the backend open where the table does', () => {
    const out = applyDerivations([repo('node.os', 'flatcar-4459', 2)]);
    expect(of(out, 'node.kernel').map((f) => f.value)).toEqual(['6.12.74-flatcar']);
    expect(of(out, 'host.iptablesBackend')).toEqual([]);
  });

  it('keeps a kernel the repository or an input gives', () => {
    const os = repo('node.os', 'centos-7.9', 2);
    const kernel = repo('node.kernel', '5.4.143-1.el7.elrepo.x86_64', 3);
    const out = applyDerivations([os, kernel]);
    expect(of(out, 'node.kernel')).toEqual([kernel]);
    // The backend is a property of the userland, which the OS still tells.
    expect(of(out, 'host.iptablesBackend').map((f) => [f.value, f.source])).toEqual([['legacy', 'derive:backend-from-os']]);
  });

  it('derives one kernel and one backend per OS value', () => {
    const out = applyDerivations([repo('node.os', 'centos-7.9', 2), repo('node.os', 'debian-12', 9)]);
    expect(of(out, 'node.kernel').map((f) => f.value)).toEqual(['3.10.0-1160.el7.x86_64', '6.1.0-13-amd64']);
    expect(of(out, 'host.iptablesBackend').map((f) => f.value)).toEqual(['legacy', 'nft']);
  });

  it('derives nothing from an unresolved or unknown OS', () => {
    expect(applyDerivations([repo('node.os', '{{ os }}', 2, { unresolved: true })])).toHaveLength(1);
    expect(applyDerivations([repo('node.os', 'ubuntu-26.04', 2)])).toHaveLength(1);
    expect(applyDerivations([repo('node.os', 'flatcar', 2)])).toHaveLength(1);
  });
});

describe('backend from an Enterprise Linux kernel', () => {
  it.each([
    ['3.10.0-1160.el7.x86_64', 'legacy', 'kernel 3.10.0-1160.el7.x86_64 is an EL7 build; EL7 hosts use iptables-legacy'],
    ['4.18.0-513.el8_9.x86_64', 'nft', 'kernel 4.18.0-513.el8_9.x86_64 is an EL8 build; EL8 hosts use iptables-nft'],
    ['5.14.0-427.13.1.el9_4.x86_64', 'nft', 'kernel 5.14.0-427.13.1.el9_4.x86_64 is an EL9 build; EL9 hosts use iptables-nft'],
    ['5.4.17-2136.306.1.3.el7uek.x86_64', 'legacy', 'kernel 5.4.17-2136.306.1.3.el7uek.x86_64 is an EL7 build; EL7 hosts use iptables-legacy'],
    ['5.4.143-1.el7.elrepo.x86_64', 'legacy', 'kernel 5.4.143-1.el7.elrepo.x86_64 is an EL7 build; EL7 hosts use iptables-legacy'],
  ])('%s → %s', (k, backend, note) => {
    const kernel: Fact = { name: 'node.kernel', value: k, origin: 'explicit', source: 'input:kernel-version' };
    expect(of(applyDerivations([kernel]), 'host.iptablesBackend')).toEqual([
      { name: 'host.iptablesBackend', value: backend, origin: 'derived', source: 'derive:backend-from-kernel', note, derivedFrom: [kernel] },
    ]);
  });

  it.each(['5.15.0-1051-aws', '6.1.0-13-amd64', '6.12.40-64.114.amzn2023.x86_64', '4.18'])('says nothing for %s', (k) => {
    expect(applyDerivations([{ name: 'node.kernel', value: k, origin: 'explicit', source: 'input:kernel-version' }])).toHaveLength(1);
  });

  it('yields to a backend the repository gives', () => {
    const backend = repo('host.iptablesBackend', 'legacy', 5);
    const out = applyDerivations([repo('node.kernel', '4.18.0-513.el8_9.x86_64', 4), backend]);
    expect(of(out, 'host.iptablesBackend')).toEqual([backend]);
  });
});
