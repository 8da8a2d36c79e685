import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { excludeInstallerInternals } from '../../src/context/exclusions.js';
import { backupSegment } from '../../src/discover/discover.js';
import type { Fact } from '../../src/model/fact.js';
import { cli, copyFixture9, requireBundle, scanFixture, scanJson } from './helpers.js';

beforeAll(requireBundle);

describe('a Kubespray fork: role tree, sample inventory and tests/ are not clusters (e2e)', () => {
  it('forms one cluster from the real inventory; role defaults lose to it; no phantom ipvs finding', () => {
    const { run, report } = scanJson('kubespray-fork');
    expect(run.code).toBe(0);
    expect(report.contexts.map((c) => c.name)).toEqual(['repository']);
    const modes = report.contexts[0]!.facts.filter((f) => f.name === 'kubeProxy.mode');
    expect(modes.map((f) => `${f.value}@${f.place?.file}:${f.place?.line}`)).toEqual(['iptables@inventory/mycluster/group_vars/k8s_cluster/k8s-cluster.yml:4']);
    expect(report.findings.filter((f) => f.ruleId.startsWith('KP-IPVS'))).toEqual([]);
    expect(report.findings.filter((f) => f.severity === 'high')).toEqual([]);
    // The role tree still supplies what the inventory leaves out, as defaults.
    const vxlan = report.contexts[0]!.facts.find((f) => f.name === 'calico.vxlanMode');
    expect(vxlan).toMatchObject({ value: 'Always', origin: 'default', place: { file: 'roles/network_plugin/calico/defaults/main.yml', line: 4 } });
  });

  it('lists what it left out and how to include it, in JSON and text', () => {
    const { report } = scanJson('kubespray-fork');
    expect(report.excluded?.map((e) => [e.path, e.facts])).toEqual([
      ['inventory/sample/', 9],
      ['tests/', 10],
    ]);
    expect(report.excluded?.[0]?.include).toBe(
      'to check it as a cluster, name it in the config file: clusters: [{name: sample, paths: ["inventory/sample/**"]}]',
    );
    const text = scanFixture('kubespray-fork').stdout;
    expect(text).toContain('LEFT OUT (2): installer templates, test fixtures and other files read but not taken as clusters');
    expect(text).toContain("  inventory/sample/  Kubespray's sample inventory, a template rather than a cluster: 9 facts not used");
    expect(text).toContain('  tests/  the test tree of the installer vendored in the repository root: 10 facts not used');
  });

  it('checks the sample inventory when the config file names it', () => {
    const dir = copyFixture9('kubespray-fork');
    writeFileSync(
      join(dir, '.netcompat.yaml'),
      'clusters:\n  - name: sample\n    paths: ["inventory/sample/**"]\n  - name: mine\n    paths: ["inventory/mycluster/**"]\n',
    );
    const run = cli(['scan', dir, '--format', 'json']);
    const report = JSON.parse(run.stdout) as { excluded?: unknown[]; findings: { ruleId: string; context: string }[] };
    expect(report.excluded?.map((e) => (e as { path: string }).path)).toEqual(['tests/']);
    expect(report.findings.filter((f) => f.ruleId === 'KP-IPVS-EXTIP-ETP-LOCAL').map((f) => f.context)).toEqual(['sample']);
    expect(run.code).toBe(1);
  });
});

describe('backup copies (e2e)', () => {
  it('a committed k8s-01.bak copy is skipped with that reason and does not double the findings', () => {
    const { run, report } = scanJson('kubeasz-bak');
    expect(run.code).toBe(1);
    expect(report.findings.map((f) => `${f.ruleId} ${f.primary?.file}:${f.primary?.line}`)).toEqual(['KP-IPVS-EXTIP-ETP-LOCAL clusters/k8s-01/config.yml:2']);
    expect(report.skipped.filter((s) => s.reason === 'backup').map((s) => s.path)).toEqual(['clusters/k8s-01.bak/config.yml', 'clusters/k8s-01.bak/hosts']);
  });

  it('recognises backup and editor copies by any path segment', () => {
    expect(backupSegment('clusters/k8s-01.bak/hosts')).toBe('k8s-01.bak');
    expect(backupSegment('inventory/prod/hosts.orig')).toBe('hosts.orig');
    expect(backupSegment('a/config.yml~')).toBe('config.yml~');
    expect(backupSegment('a/.config.yml.swp')).toBe('.config.yml.swp');
    expect(backupSegment('prod-backup/kubeadm.yaml')).toBe('prod-backup');
    expect(backupSegment('clusters/backup-tools/kubeadm.yaml')).toBeUndefined();
    expect(backupSegment('clusters/prod/kubeadm.yaml')).toBeUndefined();
    // A -backup copy needs its original beside it when the walk can look (`exists`): an etcd-backup app is no copy.
    const present = new Set(['clusters/prod']);
    expect(backupSegment('clusters/prod-backup/kubeadm.yaml', (p) => present.has(p))).toBe('prod-backup');
    expect(backupSegment('apps/etcd-backup/cronjob.yaml', (p) => present.has(p))).toBeUndefined();
    expect(backupSegment('clusters/k8s-01.bak/hosts', () => false)).toBe('k8s-01.bak');
  });
});

function fact(file: string, name: Fact['name'] = 'kubeProxy.mode', value = 'ipvs'): Fact {
  return { name, value, origin: 'repository', source: 'test', place: { file, line: 1, column: 1 } };
}

describe('excludeInstallerInternals', () => {
  it('keeps an environment folder called test, and drops testdata and a vendored installer tests/ tree', () => {
    const facts = [
      fact('environments/test/group_vars/all.yml'),
      fact('environments/test/group_vars/all.yml', 'cluster.definition', 'environments/test'),
      fact('tools/gen/testdata/kubeadm.yaml'),
      fact('vendor/kubespray/roles/kubespray-defaults/defaults/main.yml'),
      fact('vendor/kubespray/tests/files/ci.yml'),
      fact('tests/e2e/kubeadm.yaml'),
    ];
    const out = excludeInstallerInternals(facts);
    expect(out.facts.map((f) => `${f.place!.file} ${f.origin}`)).toEqual([
      'environments/test/group_vars/all.yml repository',
      'environments/test/group_vars/all.yml repository',
      'vendor/kubespray/roles/kubespray-defaults/defaults/main.yml default',
      'tests/e2e/kubeadm.yaml repository',
    ]);
    expect(out.excluded.map((e) => e.path)).toEqual(['tools/gen/testdata/', 'vendor/kubespray/tests/']);
  });

  it('leaves documentation trees out (docs/, doc/, documentation/ at any depth), not folders that only begin with the word', () => {
    const out = excludeInstallerInternals([
      fact('docs/kubeadm/other/kubeadm-config.yaml'),
      fact('website/doc/examples/calico.yaml'),
      fact('documentation/ipvs.yaml'),
      fact('docsite/kubeadm.yaml'),
      fact('src/docs.yaml'),
    ]);
    expect(out.facts.map((f) => f.place!.file)).toEqual(['docsite/kubeadm.yaml', 'src/docs.yaml']);
    expect(out.excluded.map((e) => `${e.path} ${e.facts} ${e.reason}`)).toEqual([
      'docs/ 1 documentation: example configs, not a cluster the repository deploys',
      'documentation/ 1 documentation: example configs, not a cluster the repository deploys',
      'website/doc/ 1 documentation: example configs, not a cluster the repository deploys',
    ]);
  });

  it('never lets a role tree define a cluster', () => {
    const out = excludeInstallerInternals([fact('roles/network_plugin/calico/vars/main.yml', 'cluster.definition', 'roles/network_plugin/calico/vars')]);
    expect(out.facts).toEqual([]);
  });
});

describe('an Ansible role with Molecule test scenarios (e2e)', () => {
  it('leaves the scenarios out: their pinned test versions raise no finding and no conflict', () => {
    const { report } = scanJson('rke2-role-molecule');
    expect(report.excluded?.map((e) => e.path)).toEqual(['molecule/']);
    expect(report.findings.filter((f) => f.ruleId === 'KP-IPT-PARTIAL-SYNC-RACE')).toEqual([]);
    const versions = report.contexts.flatMap((c) => c.facts).filter((f) => f.name === 'kubernetes.version');
    expect(versions.map((f) => `${f.value}@${f.place?.file}`)).toEqual(['1.25.3+rke2r1@defaults/main.yml']);
  });
});

describe('a cluster config beside an older one kept in docs/ for reference (e2e)', () => {
  it('the docs/ config is left out: one cluster, no partial-sync race high from the 1.27.3 example', () => {
    const { report } = scanJson('docs-examples');
    expect(report.excluded?.map((e) => e.path)).toEqual(['docs/']);
    expect(report.contexts.map((c) => c.name)).toEqual(['repository']);
    expect(report.findings).toEqual([]);
    const versions = report.contexts.flatMap((c) => c.facts).filter((f) => f.name === 'kubernetes.version');
    expect(versions.map((f) => `${f.value}@${f.place?.file}`)).toEqual(['1.30.2@cluster/kubeadm.yaml']);
  });
});
