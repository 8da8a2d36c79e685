import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/inputs/config.js';

const good = `# clusters of this repo
clusters:
  - name: prod
    paths: ["clusters/prod/**"]
    node-os: rocky-8.9
    kube-proxy-mode: ipvs
  - name: lab
    paths: [clusters/lab]
    kernel-version: 6.1.0-13-amd64
ignore:
  - rule: KP-IPVS-CONN-REUSE
    cluster: prod
    reason: migrating to iptables in Q1
    expires: "2027-03-31"
severity:
  CAL-KC-POD-CACHE-LEAK: medium
fail-on: medium
`;

describe('.netcompat.yaml', () => {
  it('reads clusters, their explicit values, ignores and overrides', () => {
    const c = parseConfig(good, '.netcompat.yaml');
    expect(c.clusters.map((x) => x.name)).toEqual(['prod', 'lab']);
    expect(c.clusters[0]!.explicit.map((f) => [f.name, f.value])).toEqual([
      ['kubeProxy.mode', 'ipvs'],
      ['node.os', 'rocky-8.9'],
    ]);
    expect(c.clusters[1]!.explicit.map((f) => [f.name, f.value])).toEqual([['node.kernel', '6.1.0-13-amd64']]);
    expect(c.ignore[0]).toMatchObject({ rule: 'KP-IPVS-CONN-REUSE', cluster: 'prod', expires: '2027-03-31', line: 11 });
    expect(c.severity).toEqual({ 'CAL-KC-POD-CACHE-LEAK': 'medium' });
    expect(c.failOn).toBe('medium');
  });

  it('names the line and the accepted values of a bad enum', () => {
    const bad = good.replace('kube-proxy-mode: ipvs', 'kube-proxy-mode: ipsv');
    expect(() => parseConfig(bad, '.netcompat.yaml')).toThrow(/^\.netcompat\.yaml:6: .*kube-proxy-mode.*\(iptables, ipvs, nftables\)/);
  });

  it('names the line of an unknown key and lists the accepted keys', () => {
    const bad = good.replace('    node-os: rocky-8.9', '    nodeOs: rocky-8.9');
    expect(() => parseConfig(bad, 'cfg.yaml')).toThrow(/^cfg\.yaml:5: unknown key "nodeOs".*accepted keys: name, paths, node-os/);
  });

  it('requires a reason for an ignore entry', () => {
    const bad = good.replace('    reason: migrating to iptables in Q1\n', '');
    expect(() => parseConfig(bad, '.netcompat.yaml')).toThrow(/:11: .*must have required property 'reason'/);
  });

  it('rejects an unknown node-os inside a cluster, naming the cluster and its line', () => {
    const bad = good.replace('node-os: rocky-8.9', 'node-os: plan9-4');
    expect(() => parseConfig(bad, '.netcompat.yaml')).toThrow(/^\.netcompat\.yaml:3: cluster "prod": node-os: "plan9-4"/);
  });

  it('rejects an ignore entry naming an undefined cluster', () => {
    const bad = good.replace('cluster: prod', 'cluster: staging');
    expect(() => parseConfig(bad, '.netcompat.yaml')).toThrow(/:12: ignore names cluster "staging"; defined clusters: prod, lab/);
  });

  it('rejects an expires that is not a calendar date, naming its line', () => {
    const bad = good.replace('"2027-03-31"', '"2027-13-45"');
    expect(() => parseConfig(bad, '.netcompat.yaml')).toThrow(/^\.netcompat\.yaml:14: expires "2027-13-45" is not a date; expected YYYY-MM-DD/);
    expect(() => parseConfig(good.replace('"2027-03-31"', '"2027-02-30"'), '.netcompat.yaml')).toThrow(/expires "2027-02-30" is not a date/);
    expect(parseConfig(good.replace('"2027-03-31"', '2028-02-29'), '.netcompat.yaml').ignore[0]!.expires).toBe('2028-02-29');
  });

  it('accepts any cluster name in ignore when clusters are formed from the layout, not declared', () => {
    const c = parseConfig('ignore:\n  - rule: KP-IPVS-CONN-REUSE\n    cluster: clusters/lab\n    reason: lab only\n', '.netcompat.yaml');
    expect(c.ignore[0]).toMatchObject({ cluster: 'clusters/lab', line: 2 });
  });

  it('reports broken YAML with its line', () => {
    expect(() => parseConfig('clusters:\n  - name: [\n', 'c.yaml')).toThrow(/^c\.yaml:\d+: not valid YAML/);
  });
});
