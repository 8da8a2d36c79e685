import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

describe('examples of issue 3 part B (findings only the installer and Cluster API extractors can give)', () => {
  it('kubespray-iptables-race: KP-IPT-PARTIAL-SYNC-RACE at kube_version, from group_vars alone', async () => {
    const r = await scan({ root: `${EXAMPLES}kubespray-iptables-race` });
    const f = r.findings.find((x) => x.ruleId === 'KP-IPT-PARTIAL-SYNC-RACE');
    expect(f?.primary).toMatchObject({ file: 'inventory/mycluster/group_vars/k8s_cluster/k8s-cluster.yml', line: 3, column: 15 });
    expect(f?.evidence.map((e) => [e.name, e.value, e.source])).toEqual(
      expect.arrayContaining([
        ['kubeProxy.mode', 'iptables', 'kubespray-group-vars'],
        ['kubeProxy.version', '1.28.3', 'derive:kube-proxy-from-cluster'],
      ]),
    );
    expect(r.findings.map((x) => x.ruleId)).toEqual(['KP-IPT-PARTIAL-SYNC-RACE']);
  });

  it('capi-rocky8-ipvs: KP-IPVS-CONN-REUSE on Rocky Linux 8 (kernel 4.18) inferred from the vSphere template', async () => {
    const r = await scan({ root: `${EXAMPLES}capi-rocky8-ipvs` });
    const f = r.findings.find((x) => x.ruleId === 'KP-IPVS-CONN-REUSE');
    expect(f).toBeDefined();
    const kernel = f?.evidence.find((e) => e.name === 'node.kernel');
    expect(kernel?.value).toMatch(/^4\.18(\.|$)/);
    expect(kernel?.derivedFrom?.[0]).toMatchObject({
      name: 'node.os',
      value: 'rocky-8',
      source: 'capi-machine-os',
      note: 'rockylinux-8-kube-v1.28.3 → Rocky Linux 8',
      place: { file: 'cluster.yaml', line: 65, column: 17 },
    });
    const mode = f?.evidence.find((e) => e.name === 'kubeProxy.mode');
    expect(mode?.value).toBe('ipvs');
    expect(mode?.place).toMatchObject({ file: 'cluster.yaml', line: 37, column: 17 });
  });
});
