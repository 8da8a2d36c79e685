import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileReader } from '../../src/discover/file-reader.js';
import { readWithin } from '../../src/discover/read-within.js';
import { vagrantProvision } from '../../src/extract/vagrant-provision.js';
import type { Fact } from '../../src/model/fact.js';
import { INSTALLERS, show } from './helpers.js';

const reader = new FileReader(1024 * 1024);
const helpers = { readText: (path: string) => readWithin(INSTALLERS, path, reader) };
const FILE = 'vagrant-provision/lab/Vagrantfile';
const facts = (): Fact[] => vagrantProvision.extract({ path: FILE, text: readFileSync(`${INSTALLERS}${FILE}`, 'utf8') }, helpers);
const from = (f: Fact | undefined) => (f?.derivedFrom ?? []).map((d) => `${d.place?.file}:${d.place?.line}:${d.place?.column} ${d.note}`);

describe('vagrant-provision', () => {
  it('the box a YAML settings file names (not the one with a suffix added); what each script says with the env the provisioner passes it, beyond what it says alone', () => {
    expect(facts().map(show)).toEqual([
      'node.os=generic/ubuntu2204 @3:8 "generic/ubuntu2204"',
      'kubernetes.version=1.29 @3:48 "$K8S_PKG" [default]',
      'calico.version=3.27.2 @5:73 "v${CNI_TAG}"',
      'calico.kubeControllersVersion=3.27.2 @5:73 "v${CNI_TAG}"',
      'calico.ipipMode=Always @5:95 "calico.yaml" [default]',
      'calico.vxlanMode=Never @5:95 "calico.yaml" [default]',
      'kubernetes.version=1.28 @2:29 "$K8S_PKG" [default]',
    ]);
  });

  it('places each fact in the script, derived from the YAML value the Vagrantfile passed', () => {
    const all = facts();
    expect(all[0]?.place?.file).toBe('vagrant-provision/lab/lab.yaml');
    const calico = all.find((f) => f.name === 'calico.version');
    expect(calico?.place?.file).toBe('vagrant-provision/lab/provision/controlplane.sh');
    expect(from(calico)).toEqual([
      "vagrant-provision/lab/lab.yaml:6:11 CNI_TAG=3.27.2, set in vagrant-provision/lab/lab.yaml, passed by vagrant-provision/lab/Vagrantfile's shell provisioner (env)",
    ]);
  });

  it("a literal env value is derived from the Vagrantfile's line; a key the settings file lacks sets nothing", () => {
    const worker = facts().filter((f) => f.place?.file === 'vagrant-provision/lab/provision/worker.sh');
    expect(worker.map((f) => from(f))).toEqual([
      ["vagrant-provision/lab/Vagrantfile:30:79 K8S_PKG=1.28.4-1.1, passed by vagrant-provision/lab/Vagrantfile's shell provisioner (env)"],
    ]);
  });

  it('without the helper (nothing can be read beside the Vagrantfile) it says nothing', () => {
    expect(vagrantProvision.extract({ path: FILE, text: readFileSync(`${INSTALLERS}${FILE}`, 'utf8') })).toEqual([]);
  });
});
