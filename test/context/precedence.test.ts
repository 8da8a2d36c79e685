import { describe, expect, it } from 'vitest';
import { applyDerivations } from '../../src/context/derive.js';
import { applyPrecedence } from '../../src/context/precedence.js';
import { explicitFacts } from '../../src/inputs/options.js';
import type { Fact, FactName } from '../../src/model/fact.js';

function repo(name: FactName, value: string, line: number): Fact {
  return { name, value, origin: 'repository', source: 'test', place: { file: 'cluster/kubeadm.yaml', line, column: 7 } };
}

describe('explicit > repository > default', () => {
  it('replaces every repository value of a fact an input gives, and returns them', () => {
    const a = repo('kubernetes.version', '1.27.3', 4);
    const b = repo('kubernetes.version', '1.28.0', 40);
    const mode = repo('kubeProxy.mode', 'ipvs', 12);
    const [k8s] = explicitFacts({ 'kubernetes-version': '1.29.2' });
    const { facts, overridden } = applyPrecedence([a, mode, b, k8s!]);
    expect(facts).toEqual([mode, k8s]);
    expect(overridden).toEqual([a, b]);
  });

  it('lets an explicit OS replace the repository kernel and backend it would contradict', () => {
    const os = repo('node.os', 'ubuntu-22.04', 3);
    const kernel = repo('node.kernel', '5.15.0-1051-aws', 4);
    const backend = repo('host.iptablesBackend', 'nft', 5);
    const input = explicitFacts({ 'node-os': 'centos-7.9' });
    const { facts, overridden } = applyPrecedence([os, kernel, backend, ...input]);
    expect(overridden).toEqual([os, kernel, backend]);
    const derived = applyDerivations(facts);
    expect(derived.filter((f) => f.name === 'node.kernel').map((f) => [f.value, f.note])).toEqual([
      ['3.10.0-1160.el7.x86_64', 'CentOS 7.9 default kernel 3.10'],
    ]);
    expect(derived.filter((f) => f.name === 'host.iptablesBackend').map((f) => f.value)).toEqual(['legacy']);
  });

  it('keeps an explicit kernel next to an explicit OS', () => {
    const kernel = repo('node.kernel', '3.10.0-957.el7.x86_64', 4);
    const input = explicitFacts({ 'node-os': 'centos-7.9', 'kernel-version': '5.4.143-1.el7.elrepo.x86_64' });
    const { facts, overridden } = applyPrecedence([kernel, ...input]);
    expect(overridden).toEqual([kernel]);
    const out = applyDerivations(facts);
    expect(out.filter((f) => f.name === 'node.kernel').map((f) => [f.value, f.origin])).toEqual([['5.4.143-1.el7.elrepo.x86_64', 'explicit']]);
  });

  it('does not let an explicit kernel replace the repository OS', () => {
    const os = repo('node.os', 'rocky-8.9', 3);
    const input = explicitFacts({ 'kernel-version': '5.14.0-427.13.1.el9_4.x86_64' });
    const { facts, overridden } = applyPrecedence([os, ...input]);
    expect(overridden).toEqual([]);
    const out = applyDerivations(facts);
    expect(out.filter((f) => f.name === 'node.kernel').map((f) => f.origin)).toEqual(['explicit']);
    expect(out.filter((f) => f.name === 'host.iptablesBackend').map((f) => [f.value, f.source])).toEqual([['nft', 'derive:backend-from-os']]);
  });

  it('drops a default where anything else gives the fact, and keeps it otherwise', () => {
    const dflt: Fact = { name: 'kubeProxy.mode', value: 'iptables', origin: 'default', source: 'default:kube-proxy' };
    const real = repo('kubeProxy.mode', 'ipvs', 9);
    expect(applyPrecedence([dflt, real])).toEqual({ facts: [real], overridden: [] });
    expect(applyPrecedence([dflt])).toEqual({ facts: [dflt], overridden: [] });
  });
});

describe('an unresolved value another reading resolved', () => {
  const at = (line: number, column: number, endColumn: number) => ({ file: 'scripts/master.sh', line, column, endLine: line, endColumn });
  const url = 'https://example.test/calico/v${CALICO_VERSION}/manifests/calico.yaml';
  const unresolved: Fact = {
    name: 'calico.version',
    value: url,
    unresolved: true,
    origin: 'repository',
    source: 'install-script',
    place: at(9, 6, 6 + url.length),
  };

  it('drops the unresolved fact whose written text holds the resolved one (same name, file and line)', () => {
    const resolved: Fact = { name: 'calico.version', value: '3.26.0', origin: 'repository', source: 'vagrant-provision', place: at(9, 34, 52) };
    expect(applyPrecedence([unresolved, resolved]).facts).toEqual([resolved]);
  });

  it('keeps it when the resolved fact stands elsewhere: before it, after its end, on another line, or is another fact', () => {
    const before: Fact = { name: 'calico.version', value: '3.26.0', origin: 'repository', source: 't', place: at(9, 5, 9) };
    const after: Fact = { name: 'calico.version', value: '3.26.0', origin: 'repository', source: 't', place: at(9, 6 + url.length, 80) };
    const other: Fact = { name: 'calico.version', value: '3.26.0', origin: 'repository', source: 't', place: at(10, 34, 52) };
    const kc: Fact = { name: 'calico.kubeControllersVersion', value: '3.26.0', origin: 'repository', source: 't', place: at(9, 34, 52) };
    for (const f of [before, after, other, kc]) expect(applyPrecedence([unresolved, f]).facts).toEqual([unresolved, f]);
  });
});
