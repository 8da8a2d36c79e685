import { describe, expect, it } from 'vitest';
import { kubeadmClusterConfiguration } from '../../src/extract/kubeadm-cluster-configuration.js';
import { brief, extractFixture } from './helpers.js';

describe('kubeadm-cluster-configuration', () => {
  it("reads kubernetesVersion and, with no KubeProxyConfiguration in the file, kubeadm's default mode", () => {
    const facts = extractFixture(kubeadmClusterConfiguration, 'init.yaml');
    expect(facts.map(brief)).toEqual([
      { name: 'cluster.definition', value: '', line: 7, column: 7 },
      { name: 'installer.name', value: 'kubeadm', line: 7, column: 7 },
      { name: 'kubernetes.version', value: '1.28.7', line: 9, column: 20 },
      { name: 'kubeProxy.mode', value: 'iptables', line: 7, column: 7, origin: 'default' },
      { name: 'apiserver.admissionPlugins', value: 'NodeRestriction', line: 7, column: 7, origin: 'default' },
    ]);
    expect(facts[2]?.raw).toBe('v1.28.7');
    expect(facts[0]?.note).toBe('kubeadm ClusterConfiguration');
  });

  it('gives no default mode when the file configures kube-proxy', () => {
    expect(
      extractFixture(kubeadmClusterConfiguration, 'with-proxy.yaml')
        .map(brief)
        .filter((f) => f.name !== 'cluster.definition' && f.name !== 'installer.name' && f.name !== 'apiserver.admissionPlugins'),
    ).toEqual([{ name: 'kubernetes.version', value: '1.21.0', line: 3, column: 20 }]);
  });

  it('reads proxy.disabled (v1beta4) instead of a mode', () => {
    expect(
      extractFixture(kubeadmClusterConfiguration, 'disabled.yaml')
        .map(brief)
        .filter((f) => f.name !== 'cluster.definition' && f.name !== 'installer.name' && f.name !== 'apiserver.admissionPlugins'),
    ).toEqual([
      { name: 'kubernetes.version', value: '1.31.1', line: 3, column: 20 },
      { name: 'kubeProxy.disabled', value: 'true', line: 5, column: 13 },
    ]);
  });

  it('never takes a placeholder for a version; uses an envsubst default; ignores other API groups', () => {
    const versions = extractFixture(kubeadmClusterConfiguration, 'templated.yaml').filter((f) => f.name === 'kubernetes.version');
    expect(versions.map(brief)).toEqual([
      { name: 'kubernetes.version', value: '{{ kube_version }}', line: 3, column: 20, unresolved: true },
      { name: 'kubernetes.version', value: '1.29.2', line: 7, column: 20 },
      { name: 'kubernetes.version', value: 'v$KUBERNETES_VERSION', line: 11, column: 20, unresolved: true },
    ]);
  });

  it('reads enable-admission-plugins from apiServer.extraArgs, as a mapping (v1beta3) or a name/value list (v1beta4)', () => {
    const facts = extractFixture(kubeadmClusterConfiguration, 'admission.yaml').filter((f) => f.name === 'apiserver.admissionPlugins');
    expect(facts.map(brief)).toEqual([
      { name: 'apiserver.admissionPlugins', value: 'NodeRestriction,DenyServiceExternalIPs', line: 7, column: 31 },
      { name: 'apiserver.admissionPlugins', value: 'NodeRestriction,PodSecurity', line: 17, column: 14 },
      { name: 'apiserver.admissionPlugins', value: 'NodeRestriction', line: 23, column: 3, origin: 'default' },
    ]);
  });
});
