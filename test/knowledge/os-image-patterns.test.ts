import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPresent } from '../helpers/corpus.js';
import { isIgnoredOsImage, kubernetesMinor, matchOsImage, osImagePatterns, type OsImageKind } from '../../src/knowledge/os-image-patterns.js';
import { lookupOs } from '../../src/knowledge/os-table.js';
import { IMAGE_CASES } from './os-image-cases.js';

const OS_KERNELS_MD = new URL('../../../shared/research/os-kernels.md', import.meta.url).pathname;

describe('os-image-patterns data', () => {
  const patterns = osImagePatterns();

  it('loads, validated by its schema, with unique ids', () => {
    expect(patterns.length).toBeGreaterThan(80);
    expect(new Set(patterns.map((p) => p.id)).size).toBe(patterns.length);
  });

  it('produces specs the OS table resolves (so the kernel can be derived), fallbacks included', () => {
    // Ubuntu 26.04 appears in kops test data; the table has no row for it yet.
    const notInTable = new Set(['ubuntu-26.04', 'ubuntu-aws-26.04-20220404']);
    const specs = patterns.flatMap((p) => [...p.examples.filter((e) => e.os && !e.unresolved).map((e) => e.os!), ...(p.fallback ? [p.fallback] : [])]);
    expect(specs.filter((s) => !notInTable.has(s) && lookupOs(s) === undefined)).toEqual([]);
  });

  it('carries, as its examples, exactly the cases of the hand-written table (test/knowledge/os-image-cases.ts)', () => {
    const fromData = patterns.flatMap((p) =>
      p.examples.map((e) => `${p.id} ${p.kinds[0]} ${e.input} → ${p.ignore ? null : e.os}${e.k8s ? ` k8s ${e.k8s}` : ''}${e.unresolved ? ' unresolved' : ''}`),
    );
    const fromTable = IMAGE_CASES.map(
      ([id, kind, input, os, o]) => `${id} ${kind} ${input} → ${os}${o?.k8s ? ` k8s ${o.k8s}` : ''}${o?.unresolved ? ' unresolved' : ''}`,
    );
    expect(fromData).toEqual(fromTable);
  });
});

describe('OS image names → node-os spec (expectations written out, not read from the data)', () => {
  const byId = new Map(osImagePatterns().map((p) => [p.id, p]));
  it.each(IMAGE_CASES.map((c) => [`${c[0]}: ${c[2]}${c[4]?.k8s ? ` (k8s ${c[4].k8s})` : ''}`, c] as const))('%s', (_title, [id, kind, input, os, opts]) => {
    // The pattern itself recognises the name…
    const p = byId.get(id);
    expect(p, `pattern ${id}`).toBeDefined();
    expect(new RegExp(p!.match, 'i').test(input)).toBe(true);
    // …and the whole table maps it as written here (an earlier pattern may not take it elsewhere).
    const m = matchOsImage(input, kind, { k8sMinor: opts?.k8s });
    if (os === null) expect(m).toBeUndefined();
    else expect({ spec: m?.spec, unresolved: m?.unresolved }).toEqual({ spec: os, unresolved: opts?.unresolved === true });
  });
});

describe('matchOsImage', () => {
  it('writes the inference into the note', () => {
    const m = matchOsImage('rockylinux-8-kube-v1.28.3', 'image');
    expect(m?.spec).toBe('rocky-8');
    expect(m?.note).toMatch(/^rockylinux-8-kube-v1\.28\.3 → /);
  });

  // Answers are remembered per name, kind and Kubernetes minor (a monorepo names the same images in every cluster).
  it('answers a name again the same way, per kind and minor, whatever a caller did with the first answer', () => {
    const first = matchOsImage('BOTTLEROCKET_x86_64', 'image-type', { k8sMinor: '1.29' })!;
    expect(first).toMatchObject({ spec: 'bottlerocket-1.29', unresolved: false });
    first.spec = 'changed';
    expect(matchOsImage('BOTTLEROCKET_x86_64', 'image-type', { k8sMinor: '1.29' })).toMatchObject({ spec: 'bottlerocket-1.29' });
    expect(matchOsImage('BOTTLEROCKET_x86_64', 'image-type', { k8sMinor: '1.30' })).toMatchObject({ spec: 'bottlerocket-1.30' });
    expect(matchOsImage('BOTTLEROCKET_x86_64', 'image')).toBeUndefined();
    expect(isIgnoredOsImage('WINDOWS_CORE_2022_x86_64', 'image-type')).toBe(true);
    expect(isIgnoredOsImage('WINDOWS_CORE_2022_x86_64', 'image-type')).toBe(true);
    expect(isIgnoredOsImage('AL2_x86_64', 'image-type')).toBe(false);
    expect(isIgnoredOsImage('AL2_x86_64', 'image-type')).toBe(false);
  });

  it('keeps kinds apart: an eksctl family is not an image name', () => {
    expect(matchOsImage('Bottlerocket', 'image')).toBeUndefined();
    expect(matchOsImage('ubuntu-22.04', 'image')).toBeUndefined();
    expect(matchOsImage('ubuntu-22.04', 'base-os')?.spec).toBe('ubuntu-22.04');
  });

  it('falls back, and says so, when the Kubernetes minor is unknown', () => {
    const m = matchOsImage('AmazonLinux2023', 'ami-family');
    expect(m).toMatchObject({ spec: 'amazon-linux-2023', unresolved: false });
    expect(m?.note).toContain('Kubernetes version unknown');
    // AL2 AMIs ran 4.14, 5.4 or 5.10 depending on the minor and the date: no kernel is assumed.
    const al2 = matchOsImage('AmazonLinux2', 'ami-family');
    expect(al2).toMatchObject({ spec: 'eks-al2', unresolved: true });
    expect(al2?.note).toContain('depends on the Kubernetes version, which is unknown here');
    expect(matchOsImage('AL2_ARM_64', 'image-type')).toMatchObject({ spec: 'eks-al2', unresolved: true });
    expect(matchOsImage('Bottlerocket', 'ami-family')).toMatchObject({ spec: 'bottlerocket', unresolved: true });
  });

  it('returns nothing for Windows and for unknown names', () => {
    expect(matchOsImage('WindowsServer2022CoreContainer', 'ami-family')).toBeUndefined();
    expect(matchOsImage('my-golden-image-2024', 'image')).toBeUndefined();
    expect(matchOsImage('', 'image')).toBeUndefined();
  });

  it('reads the Kubernetes minor from versions with and without v and suffixes', () => {
    expect(kubernetesMinor('v1.28.3')).toBe('1.28');
    expect(kubernetesMinor('1.18')).toBe('1.18');
    expect(kubernetesMinor('1.27.4+k0s.0')).toBe('1.27');
    expect(kubernetesMinor('${KUBERNETES_VERSION}')).toBeUndefined();
    expect(kubernetesMinor(undefined)).toBeUndefined();
  });
});

/**
 * Every backquoted string of os-kernels.md §2, with what it means here: concrete names (or concrete
 * instances of the regular expressions written there) and the spec they map to, or why the string is
 * not an OS name. A new string in §2 fails the first test until it is classified.
 */
type Case = [input: string, kind: OsImageKind, os: string | null, k8s?: string];
const SECTION2: Record<string, Case[] | string> = {
  '^ubuntu(-pro-server)?/images/hvm-(ssd|ssd-gp3|instance)/ubuntu-(trusty|xenial|bionic|focal|jammy|noble)-(\\d\\d\\.\\d\\d)-(amd64|arm64)-(pro-)?server-\\d{8}(\\.\\d+)?$':
    [
      ['ubuntu/images/hvm-ssd/ubuntu-trusty-14.04-amd64-server-20191107', 'image', 'ubuntu-aws-14.04-20191107'],
      ['ubuntu/images/hvm-ssd/ubuntu-xenial-16.04-amd64-server-20210928', 'image', 'ubuntu-aws-16.04-20210928'],
      ['ubuntu/images/hvm-instance/ubuntu-bionic-18.04-amd64-server-20230531', 'image', 'ubuntu-aws-18.04-20230531'],
      ['ubuntu-pro-server/images/hvm-ssd/ubuntu-jammy-22.04-arm64-pro-server-20240101.1', 'image', 'ubuntu-aws-22.04-20240101'],
      ['ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-arm64-server-20250610', 'image', 'ubuntu-aws-24.04-20250610'],
    ],
  'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*': [['ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*', 'image', 'ubuntu-aws-22.04']],
  'hvm-ssd-gp3': 'a path segment of the Canonical names above',
  '^ubuntu-eks(-pro)?/k8s_1\\.\\d+/images/hvm-ssd(-gp3)?/ubuntu-(focal|jammy|noble)-\\d\\d\\.\\d\\d-(amd64|arm64)-server-\\d{8}': [
    ['ubuntu-eks/k8s_1.24/images/hvm-ssd/ubuntu-focal-20.04-amd64-server-20230616', 'image', 'ubuntu-aws-20.04-20230616'],
    ['ubuntu-eks-pro/k8s_1.31/images/hvm-ssd-gp3/ubuntu-noble-24.04-arm64-server-20250101', 'image', 'ubuntu-aws-24.04-20250101'],
  ],
  amazon: 'an AMI owner alias, not a name',
  '^amzn2-ami-(minimal-)?hvm-2\\.0\\.\\d{8}(\\.\\d+)?-(x86_64|arm64)-(gp2|ebs)': [
    ['amzn2-ami-hvm-2.0.20210721.2-x86_64-gp2', 'image', 'amazon-linux-2'],
    ['amzn2-ami-minimal-hvm-2.0.20210721-arm64-ebs', 'image', 'amazon-linux-2'],
  ],
  '^amzn2-ami-kernel-5\\.10-hvm-2\\.0\\.\\d{8}\\.\\d+-(x86_64|arm64)-gp2': [
    ['amzn2-ami-kernel-5.10-hvm-2.0.20230404.1-arm64-gp2', 'image', 'amazon-linux-2-kernel-5.10'],
  ],
  '^al2023-ami-(minimal-)?2023\\.\\d+\\.\\d{8}\\.\\d+-kernel-(6\\.1|6\\.12)-(x86_64|arm64)$': [
    ['al2023-ami-2023.4.20240429.0-kernel-6.1-x86_64', 'image', 'amazon-linux-2023-kernel-6.1'],
    ['al2023-ami-minimal-2023.7.20250414.0-kernel-6.12-arm64', 'image', 'amazon-linux-2023-kernel-6.12'],
  ],
  '/aws/service/ami-amazon-linux-latest/al2023-ami-(minimal-)?kernel-(default|6\\.1|6\\.12)-(x86_64|arm64)': [
    ['/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64', 'image', 'amazon-linux-2023'],
    ['/aws/service/ami-amazon-linux-latest/al2023-ami-minimal-kernel-6.1-arm64', 'image', 'amazon-linux-2023-kernel-6.1'],
  ],
  'al2022-ami-2022\\..*-kernel-5\\.15-': 'AL2022 was a preview that never reached GA; the OS table has no row for it',
  '^amazon-eks(-gpu|-arm64)?-node-1\\.(\\d+)-v\\d{8}$': [
    ['amazon-eks-node-1.23-v20230501', 'image', 'eks-al2-1.23-20230501'],
    ['amazon-eks-arm64-node-1.29-v20240307', 'image', 'eks-al2-1.29-20240307'],
  ],
  '^amazon-eks-node-al2023-(x86_64|arm64)-(standard|nvidia|neuron)-1\\.(\\d+)-v\\d{8}$': [
    ['amazon-eks-node-al2023-arm64-nvidia-1.31-v20241109', 'image', 'eks-al2023-1.31'],
    ['amazon-eks-node-al2023-x86_64-neuron-1.33-v20250801', 'image', 'eks-al2023-1.33'],
  ],
  '/aws/service/eks/optimized-ami/<k8s>/amazon-linux-2(-gpu|-arm64)?/recommended/image_id': [
    ['/aws/service/eks/optimized-ami/1.26/amazon-linux-2-arm64/recommended/image_id', 'image', 'eks-al2-1.26'],
  ],
  '…/amazon-linux-2023/(x86_64|arm64)/(standard|nvidia)/recommended/image_id': [
    ['/aws/service/eks/optimized-ami/1.32/amazon-linux-2023/arm64/nvidia/recommended/image_id', 'image', 'eks-al2023-1.32'],
  ],
  '^bottlerocket-aws-k8s-1\\.(\\d+)(-nvidia|-fips)?-(x86_64|aarch64)-v(\\d+\\.\\d+\\.\\d+)-[0-9a-f]{8}$': [
    ['bottlerocket-aws-k8s-1.23-x86_64-v1.13.1-8ad5ad9b', 'image', 'bottlerocket-1.23'],
    ['bottlerocket-aws-k8s-1.33-fips-aarch64-v1.44.0-0123abcd', 'image', 'bottlerocket-1.33'],
  ],
  '/aws/service/bottlerocket/aws-k8s-<k8s>/<arch>/latest/image_id': [
    ['/aws/service/bottlerocket/aws-k8s-1.30/arm64/latest/image_id', 'image', 'bottlerocket-1.30'],
  ],
  '^RHEL-(\\d+)\\.(\\d+)\\.\\d+_HVM-\\d{8}-(x86_64|arm64)-': [['RHEL-9.2.0_HVM-20230503-x86_64-41-Hourly2-GP2', 'image', 'rhel-9.2']],
  '^CentOS Linux 7 x86_64 HVM EBS ENA': [['CentOS Linux 7 x86_64 HVM EBS ENA 2002_01-b7ee8a69', 'image', 'centos-7']],
  '^CentOS Stream (9|10) (x86_64|aarch64) ': [
    ['CentOS Stream 9 x86_64 20240610', 'image', 'centos-stream-9'],
    ['CentOS Stream 10 aarch64 20250101', 'image', 'centos-stream-10'],
  ],
  '^Rocky-(8|9|10)-EC2-(Base|LVM)-\\d+\\.\\d+': [
    ['Rocky-8-EC2-Base-8.10-20240528.0.x86_64', 'image', 'rocky-8.10'],
    ['Rocky-10-EC2-LVM-10.0-20250611.0.aarch64', 'image', 'rocky-10.0'],
  ],
  '^debian-(10|11|12|13)-(amd64|arm64)-': [
    ['debian-10-amd64-20240429-1732', 'image', 'debian-10'],
    ['debian-13-arm64-20250815-2206', 'image', 'debian-13'],
  ],
  '^suse-sles-(12|15)-sp\\d+(-sapcal|-chost-byos|-byos)?-v\\d{8}-hvm-ssd-(x86_64|arm64)$': [
    ['suse-sles-15-sp6-chost-byos-v20240808-hvm-ssd-arm64', 'image', 'sles-15.6'],
  ],
  '^suse-sles-16-0-': [['suse-sles-16-0-v20251105-hvm-ssd-x86_64', 'image', 'sles-16.0']],
  'Flatcar*<channel>*': [['Flatcar-stable-4459.2.4-hvm', 'image', 'flatcar-4459']],
  amiFamily: 'a field name',
  AmazonLinux2: [
    ['AmazonLinux2', 'ami-family', 'eks-al2-1.29', '1.29'],
    ['AmazonLinux2', 'ami-family', 'eks-al2'],
    ['AmazonLinux2GPU', 'ami-family', 'eks-al2-gpu-1.28', '1.28'],
  ],
  AmazonLinux2023: [['AmazonLinux2023', 'ami-family', 'eks-al2023-1.33', '1.33']],
  Ubuntu1804: [['Ubuntu1804', 'ami-family', 'ubuntu-aws-18.04']],
  Ubuntu2004: [['Ubuntu2004', 'ami-family', 'ubuntu-aws-20.04']],
  UbuntuPro2004: [['UbuntuPro2004', 'ami-family', 'ubuntu-aws-20.04']],
  Ubuntu2204: [
    ['Ubuntu2204', 'ami-family', 'ubuntu-aws-22.04'],
    ['Ubuntu2204', 'image-type', 'ubuntu-22.04'],
  ],
  UbuntuPro2204: [['UbuntuPro2204', 'ami-family', 'ubuntu-aws-22.04']],
  Ubuntu2404: [['Ubuntu2404', 'ami-family', 'ubuntu-aws-24.04']],
  UbuntuPro2404: [['UbuntuPro2404', 'ami-family', 'ubuntu-aws-24.04']],
  Bottlerocket: [['Bottlerocket', 'ami-family', 'bottlerocket-1.27', '1.27']],
  WindowsServer2019CoreContainer: [['WindowsServer2019CoreContainer', 'ami-family', null]],
  WindowsServer2019FullContainer: [['WindowsServer2019FullContainer', 'ami-family', null]],
  WindowsServer2022CoreContainer: [['WindowsServer2022CoreContainer', 'ami-family', null]],
  WindowsServer2022FullContainer: [['WindowsServer2022FullContainer', 'ami-family', null]],
  '^(AmazonLinux(2|2023)|(Ubuntu|UbuntuPro)(1804|2004|2204|2404)|Bottlerocket|WindowsServer20(19|22)(Core|Full)Container)$':
    'the regex of the amiFamily values listed one by one above',
  amiType: 'a field name',
  AL2_x86_64: [['AL2_x86_64', 'image-type', 'eks-al2-1.25', '1.25']],
  AL2_x86_64_GPU: [
    ['AL2_x86_64_GPU', 'image-type', 'eks-al2-gpu'],
    ['AL2_x86_64_GPU', 'image-type', 'eks-al2-gpu-1.27', '1.27'],
  ],
  AL2_ARM_64: [['AL2_ARM_64', 'image-type', 'eks-al2-1.30', '1.30']],
  'AL2023_(x86_64|ARM_64)_(STANDARD|NVIDIA|NEURON)': [
    ['AL2023_x86_64_STANDARD', 'image-type', 'eks-al2023-1.31', '1.31'],
    ['AL2023_ARM_64_NEURON', 'image-type', 'amazon-linux-2023'],
  ],
  'BOTTLEROCKET_(x86_64|ARM_64)(_NVIDIA|_FIPS)?': [
    ['BOTTLEROCKET_x86_64', 'image-type', 'bottlerocket-1.24', '1.24'],
    ['BOTTLEROCKET_ARM_64_FIPS', 'image-type', 'bottlerocket-1.32', '1.32'],
  ],
  'WINDOWS_(CORE|FULL)_20(19|22)_x86_64': [
    ['WINDOWS_CORE_2019_x86_64', 'image-type', null],
    ['WINDOWS_FULL_2022_x86_64', 'image-type', null],
  ],
  CUSTOM: 'a custom launch template: the AMI, not the amiType, decides',
  AL2_X86_64: [['AL2_X86_64', 'image-type', 'eks-al2-1.28', '1.28']],
  'amiSelectorTerms: [{alias: al2023@latest}]': [['al2023@latest', 'ami-family', 'eks-al2023-1.30', '1.30']],
  imageLookupFormat: 'a field name',
  'capa-ami-{{.BaseOS}}-?{{.K8sVersion}}-*': 'the lookup format; its outputs are the capa-ami names below',
  imageLookupBaseOS: 'a field name',
  'ubuntu-18.04|20.04|22.04|24.04': [
    ['ubuntu-18.04', 'base-os', 'ubuntu-18.04'],
    ['ubuntu-20.04', 'base-os', 'ubuntu-20.04'],
    ['ubuntu-22.04', 'base-os', 'ubuntu-22.04'],
    ['ubuntu-24.04', 'base-os', 'ubuntu-24.04'],
  ],
  'centos-7': [['centos-7', 'base-os', 'centos-7']],
  'amazon-2': [['amazon-2', 'base-os', 'amazon-linux-2']],
  'flatcar-stable': [['flatcar-stable', 'base-os', 'flatcar']],
  'ubuntu-24.04': [['ubuntu-24.04', 'base-os', 'ubuntu-24.04']],
  'ubuntu-18.04': [['ubuntu-18.04', 'base-os', 'ubuntu-18.04']],
  'capa-ami-ubuntu-24.04-v1.31.4-*': [['capa-ami-ubuntu-24.04-v1.31.4-*', 'image', 'ubuntu-aws-24.04']],
  'capa-ami-ubuntu-18.04-1.18.15-00-1643837233': [['capa-ami-ubuntu-18.04-1.18.15-00-1643837233', 'image', 'ubuntu-aws-18.04']],
  'eksLookupType: AmazonLinux|AmazonLinuxGPU|AmazonLinux2023|AmazonLinux2023GPU': [
    ['AmazonLinux', 'ami-family', 'eks-al2-1.28', '1.28'],
    ['AmazonLinuxGPU', 'ami-family', 'eks-al2-gpu'],
    ['AmazonLinux2023', 'ami-family', 'amazon-linux-2023'],
    ['AmazonLinux2023GPU', 'ami-family', 'eks-al2023-1.32', '1.32'],
  ],
  build_name: 'a field name',
  'amazon-2023': [['amazon-2023', 'base-os', 'amazon-linux-2023']],
  'rhel-8': [['rhel-8', 'base-os', 'rhel-8']],
  'rockylinux-8': [['rockylinux-8', 'base-os', 'rocky-8']],
  'photon-3': [['photon-3', 'base-os', 'photon-3']],
  'flatcar-<channel>': [['flatcar-beta', 'base-os', 'flatcar']],
  'RHEL-8.6.0_HVM-*': [['RHEL-8.6.0_HVM-*', 'image', 'rhel-8.6']],
  'Rocky-8-ec2-8.5-*': [['Rocky-8-ec2-8.5-*', 'image', 'rocky-8.5']],
  'al2023-ami-minimal-2023.*-kernel-6.1*': [['al2023-ami-minimal-2023.*-kernel-6.1*', 'image', 'amazon-linux-2023-kernel-6.1']],
  'ubuntu-2204-kube-v1.28.3': [['ubuntu-2204-kube-v1.28.3', 'image', 'ubuntu-22.04']],
  'rockylinux-8-kube-v1.28.9': [['rockylinux-8-kube-v1.28.9', 'image', 'rocky-8']],
  'photon-3-kube-v1.27.6+vmware.1-tkg.1': [['photon-3-kube-v1.27.6+vmware.1-tkg.1', 'image', 'photon-3']],
  'capi-ubuntu-2004-kube-v1.28.9': [['capi-ubuntu-2004-kube-v1.28.9', 'image', 'ubuntu-20.04']],
  'linode/debian12-kube-v1.29.7': [['linode/debian12-kube-v1.29.7', 'image', 'debian-12']],
  '(ubuntu-(1804|2004|2204|2404)|rockylinux-(8|9)|rhel-(8|9)|centos-7|photon-[345]|flatcar|amazon-2(023)?|debian-?1[12])-kube-v1\\.\\d+\\.\\d+': [
    ['ubuntu-1804-kube-v1.21.2', 'image', 'ubuntu-18.04'],
    ['ubuntu-2404-kube-v1.31.0', 'image', 'ubuntu-24.04'],
    ['rockylinux-9-kube-v1.30.1', 'image', 'rocky-9'],
    ['rhel-9-kube-v1.29.4', 'image', 'rhel-9'],
    ['centos-7-kube-v1.22.6', 'image', 'centos-7'],
    ['photon-5-kube-v1.30.2', 'image', 'photon-5'],
    ['flatcar-kube-v1.28.3', 'image', 'flatcar'],
    ['amazon-2023-kube-v1.30.0', 'image', 'amazon-linux-2023'],
    ['debian-11-kube-v1.28.5', 'image', 'debian-11'],
  ],
  'Canonical:0001-com-ubuntu-server-focal:20_04-lts-gen2': [['Canonical:0001-com-ubuntu-server-focal:20_04-lts-gen2', 'azure-image', 'ubuntu-azure-20.04']],
  'Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2': [['Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2', 'azure-image', 'ubuntu-azure-22.04']],
  'Canonical:ubuntu-22_04-lts:server': [['Canonical:ubuntu-22_04-lts:server', 'azure-image', 'ubuntu-azure-22.04']],
  'Canonical:ubuntu-24_04-lts:(server|server-arm64|minimal|ubuntu-pro)': [
    ['Canonical:ubuntu-24_04-lts:server-arm64', 'azure-image', 'ubuntu-azure-24.04'],
    ['Canonical:ubuntu-24_04-lts:ubuntu-pro', 'azure-image', 'ubuntu-azure-24.04'],
  ],
  'Debian:debian-1[1-3]:1[1-3]-gen2': [
    ['Debian:debian-11:11-gen2', 'azure-image', 'debian-11'],
    ['Debian:debian-13:13-gen2', 'azure-image', 'debian-13'],
  ],
  'RedHat:RHEL:(8-lvm|96|9-lvm|10-lvm)-gen2': [
    ['RedHat:RHEL:8-lvm-gen2', 'azure-image', 'rhel-8'],
    ['RedHat:RHEL:96-gen2', 'azure-image', 'rhel-9.6'],
    ['RedHat:RHEL:9-lvm-gen2', 'azure-image', 'rhel-9'],
    ['RedHat:RHEL:10-lvm-gen2', 'azure-image', 'rhel-10'],
  ],
  'almalinux:almalinux-x86_64:(8|9|10)-gen2': [
    ['almalinux:almalinux-x86_64:8-gen2', 'azure-image', 'almalinux-8'],
    ['almalinux:almalinux-x86_64:10-gen2', 'azure-image', 'almalinux-10'],
  ],
  'Oracle:Oracle-Linux:(ol79|ol810-lvm|ol95-lvm|ol10-lvm)-gen2': [
    ['Oracle:Oracle-Linux:ol79-gen2', 'azure-image', 'oracle-linux-7.9'],
    ['Oracle:Oracle-Linux:ol810-lvm-gen2', 'azure-image', 'oracle-linux-8.10'],
    ['Oracle:Oracle-Linux:ol95-lvm-gen2', 'azure-image', 'oracle-linux-9.5'],
    ['Oracle:Oracle-Linux:ol10-lvm-gen2', 'azure-image', 'oracle-linux-10'],
  ],
  'SUSE:sles-15-sp6:gen2': [['SUSE:sles-15-sp6:gen2', 'azure-image', 'sles-15.6']],
  'SUSE:sles-12-sp5:gen2': [['SUSE:sles-12-sp5:gen2', 'azure-image', 'sles-12.5']],
  'MicrosoftCBLMariner:azure-linux-3:azure-linux-3-gen2': [['MicrosoftCBLMariner:azure-linux-3:azure-linux-3-gen2', 'azure-image', 'azure-linux-3']],
  'MicrosoftCBLMariner:cbl-mariner:cbl-mariner-2-gen2': [['MicrosoftCBLMariner:cbl-mariner:cbl-mariner-2-gen2', 'azure-image', 'cbl-mariner-2']],
  'Canonical:UbuntuServer:18.04-LTS': [['Canonical:UbuntuServer:18.04-LTS', 'azure-image', 'ubuntu-azure-18.04']],
  osSku: 'a field name',
  os_sku: 'a field name',
  Ubuntu: [['Ubuntu', 'image-type', 'ubuntu']],
  AzureLinux: [['AzureLinux', 'image-type', 'azure-linux']],
  CBLMariner: [['CBLMariner', 'image-type', 'cbl-mariner-2']],
  'Windows2019|2022': [
    ['Windows2019', 'image-type', null],
    ['Windows2022', 'image-type', null],
  ],
  nodeImageVersion: 'a field name',
  '^AKSUbuntu-(1804|2204|2404)gen2(arm64)?containerd-\\d{6}\\.\\d{2}\\.\\d+$': [
    ['AKSUbuntu-1804gen2containerd-202309.06.0', 'azure-image', 'ubuntu-18.04'],
    ['AKSUbuntu-2404gen2arm64containerd-202501.05.0', 'azure-image', 'ubuntu-24.04'],
  ],
  'AKSCBLMariner-V2gen2-202308.01.0': [['AKSCBLMariner-V2gen2-202308.01.0', 'azure-image', 'cbl-mariner-2']],
  'AKSAzureLinux-V(2|3)gen2-…': [
    ['AKSAzureLinux-V2gen2-202402.26.0', 'azure-image', 'cbl-mariner-2'],
    ['AKSAzureLinux-V3gen2-202501.05.0', 'azure-image', 'azure-linux-3'],
  ],
  'kubernetes.azure.com/node-image-version': 'a node label name',
  'kubernetes.azure.com/os-sku-effective=Ubuntu2204': [['Ubuntu2204', 'image-type', 'ubuntu-22.04']],
  'ubuntu-os-cloud/ubuntu-2204-jammy-v20240927': [['ubuntu-os-cloud/ubuntu-2204-jammy-v20240927', 'image', 'ubuntu-gcp-22.04-20240927']],
  'ubuntu-2004-lts': [['ubuntu-2004-lts', 'image', 'ubuntu-gcp-20.04']],
  'ubuntu-2204-lts': [['ubuntu-2204-lts', 'image', 'ubuntu-gcp-22.04']],
  'ubuntu-2404-lts-amd64': [['ubuntu-2404-lts-amd64', 'image', 'ubuntu-gcp-24.04']],
  '-arm64': [['ubuntu-2404-lts-arm64', 'image', 'ubuntu-gcp-24.04']],
  'cos-cloud/cos-(stable|beta|dev|\\d{2,3}-lts)': [
    ['cos-cloud/cos-stable', 'image', 'cos'],
    ['cos-cloud/cos-dev', 'image', 'cos'],
    ['cos-cloud/cos-121-lts', 'image', 'cos-121'],
  ],
  'cos-117-18613-75-37': [['cos-117-18613-75-37', 'image', 'cos-117']],
  'debian-cloud/debian-1[12]': [
    ['debian-cloud/debian-11', 'image', 'debian-11'],
    ['debian-cloud/debian-12', 'image', 'debian-12'],
  ],
  'rhel-cloud/rhel-9': [['rhel-cloud/rhel-9', 'image', 'rhel-9']],
  'rocky-linux-cloud/rocky-linux-9': [['rocky-linux-cloud/rocky-linux-9', 'image', 'rocky-9']],
  'imageType: COS_CONTAINERD|UBUNTU_CONTAINERD|WINDOWS_LTSC_CONTAINERD': [
    ['COS_CONTAINERD', 'image-type', 'cos'],
    ['UBUNTU_CONTAINERD', 'image-type', 'ubuntu'],
    ['WINDOWS_LTSC_CONTAINERD', 'image-type', null],
  ],
  'spec.image: <owner>/<name>': 'the kops field shape; its examples follow',
  '099720109477/ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20250610': [
    ['099720109477/ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20250610', 'image', 'ubuntu-aws-24.04-20250610'],
  ],
  '099720109477/ubuntu/images/hvm-ssd/ubuntu-focal-20.04-amd64-server-20211118': [
    ['099720109477/ubuntu/images/hvm-ssd/ubuntu-focal-20.04-amd64-server-20211118', 'image', 'ubuntu-aws-20.04-20211118'],
  ],
  'kope.io/k8s-1.x-debian-(jessie|stretch)-amd64-hvm-ebs-YYYY-MM-DD': [
    ['kope.io/k8s-1.8-debian-jessie-amd64-hvm-ebs-2018-02-08', 'image', 'debian-8'],
    ['kope.io/k8s-1.x-debian-stretch-amd64-hvm-ebs-YYYY-MM-DD', 'image', 'debian-9'],
  ],
  '137112412989/amzn2-ami-kernel-5.10-hvm-…': [['137112412989/amzn2-ami-kernel-5.10-hvm-2.0.20240131.0-x86_64-gp2', 'image', 'amazon-linux-2-kernel-5.10']],
  'ubuntu-os-cloud/ubuntu-…': [['ubuntu-os-cloud/ubuntu-2004-focal-v20230918', 'image', 'ubuntu-gcp-20.04-20230918']],
  supported_os_distributions: 'a Kubespray variable name',
  ansible_distribution: 'an Ansible fact name',
  'RedHat, CentOS, Fedora, Ubuntu, Debian, Flatcar, Flatcar Container Linux by Kinvolk, Suse, openSUSE Leap, openSUSE Tumbleweed, ClearLinux, OracleLinux, AlmaLinux, Rocky, Amazon':
    'distribution names without versions: with a version they are the Ansible pairs below',
  'ID[-VARIANT_ID]': 'an os-release field pattern',
  'os-pkgs-(centos7|redhat7|redhat8|redhat9|ubuntu2004|ubuntu2204|openeuler22.03|oracle8|oracle9|rocky8|rocky9|kylinv10|kylin-v10sp2|kylin-v10sp3)-v<ver>.tar.gz':
    [
      ['os-pkgs-centos7-v0.20.0.tar.gz', 'image', 'centos-7'],
      ['os-pkgs-redhat7-v0.20.0.tar.gz', 'image', 'rhel-7'],
      ['os-pkgs-redhat9-v0.20.0.tar.gz', 'image', 'rhel-9'],
      ['os-pkgs-ubuntu2004-v0.20.0.tar.gz', 'image', 'ubuntu-20.04'],
      ['os-pkgs-openeuler22.03-v0.20.0.tar.gz', 'image', 'openeuler-22.03'],
      ['os-pkgs-oracle9-v0.20.0.tar.gz', 'image', 'oracle-linux-9'],
      ['os-pkgs-rocky8-v0.20.0.tar.gz', 'image', 'rocky-8'],
      ['os-pkgs-kylinv10-v0.20.0.tar.gz', 'image', 'kylin-10'],
      ['os-pkgs-kylin-v10sp3-v0.20.0.tar.gz', 'image', 'kylin-10'],
    ],
  OS_FAMILY_MAP: 'an Ansible constant name',
  'Alibaba, AlmaLinux, Amazon, Amzn, CentOS, CloudLinux, EulerOS, Fedora, Kylin Linux Advanced Server, OracleLinux, RedHat, Rocky, TencentOS, UnionTech, openEuler':
    'Ansible distribution names without versions (the RedHat family)',
  'Debian, Ubuntu, Uos, Deepin': 'Ansible distribution names without versions (the Debian family)',
  'SLES, SLES_SAP, SLED, openSUSE Leap, openSUSE Tumbleweed': 'Ansible distribution names without versions (the Suse family)',
  ansible_distribution_major_version: 'an Ansible fact name',
  '"V10"': [['Kylin Linux Advanced Server/V10', 'os-release', 'kylin-10']],
  V: 'a prefix to strip',
  'CentOS/7': [['CentOS/7', 'os-release', 'centos-7']],
  'RedHat/8': [['RedHat/8', 'os-release', 'rhel-8']],
  'Rocky/9': [['Rocky/9', 'os-release', 'rocky-9']],
  'AlmaLinux/9': [['AlmaLinux/9', 'os-release', 'almalinux-9']],
  'OracleLinux/8': [['OracleLinux/8', 'os-release', 'oracle-linux-8']],
  'Amazon/2': [['Amazon/2', 'os-release', 'amazon-linux-2']],
  '2023': [['Amazon/2023', 'os-release', 'amazon-linux-2023']],
  'Ubuntu/22': [['Ubuntu/22', 'os-release', 'ubuntu-22.04']],
  '22.04': [['Ubuntu/22.04', 'os-release', 'ubuntu-22.04']],
  'Debian/12': [['Debian/12', 'os-release', 'debian-12']],
  'SLES/15': [['SLES/15', 'os-release', 'sles-15']],
  '15.5': [['SLES/15.5', 'os-release', 'sles-15.5']],
  'openEuler/22': [['openEuler/22', 'os-release', 'openeuler-22.03']],
  '22.03': [['openEuler/22.03', 'os-release', 'openeuler-22.03']],
  'UnionTech/20': [['UnionTech/20', 'os-release', 'uos-20']],
  'Alibaba/3': [['Alibaba/3', 'os-release', 'alinux-3']],
  ansible_kernel: 'an Ansible fact name (a kernel, not an OS)',
  'uname -r': 'a command',
  ID: 'an os-release field name',
  'rhel, centos, rocky, almalinux, ol, amzn, ubuntu, debian, fedora': 'os-release IDs without versions',
  'VARIANT_ID=coreos': 'an os-release field',
  'flatcar, bottlerocket, talos, cos, sles, opensuse-leap, photon, mariner, azurelinux': 'os-release IDs without versions',
  openEuler: 'an os-release ID without a version',
  kylin: 'an os-release ID without a version',
  'VERSION_ID="V10"': 'an os-release field',
  uos: 'an os-release ID without a version',
  anolis: 'an os-release ID without a version',
  'PLATFORM_ID="platform:al8"': 'an os-release field',
  'ID=alinux': 'an os-release field',
  'ID=tencentos': 'an os-release field',
  'node.status.nodeInfo.osImage': 'a field path',
  'CentOS Linux 7 (Core)': [['CentOS Linux 7 (Core)', 'os-release', 'centos-7']],
  'Rocky Linux 9.4 (Blue Onyx)': [['Rocky Linux 9.4 (Blue Onyx)', 'os-release', 'rocky-9.4']],
  'Red Hat Enterprise Linux 10.0 (Coughlan)': [['Red Hat Enterprise Linux 10.0 (Coughlan)', 'os-release', 'rhel-10.0']],
  'Oracle Linux Server 7.9': [['Oracle Linux Server 7.9', 'os-release', 'oracle-linux-7.9']],
  'Ubuntu 22.04.5 LTS': [['Ubuntu 22.04.5 LTS', 'os-release', 'ubuntu-22.04']],
  'Ubuntu 16.04.7 LTS': [['Ubuntu 16.04.7 LTS', 'os-release', 'ubuntu-16.04']],
  'Debian GNU/Linux 10 (buster)': [['Debian GNU/Linux 10 (buster)', 'os-release', 'debian-10']],
  'Amazon Linux 2': [['Amazon Linux 2', 'os-release', 'amazon-linux-2']],
  'Amazon Linux 2023.8.20250908': [['Amazon Linux 2023.8.20250908', 'os-release', 'amazon-linux-2023']],
  'Bottlerocket OS 1.44.0 (aws-k8s-1.33)': [['Bottlerocket OS 1.44.0 (aws-k8s-1.33)', 'os-release', 'bottlerocket-1.33']],
  'Flatcar Container Linux by Kinvolk 4459.2.4 (Oklo)': [['Flatcar Container Linux by Kinvolk 4459.2.4 (Oklo)', 'os-release', 'flatcar-4459']],
  'Talos (v1.8.2)': [['Talos (v1.8.2)', 'os-release', 'talos-1.8']],
  'Container-Optimized OS from Google': [['Container-Optimized OS from Google', 'os-release', 'cos']],
  'VMware Photon OS/Linux': [['VMware Photon OS/Linux', 'os-release', 'photon']],
  'CBL-Mariner/Linux': [['CBL-Mariner/Linux', 'os-release', 'cbl-mariner-2']],
  'SUSE Linux Enterprise Server 15 SP5': [['SUSE Linux Enterprise Server 15 SP5', 'os-release', 'sles-15.5']],
  'openSUSE Leap 15.6': [['openSUSE Leap 15.6', 'os-release', 'opensuse-leap-15.6']],
  'openEuler 22.03 (LTS-SP3)': [['openEuler 22.03 (LTS-SP3)', 'os-release', 'openeuler-22.03']],
  'Kylin Linux Advanced Server V10 (Lance)': [['Kylin Linux Advanced Server V10 (Lance)', 'os-release', 'kylin-10']],
  'UnionTech OS Server 20': [['UnionTech OS Server 20', 'os-release', 'uos-20']],
  'Anolis OS 8.6': [['Anolis OS 8.6', 'os-release', 'anolis-8.6']],
  'Alibaba Cloud Linux 3 (Soaring Falcon)': [['Alibaba Cloud Linux 3 (Soaring Falcon)', 'os-release', 'alinux-3']],
  'Alibaba Cloud Linux (Aliyun Linux) 2.1903 LTS (Hunting Beagle)': [
    ['Alibaba Cloud Linux (Aliyun Linux) 2.1903 LTS (Hunting Beagle)', 'os-release', 'alinux-2'],
  ],
  'TencentOS Server 3.1 (TK4)': [['TencentOS Server 3.1 (TK4)', 'os-release', 'tencentos-3.1']],
};

/** Names §2 gives in double quotes (Kubespray and kubean documentation), with concrete instances. */
const QUOTED: Record<string, Case[] | string> = {
  'Kylin Linux Advanced Server V10 (Sword)': [['Kylin Linux Advanced Server V10 (Sword)', 'os-release', 'kylin-10']],
  'Kylin Linux Advanced Server release V10 (Sword) SP2 / (Halberd) SP3': [
    ['Kylin Linux Advanced Server release V10 (Sword) SP2', 'os-release', 'kylin-10'],
    ['Kylin Linux Advanced Server release V10 (Halberd) SP3', 'os-release', 'kylin-10'],
  ],
  'Oracle Linux R8 U7 / R9 U1': [
    ['Oracle Linux R8 U7', 'os-release', 'oracle-linux-8.7'],
    ['Oracle Linux R9 U1', 'os-release', 'oracle-linux-9.1'],
  ],
  'UOS Linux (UnionTech OS Server 20)': [['UOS Linux (UnionTech OS Server 20)', 'os-release', 'uos-20']],
  'UOS V20 (1020a)': [['UOS V20 (1020a)', 'os-release', 'uos-20']],
  'openEuler 22.03 LTS': [['openEuler 22.03 LTS', 'os-release', 'openeuler-22.03']],
  V10: 'a version field value',
  'platform:al8': 'an os-release field value',
};

function runCase([input, kind, os, k8s]: Case): void {
  const m = matchOsImage(input, kind, { k8sMinor: k8s });
  expect({ input, kind, spec: m?.spec ?? null }).toEqual({ input, kind, spec: os });
}

describe.skipIf(!sharedPresent(OS_KERNELS_MD, 'the os-kernels.md example tests'))('every example of os-kernels.md §2', () => {
  const text = existsSync(OS_KERNELS_MD) ? readFileSync(OS_KERNELS_MD, 'utf8') : '';
  const section = text.slice(text.indexOf('## 2.'), text.indexOf('## 3.'));
  const quoted = [...new Set([...section.matchAll(/`([^`]+)`/g)].map((m) => m[1]!))];

  it('classifies every backquoted string of §2', () => {
    expect(quoted.filter((q) => !(q in SECTION2))).toEqual([]);
  });

  it('lists only strings §2 still has', () => {
    expect(Object.keys(SECTION2).filter((k) => !quoted.includes(k))).toEqual([]);
  });

  for (const q of quoted) {
    const entry = SECTION2[q];
    if (Array.isArray(entry)) it(`maps ${q}`, () => entry.forEach(runCase));
  }

  const doubleQuoted = [...new Set([...section.matchAll(/"([^"`]+)"/g)].map((m) => m[1]!))];

  it('classifies every double-quoted name of §2', () => {
    expect(doubleQuoted.filter((q) => !(q in QUOTED)).sort()).toEqual([]);
    expect(Object.keys(QUOTED).filter((k) => !doubleQuoted.includes(k))).toEqual([]);
  });

  for (const q of doubleQuoted) {
    const entry = QUOTED[q];
    if (Array.isArray(entry)) it(`maps "${q}"`, () => entry.forEach(runCase));
  }
});
