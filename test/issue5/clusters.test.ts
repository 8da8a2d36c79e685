import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, FIX, requireBundle } from './cli.js';

const TWO = join(FIX, 'two-clusters');
/** The fixture holds its own .netcompat.yaml; these runs point --config elsewhere or at nothing. */
const json = (stdout: string) =>
  JSON.parse(stdout) as {
    findings: Array<{ ruleId: string; context: string; primary?: { file: string; line: number; column: number } }>;
    contexts: Array<{ name: string; formedBy: string; facts: Array<{ name: string; value: string }> }>;
  };
const NO_CONFIG = join(FIX, 'configs/no-clusters.yaml');

beforeAll(requireBundle);

describe('two clusters in one repository', () => {
  // The new cluster's Service sets externalIPs and its kubeadm API server keeps the default admission plugins:
  // KP-CVE-2020-8554 (rule pack 2) applies there, and only there.
  it('split by directory: old gets the iptables race, new the externalIPs exposure', () => {
    const r = cli(['scan', TWO, '--config', NO_CONFIG, '--node-os', 'ubuntu-22.04', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const out = json(r.stdout);
    expect(out.contexts.map((c) => [c.name, c.formedBy])).toEqual([
      ['clusters/new', 'directory clusters/new/: kubeadm ClusterConfiguration'],
      ['clusters/old', 'directory clusters/old/: kubeadm ClusterConfiguration'],
    ]);
    expect(out.findings.map((f) => [f.ruleId, f.context, f.primary])).toEqual([
      ['KP-CVE-2020-8554', 'clusters/new', { file: 'clusters/new/edge-service.yaml', line: 9, column: 3, endLine: 9, endColumn: 14 }],
      ['KP-IPT-PARTIAL-SYNC-RACE', 'clusters/old', { file: 'clusters/old/kubeadm.yaml', line: 4, column: 20, endLine: 4, endColumn: 27 }],
    ]);
    // Files in no cluster's tree reach both; a cluster's own facts reach only it.
    const facts = (name: string) => out.contexts.find((c) => c.name === name)!.facts.map((f) => `${f.name}=${f.value}`);
    expect(facts('clusters/new')).toContain('service.externalIPsLocal=ingress/edge');
    expect(facts('clusters/old')).not.toContain('service.externalIPsLocal=ingress/edge');
    expect(facts('clusters/old')).not.toContain('kubernetes.version=1.30.2');
  });

  it('the text report says how the clusters were formed and what each has', () => {
    const r = cli(['scan', TWO, '--config', NO_CONFIG, '--node-os', 'ubuntu-22.04']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain(
      [
        'clusters: clusters/new (directory clusters/new/: kubeadm ClusterConfiguration), clusters/old (directory clusters/old/: kubeadm ClusterConfiguration)',
        "  formed: 2 clusters, split by directory: each cluster definition's tree is one cluster, files outside every tree apply to all",
        '  clusters/new: service.externalIPs ingress/edge; service.externalIPsLocal ingress/edge; apiserver.admissionPlugins NodeRestriction; installer.name kubeadm; kubernetes.version v1.30.2; kubeProxy.mode ipvs; node.os ubuntu-22.04; kubeProxy.version v1.30.2; node.kernel 5.15; host.iptablesBackend nft',
        '  clusters/old: apiserver.admissionPlugins NodeRestriction; installer.name kubeadm; kubernetes.version v1.27.3; kubeProxy.mode iptables; node.os ubuntu-22.04; kubeProxy.version v1.27.3; node.kernel 5.15; host.iptablesBackend nft',
        '',
      ].join('\n'),
    );
    expect(r.stdout).toContain('    cluster: clusters/old\n');
  });

  it('mixed into one context, the same files give a false IPVS finding built from both clusters', () => {
    const r = cli(['scan', TWO, '--config', join(FIX, 'configs/one-context.yaml'), '--node-os', 'ubuntu-22.04', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const out = json(r.stdout) as ReturnType<typeof json> & {
      findings: Array<{ evidence: Array<{ name: string; place?: { file: string }; derivedFrom?: Array<{ place?: { file: string } }> }> }>;
    };
    expect(out.findings.map((f) => f.ruleId)).toEqual(['KP-CVE-2020-8554', 'KP-IPT-PARTIAL-SYNC-RACE', 'KP-IPVS-EXTIP-ETP-LOCAL']);
    const wrong = out.findings[2]!;
    // ipvs from the new cluster, 1.27.3 from the old one: no real cluster has both.
    const mode = wrong.evidence.find((e) => e.name === 'kubeProxy.mode');
    const version = wrong.evidence.find((e) => e.name === 'kubeProxy.version');
    expect(mode?.place?.file).toBe('clusters/new/kubeadm.yaml');
    expect(version?.derivedFrom?.[0]?.place?.file).toBe('clusters/old/kubeadm.yaml');
  });

  it('.netcompat.yaml clusters: the same split, with a node OS per cluster', () => {
    const r = cli(['scan', TWO, '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const out = json(r.stdout);
    expect(out.contexts.map((c) => [c.name, c.formedBy])).toEqual([
      ['old', 'config file: paths clusters/old'],
      ['new', 'config file: paths clusters/new/**'],
    ]);
    const os = (name: string) =>
      out.contexts
        .find((c) => c.name === name)!
        .facts.filter((f) => f.name === 'node.os')
        .map((f) => f.value);
    expect(os('old')).toEqual(['ubuntu-22.04']);
    expect(os('new')).toEqual(['rocky-9']);
    expect(out.findings.map((f) => [f.ruleId, f.context])).toEqual([
      ['KP-CVE-2020-8554', 'new'],
      ['KP-IPT-PARTIAL-SYNC-RACE', 'old'],
    ]);
  });

  it("a cluster's node OS reaches only that cluster, and the config file's fail-on applies", () => {
    const cfg = join(FIX, 'configs/new-on-centos7.yaml');
    const r = cli(['scan', TWO, '--config', cfg, '--format', 'json']);
    const out = json(r.stdout);
    // CentOS 7.9's kernel 3.10 with IPVS: a finding in "new" only; "old" runs iptables on Ubuntu.
    expect(out.findings.map((f) => [f.ruleId, f.context])).toEqual([
      ['KP-CVE-2020-8554', 'new'],
      ['KP-IPVS-CONN-REUSE-DELAY', 'new'],
      ['KP-IPT-PARTIAL-SYNC-RACE', 'old'],
    ]);
    expect((JSON.parse(r.stdout) as { verdict: { failOn: string } }).verdict.failOn).toBe('medium');
    expect(r.code).toBe(1);
    // Only the two medium findings left: the config file's fail-on medium fails, the flag wins over it.
    const medium = cli(['scan', TWO, '--config', cfg, '--kube-proxy-mode', 'ipvs']);
    expect(medium.stdout).toContain('\nVerdict: 2 medium: fails on medium\n');
    expect(medium.code, medium.stderr).toBe(1);
    const high = cli(['scan', TWO, '--config', cfg, '--kube-proxy-mode', 'ipvs', '--fail-on', 'high']);
    expect(high.stdout).toContain('\nVerdict: 2 medium: passes (fail-on high)\n');
    expect(high.code, high.stderr).toBe(0);
    const low = cli(['scan', TWO, '--config', cfg, '--fail-on', 'none']);
    expect(low.code, low.stderr).toBe(0);
    expect(low.stdout).toContain('        from node.os = centos-7.9  given by config file node-os (CentOS 7.9)\n');
  });
});

describe('netcompat facts', () => {
  it('lists every fact per cluster with its place, origin, reader and derivation', () => {
    const r = cli(['facts', TWO, '--config', NO_CONFIG, '--kube-proxy-mode', 'ipvs']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      [
        `netcompat 0.1.0: facts of ${TWO}: 2 clusters, split by directory: each cluster definition's tree is one cluster, files outside every tree apply to all`,
        '',
        'CLUSTER clusters/new: directory clusters/new/: kubeadm ClusterConfiguration (8 facts)',
        '  service.externalIPs = ingress/edge  repository, at clusters/new/edge-service.yaml:9:3 (externalIPs 203.0.113.10)  [service-external-ips]',
        '  service.externalIPsLocal = ingress/edge  repository, at clusters/new/edge-service.yaml:11:26 (externalTrafficPolicy Local with externalIPs 203.0.113.10 (line 9))  [service-external-ips-local]',
        "  apiserver.admissionPlugins = NodeRestriction  at clusters/new/kubeadm.yaml:3:7 (default: kubeadm's default --enable-admission-plugins (NodeRestriction): apiServer.extraArgs does not set it)",
        '  cluster.definition = clusters/new  repository, at clusters/new/kubeadm.yaml:3:7 (kubeadm ClusterConfiguration)  [kubeadm-cluster-configuration]',
        '  installer.name = kubeadm  repository, at clusters/new/kubeadm.yaml:3:7 (kubeadm ClusterConfiguration)  [kubeadm-cluster-configuration]',
        '  kubernetes.version = v1.30.2  repository, at clusters/new/kubeadm.yaml:4:20  [kubeadm-cluster-configuration]',
        '  kubeProxy.mode = ipvs  given by --kube-proxy-mode',
        '  kubeProxy.version = v1.30.2  derived: cluster version',
        '    from kubernetes.version = v1.30.2  repository, at clusters/new/kubeadm.yaml:4:20  [kubeadm-cluster-configuration]',
        '  overridden, not evaluated (1):',
        '    kubeProxy.mode = ipvs  repository, at clusters/new/kubeadm.yaml:9:7  [kube-proxy-configuration]  → replaced by ipvs (given by --kube-proxy-mode)',
        '',
        'CLUSTER clusters/old: directory clusters/old/: kubeadm ClusterConfiguration (6 facts)',
        "  apiserver.admissionPlugins = NodeRestriction  at clusters/old/kubeadm.yaml:3:7 (default: kubeadm's default --enable-admission-plugins (NodeRestriction): apiServer.extraArgs does not set it)",
        '  cluster.definition = clusters/old  repository, at clusters/old/kubeadm.yaml:3:7 (kubeadm ClusterConfiguration)  [kubeadm-cluster-configuration]',
        '  installer.name = kubeadm  repository, at clusters/old/kubeadm.yaml:3:7 (kubeadm ClusterConfiguration)  [kubeadm-cluster-configuration]',
        '  kubernetes.version = v1.27.3  repository, at clusters/old/kubeadm.yaml:4:20  [kubeadm-cluster-configuration]',
        '  kubeProxy.mode = ipvs  given by --kube-proxy-mode',
        '  kubeProxy.version = v1.27.3  derived: cluster version',
        '    from kubernetes.version = v1.27.3  repository, at clusters/old/kubeadm.yaml:4:20  [kubeadm-cluster-configuration]',
        '  overridden, not evaluated (1):',
        '    kubeProxy.mode = iptables  repository, at clusters/old/kubeadm.yaml:9:7  [kube-proxy-configuration]  → replaced by ipvs (given by --kube-proxy-mode)',
        '',
      ].join('\n'),
    );
  });

  it('--format json: the clusters with facts and overridden facts', () => {
    const r = cli(['facts', TWO, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      formedBy: string;
      contexts: Array<{
        name: string;
        facts: Array<{ name: string; value: string; origin: string; source: string; derivedFrom?: unknown[] }>;
        overridden: unknown[];
      }>;
    };
    expect(out.formedBy).toBe("2 clusters from the config file; files in no cluster's paths apply to every cluster");
    expect(out.contexts.map((c) => c.name)).toEqual(['old', 'new']);
    const os = out.contexts[1]!.facts.find((f) => f.name === 'node.os');
    expect(os).toMatchObject({ value: 'rocky-9', origin: 'explicit', source: 'config:node-os' });
    const kernel = out.contexts[1]!.facts.find((f) => f.name === 'node.kernel');
    expect(kernel).toMatchObject({ origin: 'derived', derivedFrom: [{ name: 'node.os', value: 'rocky-9' }] });
    expect(out.contexts[0]!.overridden).toEqual([]);
  });

  it('rejects a gating flag and a bad format with exit 2', () => {
    expect(cli(['facts', TWO, '--only-changed']).code).toBe(2);
    const r = cli(['facts', TWO, '--format', 'sarif']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/format: "sarif" is not accepted.*text, json/);
  });
});
