import { describe, expect, it } from 'vitest';
import { chartTemplate, YAML_FILES } from '../../src/extract/file-shapes.js';

const noChart = (): boolean => false;

describe('file shapes', () => {
  it('Terraform templates of YAML (*.yaml.tftpl) are YAML files; a script template is not', () => {
    expect(['cloud-init.yaml.tftpl', 'b/user-data.yml.tftpl', 'init.sh.tftpl', 'x.tftpl'].map((p) => YAML_FILES.test(p))).toEqual([true, true, false, false]);
  });

  it('Jinja *.yaml.j2 / *.yml.j2 are YAML files; other .j2 files are not', () => {
    expect(['a.yaml.j2', 'b/c.yml.j2', 'x.yaml', 'x.tpl'].map((p) => YAML_FILES.test(p))).toEqual([true, true, true, true]);
    expect(['motd.txt.j2', 'unit.service.j2', 'a.j2', 'yaml.j2'].map((p) => YAML_FILES.test(p))).toEqual([false, false, false, false]);
  });

  it("a templates/ folder's Jinja file holding template syntax is skipped quietly as a role template; without any, it is read", () => {
    expect(chartTemplate('roles/node/templates/kubeadm.yaml.j2', 'mode: {{ mode }}\n', noChart)).toEqual({
      path: 'roles/node/templates/kubeadm.yaml.j2',
      reason: 'template',
      detail: "Jinja template in a templates/ folder (an Ansible role's); the variables it is rendered from are read instead",
      quiet: true,
    });
    expect(chartTemplate('roles/node/templates/kubeadm.yaml.j2', '{% if ipvs %}\nmode: ipvs\n{% endif %}\n', noChart)?.quiet).toBe(true);
    expect(chartTemplate('roles/node/templates/plain.yaml.j2', 'mode: ipvs\n', noChart)).toBeUndefined();
    expect(chartTemplate('talos/controlplane.yaml.j2', 'mode: {{ mode }}\n', noChart)).toBeUndefined();
    expect(chartTemplate('charts/x/templates/ds.yaml', 'image: {{ .Values.image }}\n', (f) => f === 'charts/x')?.detail).toBe(
      'Helm chart template; the chart values are read instead',
    );
  });

  it("a kubeadm or kube-proxy config template of a role without defaults/, vars/ or meta/ (the playbook's own) is read; a packaged role's is not", () => {
    const config = 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: {{ proxy_mode }}\n';
    const none = (): boolean => false;
    expect(chartTemplate('ansible/roles/init/templates/kube-proxy.yaml.j2', config, noChart, none)).toBeUndefined();
    const packaged = (p: string): boolean => p === 'ansible/roles/init/vars/main.yml';
    expect(chartTemplate('ansible/roles/init/templates/kube-proxy.yaml.j2', config, noChart, packaged)?.quiet).toBe(true);
    expect(chartTemplate('roles/init/templates/kube-proxy.yaml.j2', config, noChart, (p) => p === 'roles/init/defaults/main.yaml')?.quiet).toBe(true);
    // A role keeping its defaults as a folder of files (Kubespray's `defaults/main/main.yml`) is packaged too.
    expect(chartTemplate('roles/init/templates/kube-proxy.yaml.j2', config, noChart, (p) => p === 'roles/init/defaults/main/main.yml')?.quiet).toBe(true);
    expect(chartTemplate('roles/init/templates/kube-proxy.yaml.j2', config, noChart, (p) => p === 'roles/init/vars/main/main.yaml')?.quiet).toBe(true);
    expect(chartTemplate('roles/download/templates/kubeadm-images.yaml.j2', config, noChart, (p) => p === 'roles/download/meta/main.yml')?.quiet).toBe(true);
    // Another template of the same role stays set aside; the word in a comment is not a kind.
    expect(chartTemplate('roles/init/templates/sysctl.yaml.j2', 'net: {{ x }}\n', noChart, none)?.quiet).toBe(true);
    expect(chartTemplate('roles/init/templates/notes.yaml.j2', '# KubeProxyConfiguration\nnet: {{ x }}\n', noChart, none)?.quiet).toBe(true);
  });

  it('a kubeadm config template named without .yaml (kubeadm-config.j2, kubeadm.conf.j2, kubeadm-init.j2) takes the same guard', () => {
    const config = 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nkubernetesVersion: v{{ kube_version }}\n';
    const none = (): boolean => false;
    for (const name of ['kubeadm-config.j2', 'kubeadm.conf.j2', 'kubeadm-init.j2']) {
      expect(chartTemplate(`roles/master/templates/${name}`, config, noChart, none), name).toBeUndefined();
      expect(chartTemplate(`roles/master/templates/${name}`, config, noChart, (p) => p === 'roles/master/defaults/main.yml')?.quiet, name).toBe(true);
    }
  });
  it("a Calico manifest template of a playbook's own role is read, with defaults/ or nested; an installer's role (vars/, meta/) and Canal's are not", () => {
    const calico =
      'kind: DaemonSet\nmetadata:\n  name: calico-node\nspec:\n  template:\n    spec:\n      containers:\n        - name: calico-node\n          image: {{ calico_node_image }}\n';
    const none = (): boolean => false;
    // kairen/kubeadm-ansible's layout: the cni role keeps defaults/ (an interface option) beside its calico.yml.j2.
    expect(chartTemplate('roles/cni/templates/calico.yml.j2', calico, noChart, (p) => p === 'roles/cni/defaults/main.yml')).toBeUndefined();
    // TimeBye/kubeadm-ha's layout: a nested role, the manifest in a subfolder of its templates/.
    expect(chartTemplate('roles/plugins/network-plugins/templates/calico/calico-typha.yaml.j2', calico, noChart, none)).toBeUndefined();
    // Kubespray's network_plugin/calico (vars/, meta/) and kubeasz's calico (vars/) render from their own values.
    expect(
      chartTemplate('roles/network_plugin/calico/templates/calico-node.yml.j2', calico, noChart, (p) => p === 'roles/network_plugin/calico/meta/main.yml')
        ?.quiet,
    ).toBe(true);
    expect(chartTemplate('roles/calico/templates/calico-v3.28.yaml.j2', calico, noChart, (p) => p === 'roles/calico/vars/main.yml')?.quiet).toBe(true);
    // Canal runs calico-node beside flannel: one of several CNI templates, Calico for policy only.
    const canal = `${calico}        - name: kube-flannel\n          image: quay.io/coreos/flannel:v0.11.0\n`;
    expect(chartTemplate('roles/cni/templates/canal.yml.j2', canal, noChart, none)?.quiet).toBe(true);
    // A calico-node name outside a DaemonSet (an RBAC object) does not make a manifest.
    expect(chartTemplate('roles/cni/templates/rbac.yml.j2', 'kind: ClusterRole\nmetadata:\n  name: calico-node\n  ns: {{ ns }}\n', noChart, none)?.quiet).toBe(
      true,
    );
  });
});
