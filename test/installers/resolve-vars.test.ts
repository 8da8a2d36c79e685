import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/model/fact.js';
import { formatPlace } from '../../src/model/place.js';
import { scan } from '../../src/scan.js';
import { INSTALLERS } from './helpers.js';

async function contexts(dir: string) {
  const result = await scan({ root: `${INSTALLERS}${dir}`, rules: [] });
  return result.contexts.map((c) => ({
    name: c.name,
    facts: c.facts
      .filter((f) =>
        ['kubernetes.version', 'kubeProxy.mode', 'calico.ipipMode', 'calico.vxlanMode', 'calico.version', 'calico.featureDetectOverride'].includes(f.name),
      )
      .map((f) => `${f.name}=${f.value}${f.unresolved ? ' (unresolved)' : ''} [${f.origin}] @${f.place ? formatPlace(f.place) : '-'}`),
    variables: c.facts.filter((f) => f.name === 'ansible.variable').length,
    notes: c.facts.filter((f) => f.name === 'calico.ipipMode' || f.name === 'kubernetes.version').map((f) => f.note ?? ''),
  }));
}

describe('Ansible variable references resolved within a cluster', () => {
  it("follows Kubespray's own chain (ipip → ipip_mode → calico_ipip_mode), inventory first, then role defaults; other expressions stay unresolved", async () => {
    const got = await contexts('e2e/kubespray-vendored');
    expect(got.map((c) => c.name)).toEqual(['inventory/prod', 'inventory/stage']);
    const [prod, stage] = got;
    expect(prod?.facts).toEqual([
      'kubernetes.version=1.22.8 [repository] @inventory/prod/group_vars/k8s_cluster/k8s-cluster.yml:2:15',
      'kubeProxy.mode=iptables [repository] @inventory/prod/group_vars/k8s_cluster/k8s-cluster.yml:4:18',
      'calico.version=3.20.3 [repository] @inventory/prod/group_vars/k8s_cluster/k8s-net-calico.yml:2:17',
      'calico.ipipMode=Always [default] @kubespray/roles/network_plugin/calico/defaults/main.yml:8:19',
      'calico.vxlanMode=Never [default] @kubespray/roles/network_plugin/calico/defaults/main.yml:9:20',
    ]);
    expect(prod?.notes.find((n) => n.includes('ipip_mode'))).toBe(
      'Kubespray calico_ipip_mode; {{ ipip_mode }} → ipip_mode (kubespray/roles/network_plugin/calico/defaults/main.yml:7:12) → ipip (kubespray/roles/network_plugin/calico/defaults/main.yml:6:7) → "true" is true → "Always"',
    );
    expect(stage?.facts).toEqual([
      'kubernetes.version=1.21.6 [repository] @inventory/stage/group_vars/k8s_cluster/k8s-cluster.yml:2:15',
      'kubeProxy.mode=ipvs [default] @inventory/stage/group_vars/k8s_cluster/k8s-cluster.yml:4:22',
      'calico.version=3.19.2 [repository] @inventory/stage/group_vars/k8s_cluster/k8s-net-calico.yml:2:17',
      // The stage inventory's `ipip: false` (Kubespray's name before v2.13) is the setting itself, and wins over
      // the role default's chain it would also decide.
      'calico.ipipMode=Never [repository] @inventory/stage/group_vars/k8s_cluster/k8s-net-calico.yml:3:7',
      "calico.vxlanMode={{ lookup('env', 'VXLAN_MODE') }} (unresolved) [repository] @inventory/stage/group_vars/k8s_cluster/k8s-net-calico.yml:4:20",
      'kubeProxy.mode=ipvs [default] @kubespray/roles/kubespray-defaults/defaults/main.yaml:3:18',
    ]);
    // The raw variables are consumed when contexts are built; they never reach the rules or the reports.
    expect(got.map((c) => c.variables)).toEqual([0, 0]);
  });
});

describe('resolveTemplates', async () => {
  const { resolveTemplates } = await import('../../src/context/resolve-vars.js');
  type F = Fact;
  const v = (key: string, value: string, origin: 'repository' | 'default' = 'repository', line = 1): F => ({
    name: 'ansible.variable',
    key,
    value,
    origin,
    source: 'ansible-variables',
    place: { file: origin === 'default' ? 'roles/x/defaults/main.yml' : 'group_vars/all.yml', line, column: 1 },
  });
  const mode = (value: string): F => ({
    name: 'calico.ipipMode',
    value,
    unresolved: true,
    origin: 'repository',
    source: 'kubespray-group-vars',
    place: { file: 'group_vars/all.yml', line: 9, column: 1 },
  });
  const run = (facts: F[]) => resolveTemplates(facts).facts.map((f) => `${f.value}${f.unresolved ? ' (unresolved)' : ''}`);

  it('inventory beats role defaults; two different inventory values leave it unresolved', () => {
    expect(run([mode('{{ m }}'), v('m', 'CrossSubnet'), v('m', 'Always', 'default')])).toEqual(['CrossSubnet']);
    expect(run([mode('{{ m }}'), v('m', 'CrossSubnet', 'repository', 1), v('m', 'Always', 'repository', 2)])).toEqual(['{{ m }} (unresolved)']);
  });

  it('reads `not`, `| d(x)` and quoted conditions; anything else, cycles and unknown truth values stay unresolved', () => {
    expect(run([mode("{{ 'Never' if not ipip else 'Always' }}"), v('ipip', 'yes')])).toEqual(['Always']);
    expect(run([mode("{{ unset | d('Always') }}")])).toEqual(['Always']);
    expect(run([mode("{{ 'Always' if ipip else 'Never' }}"), v('ipip', 'maybe')])).toEqual(["{{ 'Always' if ipip else 'Never' }} (unresolved)"]);
    expect(run([mode('{{ a }}'), v('a', '{{ b }}'), v('b', '{{ a }}')])).toEqual(['{{ a }} (unresolved)']);
    expect(run([mode('{{ m | upper }}'), v('m', 'always')])).toEqual(['{{ m | upper }} (unresolved)']);
    expect(run([mode('x{{ m }}'), v('m', 'Always')])).toEqual(['x{{ m }} (unresolved)']);
  });

  it('an expression between literal text keeps the text (`v{{ kube_version }}`); two expressions stay unresolved', () => {
    const version = (value: string): F => ({ ...mode(value), name: 'kubernetes.version' });
    expect(run([version('v{{ k }}'), v('k', '1.28.6')])).toEqual(['1.28.6']);
    expect(run([version('{{ k }}.6'), v('k', '1.28')])).toEqual(['1.28.6']);
    expect(run([version('v{{ major }}.{{ minor }}'), v('major', '1'), v('minor', '28')])).toEqual(['v{{ major }}.{{ minor }} (unresolved)']);
  });

  it("a fact Ansible renders (a task's content, a role template) is resolved like the inventory's own; its mark is taken once, before grouping", async () => {
    const { takeRenderedMarks } = await import('../../src/context/resolve-vars.js');
    const content: F = { ...mode('{{ m }}'), name: 'kubeProxy.mode', source: 'kube-proxy-configuration', renderedBy: 'ansible' };
    const other: F = { name: 'installer.name', value: 'kubeadm', origin: 'repository', source: 'kubeadm-cluster-configuration' };
    const marks = takeRenderedMarks([content, other]);
    expect(marks.facts.map((f) => 'renderedBy' in f)).toEqual([false, false]);
    expect(marks.facts[1]).toBe(other);
    expect([...marks.rendered]).toEqual([marks.facts[0]]);
    const [resolved] = resolveTemplates([marks.facts[0]!, v('m', 'ipvs')], undefined, marks.rendered).facts;
    expect(resolved).toMatchObject({ value: 'ipvs', raw: '{{ m }}' });
    expect(resolved).not.toHaveProperty('unresolved');
    // Another source's placeholder (a Helm value, say) is not Ansible's to fill.
    expect(run([marks.facts[0]!, v('m', 'ipvs')])).toEqual(['{{ m }} (unresolved)']);
  });

  it('kubeasz config.yml placeholders give way to ezdown, and only then', () => {
    const placeholder: F = { name: 'kubernetes.version', value: '__k8s_ver__', unresolved: true, origin: 'repository', source: 'kubespray-kubeasz-config' };
    const ezdown: F = { name: 'kubernetes.version', value: '1.29.0', origin: 'repository', source: 'kubeasz-ezdown' };
    expect(resolveTemplates([placeholder, ezdown]).facts).toEqual([ezdown]);
    expect(resolveTemplates([placeholder]).facts).toEqual([placeholder]);
  });
});

describe('ansible-variables', () => {
  it('keeps every top-level scalar variable of a Kubespray variables file as written; lists and maps are not variables it resolves', async () => {
    const { ansibleVariables } = await import('../../src/extract/ansible-variables.js');
    const { extractInstaller } = await import('./helpers.js');
    const facts = extractInstaller(ansibleVariables, 'ansible-variables/group_vars/k8s_cluster/k8s-net-calico.yml');
    expect(facts.map((f) => `${f.key}=${f.value} @${f.place?.line}:${f.place?.column} [${f.origin}]`)).toEqual([
      'ipip=false @3:7 [repository]',
      'calico_version={{ calico_pinned }} @4:17 [repository]',
      'calico_pinned=v3.19.2 @5:16 [repository]',
      'calico_pool_blocksize=26 @6:24 [repository]',
    ]);
  });
});
