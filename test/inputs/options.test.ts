import { describe, expect, it } from 'vitest';
import { explicitFacts, parseFailOn, parseFormat } from '../../src/inputs/options.js';
import { UsageError } from '../../src/inputs/usage-error.js';
import { reaches } from '../../src/model/gate.js';

/** The UsageError message a call throws (fails the test when it does not throw one). */
function usageError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('fail-on', () => {
  it.each([
    [undefined, 'high'],
    ['', 'high'],
    ['high', 'high'],
    [' Medium ', 'medium'],
    ['LOW', 'low'],
    ['none', 'none'],
  ] as const)('%j → %s', (v, want) => {
    expect(parseFailOn(v)).toBe(want);
  });

  it('names the bad value, the accepted ones and the likely one', () => {
    expect(usageError(() => parseFailOn('hgih'))).toBe('fail-on: "hgih" is not accepted (did you mean "high"?); expected one of high, medium, low, none');
  });

  it('offers no guess for a value far from every choice', () => {
    expect(usageError(() => parseFailOn('critical'))).toBe('fail-on: "critical" is not accepted; expected one of high, medium, low, none');
  });

  it('uses the flag name it is given', () => {
    expect(usageError(() => parseFailOn('sometimes', '--fail-on'))).toMatch(/^--fail-on: "sometimes" is not accepted/);
  });

  it('compares severities with the threshold', () => {
    expect(reaches('high', 'medium')).toBe(true);
    expect(reaches('low', 'medium')).toBe(false);
    expect(reaches('high', 'none')).toBe(false);
  });
});

describe('format', () => {
  it('accepts text, json, sarif in any case', () => {
    expect(parseFormat(undefined)).toBe('text');
    expect(parseFormat('SARIF')).toBe('sarif');
  });

  it('names the accepted formats', () => {
    expect(usageError(() => parseFormat('xml'))).toBe('format: "xml" is not accepted; expected one of text, json, sarif');
    expect(usageError(() => parseFormat('jsno'))).toBe('format: "jsno" is not accepted (did you mean "json"?); expected one of text, json, sarif');
  });
});

describe('explicit facts', () => {
  it('turns each input into an explicit fact with its source', () => {
    const facts = explicitFacts({
      'kubernetes-version': 'v1.28.7',
      'kube-proxy-mode': 'IPVS',
      'calico-version': '3.26.4',
      'node-os': 'centos-7.9',
      'kernel-version': '3.10.0-1160.el7.x86_64',
    });
    expect(facts).toEqual([
      { name: 'kubernetes.version', value: '1.28.7', raw: 'v1.28.7', origin: 'explicit', source: 'input:kubernetes-version' },
      { name: 'kubeProxy.mode', value: 'ipvs', raw: 'IPVS', origin: 'explicit', source: 'input:kube-proxy-mode' },
      { name: 'calico.version', value: '3.26.4', origin: 'explicit', source: 'input:calico-version' },
      { name: 'node.os', value: 'centos-7.9', origin: 'explicit', source: 'input:node-os', note: 'CentOS 7.9' },
      { name: 'node.kernel', value: '3.10.0-1160.el7.x86_64', origin: 'explicit', source: 'input:kernel-version' },
    ]);
  });

  it('gives nothing for empty inputs', () => {
    expect(explicitFacts({ 'node-os': '  ', 'kernel-version': '', facts: [' '] })).toEqual([]);
  });

  it('strips the architecture kubectl prints after a kernel', () => {
    const [k] = explicitFacts({ 'kernel-version': '5.15.0-1051-aws (amd64)' });
    expect(k).toMatchObject({ value: '5.15.0-1051-aws', raw: '5.15.0-1051-aws (amd64)' });
  });

  it.each(['3.10.0-1160.el7.x86_64', '5.15.0-1051-aws', '6.1', '6.12.74+deb13+1-cloud-amd64', '6.1.100+', '5.4.119-19-0009.11'])(
    'accepts kernel-version %s',
    (k) => {
      expect(explicitFacts({ 'kernel-version': k })[0]?.name).toBe('node.kernel');
    },
  );

  it('rejects a malformed kernel-version with examples', () => {
    expect(usageError(() => explicitFacts({ 'kernel-version': 'el7' }))).toBe(
      'kernel-version: "el7" is not accepted; expected a Linux kernel release as uname -r prints it, such as 3.10.0-1160.el7.x86_64, 5.15.0-1051-aws or 6.1',
    );
    expect(usageError(() => explicitFacts({ 'kernel-version': '3.10 .0' }))).toMatch(/^kernel-version: "3.10 .0" is not accepted/);
    expect(usageError(() => explicitFacts({ 'kernel-version': 'v5.15' }))).toMatch(/^kernel-version: "v5.15" is not accepted/);
  });

  it('rejects a Windows build number as a kernel', () => {
    expect(usageError(() => explicitFacts({ 'kernel-version': '10.0.17763.2300' }))).toBe(
      'kernel-version: "10.0.17763.2300" is not accepted; expected a Linux kernel release (this is a Windows build number; the rules concern Linux nodes)',
    );
  });

  it('rejects versions and modes with what is accepted', () => {
    expect(usageError(() => explicitFacts({ 'kubernetes-version': 'latest' }))).toBe(
      'kubernetes-version: "latest" is not accepted; expected a version such as 1.28.7 or v1.28.7',
    );
    expect(usageError(() => explicitFacts({ 'kube-proxy-mode': 'ipvz' }))).toBe(
      'kube-proxy-mode: "ipvz" is not accepted (did you mean "ipvs"?); expected one of iptables, ipvs, nftables',
    );
    expect(usageError(() => explicitFacts({ 'calico-version': '{{ calico_version }}' }))).toMatch(
      /^calico-version: "\{\{ calico_version \}\}" is not accepted; expected a version/,
    );
  });

  it('takes NAME=VALUE facts and rejects unknown names', () => {
    expect(explicitFacts({ facts: ['host.ipTablesModuleLoaded=true'] })).toEqual([
      { name: 'host.ipTablesModuleLoaded', value: 'true', raw: 'host.ipTablesModuleLoaded=true', origin: 'explicit', source: 'input:fact' },
    ]);
    expect(usageError(() => explicitFacts({ facts: ['host.bogus=1'] }))).toMatch(/^fact: "host.bogus=1" is not accepted; expected NAME=VALUE/);
    expect(usageError(() => explicitFacts({ facts: ['node.kernel='] }))).toMatch(/^fact: "node.kernel=" is not accepted/);
  });

  it('rejects a value a rule can never match for facts with a closed set of values', () => {
    // "maybe" used to be taken as is, and CAL-IPT-BACKEND-DETECT then silently evaluated to false.
    expect(usageError(() => explicitFacts({ facts: ['host.ipTablesModuleLoaded=maybe'] }))).toBe(
      'fact: "host.ipTablesModuleLoaded=maybe" is not accepted; expected host.ipTablesModuleLoaded=true|false',
    );
    expect(usageError(() => explicitFacts({ facts: ['host.iptablesBackend=nftables'] }))).toMatch(/expected host\.iptablesBackend=nft\|legacy$/);
    expect(usageError(() => explicitFacts({ facts: ['kubeProxy.mode=ebpf'] }))).toMatch(/expected kubeProxy\.mode=iptables\|ipvs\|nftables\|userspace$/);
    // KP-USERSPACE-REMOVED matches userspace, so --fact takes it (the kube-proxy-mode input does not).
    expect(explicitFacts({ facts: ['kubeProxy.mode=userspace', 'calico.nftablesMode=disabled'] }).map((f) => f.value)).toEqual(['userspace', 'Disabled']);
    expect(explicitFacts({ facts: ['host.nodeIpInterfaceMayChange=TRUE', 'calico.vxlanMode=crosssubnet'] }).map((f) => f.value)).toEqual([
      'true',
      'CrossSubnet',
    ]);
  });
});

describe('node-os errors', () => {
  it('lists the releases of a known distro', () => {
    expect(usageError(() => explicitFacts({ 'node-os': 'rocky-7' }))).toBe(
      'node-os: "rocky-7" is not accepted; expected a release of Rocky Linux in the OS table: rocky-{8,9,10}[.minor] (e.g. rocky-10 or rocky-10.0); or give kernel-version instead',
    );
  });

  it('asks for the version when only the distro is given', () => {
    expect(usageError(() => explicitFacts({ 'node-os': 'ubuntu' }))).toBe(
      'node-os: "ubuntu" is not accepted; expected a release of Ubuntu in the OS table: ubuntu-{14.04,16.04,18.04,20.04,22.04,24.04} (e.g. ubuntu-24.04); or give kernel-version instead',
    );
  });

  it('compacts runs of Kubernetes minors', () => {
    expect(usageError(() => explicitFacts({ 'node-os': 'eks-al2-1.33' }))).toContain('eks-al2-{1.10…1.32}');
  });

  it('lists the distros for an unknown one', () => {
    const msg = usageError(() => explicitFacts({ 'node-os': 'fedora-40' }));
    expect(msg).toMatch(
      /^node-os: "fedora-40" is not accepted; expected <distro>-<version> with distro one of centos, centos-stream, rhel, rocky, almalinux, rhcos, oracle-linux, oracle-linux-rhck, ubuntu, /,
    );
    expect(msg).toContain(', kylin, uos, anolis, tencentos, alinux (e.g. rocky-8.9, ubuntu-22.04, debian-12); or give kernel-version instead');
  });

  it('guesses a mistyped distro', () => {
    expect(usageError(() => explicitFacts({ 'node-os': 'debain-12' }))).toMatch(
      /^node-os: "debain-12" is not accepted \(did you mean "debian-12"\?\); expected <distro>-<version>/,
    );
    expect(usageError(() => explicitFacts({ 'node-os': 'rocky-linx-9' }))).toBe(
      'node-os: "rocky-linx-9" is not accepted (did you mean "rocky-linux-9"?); expected a release of Rocky Linux in the OS table: rocky-{8,9,10}[.minor] (e.g. rocky-10 or rocky-10.0); or give kernel-version instead',
    );
  });

  it('does not guess for something unrelated', () => {
    expect(usageError(() => explicitFacts({ 'node-os': 'windows-2019' }))).toMatch(/^node-os: "windows-2019" is not accepted; expected <distro>-<version>/);
  });
});
