import { rkeRke2Config } from '../../src/extract/rke-rke2-config.js';
import { SETTINGS, testExtractor } from './tester.js';

testExtractor(
  rkeRke2Config,
  [
    {
      title: 'reads proxy-mode from kube-proxy-arg and Calico from a cni list',
      fixture: 'rke-rke2-config/config.yaml',
      facts: [
        { name: 'kubeProxy.mode', value: 'ipvs', line: 8, column: 5 },
        { name: 'calico.dataplane', value: 'Iptables', line: 5, column: 5, origin: 'default' },
        { name: 'apiserver.admissionPlugins', value: 'defaults only', line: 2, column: 1, origin: 'default' },
      ],
      textAt: { 0: 'proxy-mode=ipvs' },
    },
    {
      title: 'reads disable-kube-proxy (k3s)',
      fixture: 'rke-rke2-config/k3s-config.yaml',
      facts: [{ name: 'kubeProxy.disabled', value: 'true', line: 3, column: 21 }],
    },
    {
      title: 'gives the iptables default without proxy-mode',
      fixture: 'rke-rke2-config/default-mode.yaml',
      facts: [
        { name: 'kubeProxy.mode', value: 'iptables', line: 1, column: 1, origin: 'default' },
        { name: 'calico.dataplane', value: 'Iptables', line: 3, column: 6, origin: 'default' },
        { name: 'apiserver.admissionPlugins', value: 'defaults only', line: 1, column: 1, origin: 'default' },
      ],
    },
    { title: 'ignores other YAML with a cni key', fixture: 'rke-rke2-config/decoy.yaml', facts: [] },
    {
      title: 'kube-proxy-arg feature-gates and kube-apiserver-arg enable-admission-plugins (rule pack 2)',
      fixture: 'rke-rke2-config/gates.yaml',
      only: { names: ['kubeProxy.featureGates', 'apiserver.admissionPlugins'] },
      facts: [
        { name: 'kubeProxy.featureGates', value: 'NFTablesProxyMode=true', line: 5, column: 5 },
        { name: 'apiserver.admissionPlugins', value: 'NodeRestriction,DenyServiceExternalIPs', line: 7, column: 5 },
      ],
    },
  ],
  { root: 'sources-b', pipeline: true, only: SETTINGS },
);
