import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseKernel } from '../../src/knowledge/kernel.js';
import { acceptedOsSpecs, explainOsSpec, lookupOs, osTable } from '../../src/knowledge/os-table.js';

interface Expected {
  spec: string;
  kernel: string;
  kernelString?: string;
  backend: 'legacy' | 'nft' | null;
  label?: string;
}

const expected = parse(readFileSync(new URL('../fixtures/knowledge/os-kernels-expected.yaml', import.meta.url), 'utf8')) as Expected[];

describe('data/os-kernels.yaml against os-kernels.md §1', () => {
  it.each(expected.map((e) => [e.spec, e] as const))('%s', (spec, e) => {
    const r = lookupOs(spec);
    expect(r, spec).toBeDefined();
    expect(r!.kernel).toBe(e.kernel);
    if (e.kernelString) expect(r!.kernelString).toBe(e.kernelString);
    expect(r!.iptablesBackend ?? null).toBe(e.backend);
    if (e.label) expect(r!.label).toBe(e.label);
  });

  it('covers every distro of the table', () => {
    const tested = new Set(expected.map((e) => lookupOs(e.spec)?.distro));
    expect(
      osTable()
        .map((d) => d.id)
        .filter((id) => !tested.has(id)),
    ).toEqual([]);
  });
});

describe('table integrity', () => {
  const table = osTable();

  it('has unique ids and aliases, and unique versions per distro', () => {
    const names = table.flatMap((d) => [d.id, ...(d.aliases ?? [])]);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    for (const d of table) {
      const versions = d.releases.map((r) => r.version);
      expect(
        versions.filter((v, i) => versions.indexOf(v) !== i),
        d.id,
      ).toEqual([]);
    }
  });

  it('gives every row a kernelString whose major.minor is its kernel', () => {
    for (const d of table) {
      for (const r of d.releases.filter((x) => x.kernelString)) {
        const k = parseKernel(r.kernelString!);
        expect(k && `${k.major}.${k.minor}`, `${d.id}-${r.version}`).toBe(r.kernel);
      }
    }
  });

  it('gives every Enterprise Linux row an .elN kernel string', () => {
    const el = ['centos', 'centos-stream', 'rhel', 'rocky', 'almalinux', 'rhcos', 'oracle-linux', 'oracle-linux-rhck'];
    for (const d of table.filter((x) => el.includes(x.id))) {
      for (const r of d.releases) {
        const major = d.id === 'rhcos' ? (r.kernel === '4.18' ? '8' : '9') : r.version.split('.')[0];
        expect(r.kernelString, `${d.id}-${r.version}`).toMatch(new RegExp(`\\.el${major}(uek|_\\d+)?\\.x86_64$`));
      }
    }
  });

  it('marks the rows the research calls UNVERIFIED', () => {
    expect(lookupOs('rhel-9.8')?.verified).toBe(false);
    expect(lookupOs('rhel-10.2')?.verified).toBe(false);
    expect(lookupOs('bottlerocket-1.36')?.verified).toBe(false);
    expect(lookupOs('anolis-7')?.verified).toBe(false);
    expect(lookupOs('rhel-9.7')?.verified).toBe(true);
    expect(lookupOs('debian-12')?.verified).toBe(true);
  });

  it('marks backends the research does not state', () => {
    expect(lookupOs('rocky-8.9')?.backendVerified).toBeUndefined();
    expect(lookupOs('debian-10')?.backendVerified).toBeUndefined();
    expect(lookupOs('amazon-linux-2')?.backendVerified).toBe(false);
    expect(lookupOs('oracle-linux-8.9')?.backendVerified).toBe(false);
  });

  it('carries the distro references on every release', () => {
    const r = lookupOs('centos-7.9')!;
    expect(r.references).toContain('https://access.redhat.com/articles/3078');
    expect(r.references.some((x) => x.startsWith('os-kernels.md §1'))).toBe(true);
    const eks = lookupOs('eks-al2-1.24')!;
    expect(eks.references).toContain('https://github.com/awslabs/amazon-eks-ami/pull/1728');
  });
});

describe('lookupOs spellings', () => {
  const cases: [string, string, string][] = [
    ['Rocky Linux 9.4', 'rocky', '9.4'],
    ['rockylinux-8', 'rocky', '8'],
    ['  CentOS_7.9 ', 'centos', '7.9'],
    ['ubuntu-22.04.5-lts', 'ubuntu', '22.04.5'],
    ['Ubuntu 22.04 LTS', 'ubuntu', '22.04'],
    ['sles-15-sp5', 'sles', '15.5'],
    ['SLES 15 SP6', 'sles', '15.6'],
    ['openeuler-22.03-lts-sp4', 'openeuler', '22.03.4'],
    ['kylin-v10', 'kylin', '10'],
    ['Kylin V10 SP3', 'kylin', '10.3'],
    ['talos-v1.8.2', 'talos', '1.8.2'],
    ['flatcar-4459.2.4', 'flatcar', '4459.2.4'],
    ['cos-117-18613-75-37', 'cos', '117'],
    ['amazon-2', 'amazon-linux', '2'],
    ['amazon-2023', 'amazon-linux', '2023'],
    ['amazon-eks-node-1.28-v20240213', 'eks-al2', '1.28'],
    ['eks-al2-1.28.3', 'eks-al2', '1.28.3'],
    ['bottlerocket-aws-k8s-1.30', 'bottlerocket', '1.30'],
    ['ol-8.9', 'oracle-linux', '8.9'],
    ['alibaba-cloud-linux-3', 'alinux', '3'],
  ];
  it.each(cases)('%s → %s %s', (spec, distro, requested) => {
    const r = lookupOs(spec);
    expect(r?.distro).toBe(distro);
    expect(r?.requested).toBe(requested);
  });

  it('takes the exact row before the major row', () => {
    expect(lookupOs('rocky-8.9')?.kernelString).toBe('4.18.0-513.el8_9.x86_64');
    expect(lookupOs('rocky-8')?.kernelString).toBe('4.18.0-x.el8.x86_64');
    // 8.11 has no row of its own: the "8" row covers it.
    expect(lookupOs('rocky-8.11')).toMatchObject({ kernel: '4.18', kernelString: '4.18.0-x.el8.x86_64', label: 'Rocky Linux 8.11' });
  });

  it('prefers the longest distro id', () => {
    expect(lookupOs('centos-stream-9')?.distro).toBe('centos-stream');
    expect(lookupOs('oracle-linux-rhck-8')?.distro).toBe('oracle-linux-rhck');
    expect(lookupOs('amazon-linux-2-kernel-5.10')?.distro).toBe('amazon-linux-2-kernel');
    expect(lookupOs('ubuntu-hwe-22.04')?.distro).toBe('ubuntu-hwe');
  });

  it.each(['rocky-7', 'rocky', 'windows-2019', '', '8.9', 'centos-9', 'eks-al2-1.33', 'flatcar-stable', 'ubuntu-22.10', 'rhcos-4'])(
    'does not resolve %j',
    (spec) => {
      expect(lookupOs(spec)).toBeUndefined();
    },
  );
});

describe('accepted specs for messages', () => {
  it('lists each distro once, compactly', () => {
    const specs = acceptedOsSpecs();
    expect(specs).toHaveLength(osTable().length);
    expect(specs).toContain('rhel-{7,8,9,10}[.minor]');
    expect(specs).toContain('centos-{7,8}[.minor]');
    expect(specs).toContain('eks-al2-{1.10…1.32}');
    expect(specs).toContain('kylin-10');
    expect(specs).toContain('debian-{8,9,10,11,12,13}');
    expect(specs).toContain('ubuntu-{14.04,16.04,18.04,20.04,22.04,24.04}');
  });

  it('explains a known distro with an unknown release', () => {
    expect(explainOsSpec('rocky-7')).toBe(
      'a release of Rocky Linux in the OS table: rocky-{8,9,10}[.minor] (e.g. rocky-10 or rocky-10.0); or give kernel-version instead',
    );
    expect(explainOsSpec('debian')).toBe('a release of Debian in the OS table: debian-{8,9,10,11,12,13} (e.g. debian-13); or give kernel-version instead');
  });

  it('lists the distros for an unknown one', () => {
    const text = explainOsSpec('gentoo-2.14');
    expect(text).toMatch(/^<distro>-<version> with distro one of centos, centos-stream, rhel, rocky, almalinux, /);
    expect(text).toContain('(e.g. rocky-8.9, ubuntu-22.04, debian-12); or give kernel-version instead');
  });
});
