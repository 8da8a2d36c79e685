import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContexts } from '../../src/context/build-contexts.js';
import { decodeFacts } from '../../src/context/decode.js';
import { chartVersionFact } from '../../src/extract/helm-chart-version.js';
import { vagrantBox } from '../../src/extract/vagrant-box.js';
import type { Fact, FactDecode } from '../../src/model/fact.js';
import { parseFile } from '../../src/parse/parse-file.js';

// The context stage's first step (issue 14): image names and chart versions written by extractors are
// decoded here, into exactly the facts the extractors used to emit themselves.
const place = { file: 'cluster.yaml', line: 3, column: 7 };
const marked = (name: Fact['name'], value: string, decode: FactDecode, extra: Partial<Fact> = {}): Fact => ({
  name,
  value,
  origin: 'repository',
  place,
  source: 'test',
  ...extra,
  decode,
});

describe('decodeFacts', () => {
  it('decodes an OS image name to a node-os spec, keeping the written name as raw', () => {
    expect(decodeFacts([marked('node.os', 'Ubuntu2204', { as: 'os-image', kind: 'image-type' })])).toEqual([
      { name: 'node.os', value: 'ubuntu-22.04', raw: 'Ubuntu2204', note: 'Ubuntu2204 → Ubuntu 22.04', origin: 'repository', place, source: 'test' },
    ]);
  });

  it('reads a ${VAR:-default} image through its default and says so', () => {
    const [f] = decodeFacts([marked('node.os', 'Ubuntu2204', { as: 'os-image', kind: 'image-type' }, { raw: '${OS:-Ubuntu2204}' })]);
    expect(f).toMatchObject({ value: 'ubuntu-22.04', raw: '${OS:-Ubuntu2204}', note: 'Ubuntu2204 → Ubuntu 22.04 (default of ${OS:-Ubuntu2204})' });
  });

  it('keeps an unknown image as an unresolved fact with a note', () => {
    const [f] = decodeFacts([marked('node.os', 'my-golden-image', { as: 'os-image', kind: 'image' })]);
    expect(f).toEqual({
      name: 'node.os',
      value: 'my-golden-image',
      note: 'my-golden-image: not a known OS image name',
      unresolved: true,
      origin: 'repository',
      place,
      source: 'test',
    });
  });

  it('drops a Windows image: no rule concerns it', () => {
    expect(decodeFacts([marked('node.os', 'WINDOWS_LTSC_CONTAINERD', { as: 'os-image', kind: 'image-type' })])).toEqual([]);
  });

  it('keeps Terraform wording: what before, a custom AMI after, unresolved', () => {
    const decode: FactDecode = {
      as: 'os-image',
      kind: 'image-type',
      k8sMinor: '1.31',
      before: 'node group a',
      after: 'custom AMI ami-1: which kernel it boots depends on the AMI',
      form: 'hcl',
    };
    const [f] = decodeFacts([marked('node.os', 'AL2_x86_64', decode, { unresolved: true })]);
    expect(f).toMatchObject({ value: 'eks-al2-1.31', raw: 'AL2_x86_64', unresolved: true });
    expect(f?.note).toMatch(/^node group a; AL2_x86_64 → EKS AL2 AMI for Kubernetes 1\.31; .*; custom AMI ami-1: which kernel it boots depends on the AMI$/);
  });

  it('decodes a tigera-operator chart version to the Calico version', () => {
    expect(decodeFacts([marked('calico.version', 'v3.27.3', { as: 'calico-chart', chart: 'tigera-operator' })])).toEqual([
      { name: 'calico.version', value: '3.27.3', raw: 'v3.27.3', origin: 'repository', place, source: 'test' },
    ]);
  });

  it('decodes an RKE2 bundled chart version with its package revision, as a default', () => {
    const [f] = decodeFacts([marked('calico.version', 'v3.32.100', { as: 'calico-chart', chart: 'rke2-calico', form: 'rke' }, { origin: 'default' })]);
    expect(f).toMatchObject({
      value: '3.32.1',
      raw: 'v3.32.100',
      origin: 'default',
      note: 'RKE2 bundles rke2-calico chart v3.32.100 = Calico 3.32.1, package revision 00; installed with cni: calico',
    });
  });

  it('keeps a chart version that is no Calico release as unresolved, never a version', () => {
    const [f] = decodeFacts([marked('calico.version', 'v0.0', { as: 'calico-chart', chart: 'tigera-operator' })]);
    expect(f).toMatchObject({ value: 'v0.0', unresolved: true, note: 'tigera-operator chart v0.0: not a Calico release' });
    expect(f?.decode).toBeUndefined();
  });

  it('passes facts without a marker unchanged', () => {
    const f: Fact = { name: 'kubeProxy.mode', value: 'ipvs', origin: 'repository', place, source: 'test' };
    expect(decodeFacts([f])).toEqual([f]);
  });
});

describe('extractors emit the written value with a marker', () => {
  it('vagrant-box writes the box name, not its OS', () => {
    const facts = vagrantBox.extract({ path: 'Vagrantfile', text: 'Vagrant.configure("2") do |config|\n  config.vm.box = "ubuntu/jammy64"\nend\n' });
    expect(facts).toEqual([
      expect.objectContaining({ name: 'node.os', value: 'ubuntu/jammy64', decode: { as: 'os-image', kind: 'vagrant-box', form: 'vagrant' } }),
    ]);
    expect(decodeFacts(facts)).toEqual([
      expect.objectContaining({ value: 'ubuntu-22.04', raw: 'ubuntu/jammy64', note: 'Vagrant box ubuntu/jammy64 → Ubuntu 22.04' }),
    ]);
  });

  it('a Helm chart version is written as is and marked with its chart', () => {
    const d = parseFile('Chart.yaml', 'version: v3.27.3\n').docs[0]!;
    const node = d.doc.get('version', true) as Parameters<typeof chartVersionFact>[2];
    const f = chartVersionFact('helm-chart-yaml', d, node, 'tigera-operator', 'v3.27.3');
    expect(f).toMatchObject({ name: 'calico.version', value: 'v3.27.3', decode: { as: 'calico-chart', chart: 'tigera-operator' } });
    expect(f?.place).toMatchObject({ line: 1, column: 10 });
  });

  it('no marked fact reaches a context: buildContexts decodes first', () => {
    const ctx = buildContexts([marked('node.os', 'Ubuntu2204', { as: 'os-image', kind: 'image-type' })], []);
    const os = ctx.flatMap((c) => c.facts).filter((f) => f.name === 'node.os');
    expect(os).toEqual([expect.objectContaining({ value: 'ubuntu-22.04', raw: 'Ubuntu2204' })]);
    expect(ctx.flatMap((c) => c.facts).some((f) => f.decode !== undefined)).toBe(false);
  });
});

describe('a Vagrantfile of several boxes is a test matrix', () => {
  const dir = new URL('../fixtures/context/vagrant-matrix/', import.meta.url);
  const boxes = (name: string) => {
    const text = readFileSync(new URL(name, dir), 'utf8');
    return decodeFacts(vagrantBox.extract({ path: `vm/${name}`, text }));
  };

  it('one node OS that is one of the boxes, placed at the first, each box behind it; a repeated box counts once', () => {
    const facts = boxes('Vagrantfile');
    expect(facts.map((f) => [f.value, f.candidates, f.place?.line, f.place?.column])).toEqual([['one of debian-12, rocky-9', ['debian-12', 'rocky-9'], 4, 17]]);
    expect(facts[0]?.derivedFrom?.map((f) => `${f.value}@${f.place?.line}`)).toEqual(['debian-12@4', 'rocky-9@7']);
    expect(facts[0]?.note).toBe(
      "the Vagrantfile's machines boot different boxes (debian/bookworm64, generic/rocky9), a test matrix: the nodes run one of them",
    );
  });

  it('a box whose OS is unknown leaves the node OS unknown, not the other box', () => {
    const facts = boxes('Vagrantfile.unknown');
    expect(facts.map((f) => [f.value, f.unresolved, f.candidates])).toEqual([['one of acme/golden-2024, rocky-9', true, undefined]]);
  });
});
