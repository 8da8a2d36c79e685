import { describe, expect, it } from 'vitest';
import { calicoNode } from '../../src/extract/calico-node.js';
import { felixConfiguration } from '../../src/extract/felix-configuration.js';
import { k0sClusterConfig } from '../../src/extract/k0s-cluster-config.js';
import { kubeProxyConfiguration } from '../../src/extract/kube-proxy-configuration.js';
import { kubeProxyFlags } from '../../src/extract/kube-proxy-flags.js';
import { kubeProxyImage } from '../../src/extract/kube-proxy-image.js';
import { kubesprayGroupVars } from '../../src/extract/kubespray-group-vars.js';
import { rkeRke2Config } from '../../src/extract/rke-rke2-config.js';
import type { Fact } from '../../src/model/fact.js';
import { brief, extractFixture } from './helpers.js';
import { extractB, pin } from './sources-b-fixture.js';

// The facts rule pack 2 added to existing extractors: feature gates, the nftables kernel-check variable,
// hyperkube kube-proxy images, Felix nftablesMode, admission plugins in installer configs.
const only = (names: string[]) => (f: Fact) => names.includes(f.name);

describe('rule pack 2 facts in existing extractors', () => {
  it('KubeProxyConfiguration featureGates as Name=value pairs', () => {
    expect(
      extractFixture(kubeProxyConfiguration, 'gates.yaml')
        .filter(only(['kubeProxy.featureGates']))
        .map(brief),
    ).toEqual([{ name: 'kubeProxy.featureGates', value: 'NFTablesProxyMode=true,TopologyAwareHints=false', line: 5, column: 3 }]);
  });

  it('--feature-gates and a non-empty KUBE_PROXY_NFTABLES_SKIP_KERNEL_VERSION_CHECK on kube-proxy only', () => {
    const facts = extractFixture(kubeProxyFlags, 'nftables.yaml').filter(only(['kubeProxy.featureGates', 'kubeProxy.nftablesSkipKernelCheck']));
    expect(facts.map(brief)).toEqual([
      { name: 'kubeProxy.featureGates', value: 'NFTablesProxyMode=true', line: 16, column: 15 },
      { name: 'kubeProxy.nftablesSkipKernelCheck', value: 'true', line: 19, column: 22 },
    ]);
  });

  it('hyperkube images give kube-proxy facts only when they run kube-proxy', () => {
    expect(extractFixture(kubeProxyImage, 'hyperkube.yaml').map(brief)).toEqual([
      { name: 'kubeProxy.image', value: 'k8s.gcr.io/hyperkube-amd64', line: 11, column: 18 },
      { name: 'kubeProxy.version', value: '1.16.11', line: 11, column: 18 },
    ]);
  });

  it('Felix nftablesMode from FelixConfiguration and FELIX_NFTABLESMODE', () => {
    expect(extractFixture(felixConfiguration, 'nftables.yaml').map(brief)).toEqual([
      { name: 'calico.nftablesMode', value: 'Enabled', line: 6, column: 17 },
      { name: 'calico.dataplane', value: 'Nftables', line: 6, column: 17 },
    ]);
    expect(
      extractFixture(calicoNode, 'nftables.yaml')
        .filter(only(['calico.nftablesMode']))
        .map(brief),
    ).toEqual([{ name: 'calico.nftablesMode', value: 'Disabled', line: 14, column: 22 }]);
  });

  it('Kubespray kube_feature_gates (kube-proxy falls back to it) and kube_apiserver_enable_admission_plugins', () => {
    const facts = extractB(kubesprayGroupVars, 'kubespray-group-vars/inventory/nft/group_vars/k8s_cluster/k8s-cluster.yml');
    expect(facts.filter(only(['kubeProxy.featureGates', 'apiserver.admissionPlugins'])).map(pin)).toEqual([
      { name: 'kubeProxy.featureGates', value: 'NFTablesProxyMode=true', at: '5:3' },
      { name: 'apiserver.admissionPlugins', value: 'NodeRestriction,DenyServiceExternalIPs', at: '7:3' },
    ]);
  });

  it('RKE2/k3s kube-proxy-arg feature-gates and kube-apiserver-arg enable-admission-plugins', () => {
    const facts = extractB(rkeRke2Config, 'rke-rke2-config/gates.yaml');
    expect(facts.filter(only(['kubeProxy.featureGates', 'apiserver.admissionPlugins'])).map(pin)).toEqual([
      { name: 'kubeProxy.featureGates', value: 'NFTablesProxyMode=true', at: '5:5' },
      { name: 'apiserver.admissionPlugins', value: 'NodeRestriction,DenyServiceExternalIPs', at: '7:5' },
    ]);
  });

  it('k0s calico envVars FELIX_BPFENABLED and FELIX_NFTABLESMODE, api.extraArgs enable-admission-plugins', () => {
    const facts = extractB(k0sClusterConfig, 'k0s-cluster-config/calico-env.yaml');
    expect(facts.filter(only(['calico.dataplane', 'calico.nftablesMode', 'apiserver.admissionPlugins'])).map(pin)).toEqual([
      { name: 'calico.dataplane', value: 'Iptables', at: '10:15', origin: 'default' },
      { name: 'calico.nftablesMode', value: 'Disabled', at: '15:29' },
      { name: 'calico.dataplane', value: 'BPF', at: '14:27' },
      { name: 'apiserver.admissionPlugins', value: 'NodeRestriction,DenyServiceExternalIPs', at: '8:33' },
    ]);
  });
});
