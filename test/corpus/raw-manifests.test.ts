import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocs, triggeredExtractors } from '../../src/extract/extract-file.js';
import { EXTRACTORS } from '../../src/extract/registry.js';
import type { SkippedFile } from '../../src/model/source.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { CORPUS, corpusPresent } from '../helpers/corpus.js';

/**
 * The raw-manifest rows of ../shared/corpus/MANIFEST.md (row numbers in the comments): kube-proxy images,
 * modes and KubeProxyConfigurations, kubeadm, calico-node and kube-controllers images and env,
 * FelixConfiguration, IPPool, the tigera operator image, Services. Lines come from MANIFEST.md; columns
 * were checked against the files. Other source types (Helm values, operator Installation, Kubespray,
 * Cluster API objects, kops, eksctl, RKE, k0s) have their own tests; here their files only serve as decoys.
 */
const MANIFEST_EXTRACTORS = new Set([
  'calico-ip-pool',
  'calico-kube-controllers',
  'calico-node',
  'felix-configuration',
  'kube-proxy-configuration',
  'kube-proxy-flags',
  'kube-proxy-image',
  'kubeadm-cluster-configuration',
  'service-external-ips-local',
  'service-load-balancer-source-ranges',
  'tigera-operator-image',
]);
const extractors = EXTRACTORS.filter((e) => MANIFEST_EXTRACTORS.has(e.id));

/** One corpus file through parse and the manifest extractors, as `scan()` would, as compact strings. */
function read(file: string): { facts: string[]; skipped?: SkippedFile } {
  const text = readFileSync(`${CORPUS}${file}`, 'utf8');
  const wanted = triggeredExtractors(extractors, file, text);
  if (wanted.length === 0) return { facts: [] };
  const parsed = parseFile(file, text);
  const facts = extractDocs(wanted, parsed.docs, (id, err) => {
    throw new Error(`${id} failed on ${file}: ${String(err)}`);
  }).map((f) => `${f.name}=${f.value}${f.unresolved ? ' unresolved' : ''}${f.origin === 'default' ? ' default' : ''} @${f.place?.line}:${f.place?.column}`);
  return parsed.skipped ? { facts, skipped: parsed.skipped } : { facts };
}

describe.skipIf(!corpusPresent)('corpus: raw manifests (MANIFEST.md)', () => {
  it('#1 calico.yaml v3.32.1: quay.io images, IPIP Always, VXLAN Never; CRD FelixConfiguration is no resource', () => {
    expect(read('projectcalico__calico/manifests__calico.yaml').facts).toEqual([
      'calico.version=3.32.1 @7546:18', // init container ebpf-bootstrap
      'calico.version=3.32.1 @7572:18', // container calico-node
      'calico.ipipMode=Always @7605:22',
      'calico.vxlanMode=Never @7608:22',
      'calico.kubeControllersVersion=3.32.1 @7795:18',
    ]);
  });

  it('#2 calico-vxlan.yaml v3.32.1: IPIP Never, VXLAN CrossSubnet (CLUSTER_TYPE k8s,bgp says nothing)', () => {
    expect(read('projectcalico__calico/manifests__calico-vxlan.yaml').facts).toEqual([
      'calico.version=3.32.1 @7546:18',
      'calico.version=3.32.1 @7572:18',
      'calico.ipipMode=Never @7605:22',
      'calico.vxlanMode=CrossSubnet @7608:22',
      'calico.kubeControllersVersion=3.32.1 @7793:18',
    ]);
  });

  it('#3 calico.yaml v3.25.2: docker.io images', () => {
    expect(read('projectcalico__calico/v3.25.2__manifests__calico.yaml').facts).toEqual([
      'calico.version=3.25.2 @4514:18', // init container mount-bpffs
      'calico.version=3.25.2 @4540:18',
      'calico.ipipMode=Always @4573:22',
      'calico.vxlanMode=Never @4576:22',
      'calico.kubeControllersVersion=3.25.2 @4757:18',
    ]);
  });

  it('#4 tigera-operator.yaml v3.32.1: the operator image only, no Calico version', () => {
    expect(read('projectcalico__calico/manifests__tigera-operator.yaml').facts).toEqual(['calico.operatorVersion=1.42.3 @750:18']);
  });

  it('#5 tigera-operator.yaml v3.27.0: operator v1.32.3; calico/node:v3.17.1 in a CRD description is not reported', () => {
    expect(read('projectcalico__calico/v3.27.0__manifests__tigera-operator.yaml').facts).toEqual(['calico.operatorVersion=1.32.3 @25272:18']);
  });

  it('#6 custom-resources.yaml and #7 chart values: nothing for the manifest extractors (the operator helpers read them)', () => {
    expect(read('projectcalico__calico/manifests__custom-resources.yaml').facts).toEqual([]);
    expect(read('projectcalico__calico/charts__tigera-operator__values.yaml').facts).toEqual([]);
  });

  it('#9 confd Services: LoadBalancer + Local without externalIPs or source ranges give no Service fact', () => {
    expect(read('projectcalico__calico/confd__tests__mock_data__calicoctl__mesh__static-routes__kubectl-input.yaml').facts).toEqual([]);
  });

  it('#10 confd IPPool: ipipMode Always; no vxlanMode means Never', () => {
    expect(read('projectcalico__calico/confd__tests__mock_data__calicoctl__mesh__static-routes__input.yaml').facts).toEqual([
      'calico.ipipMode=Always @51:13',
      'calico.vxlanMode=Never default @45:7',
    ]);
  });

  it('#19 k0s calico-node Go template: read as a template; the image is a template value, the calico/node:v3.32.1 in a template comment is never reported', () => {
    const r = read('k0sproject__k0s/static__manifests__calico__DaemonSet__calico-node.yaml');
    expect(r.skipped).toMatchObject({ reason: 'template', quiet: true });
    // The ebpf-bootstrap container with the literal image (L137-158) sits in a {{- /* */}} comment: not read.
    expect(r.facts).toEqual([
      'calico.version={{ .CalicoNodeImage }} unresolved @165:18',
      'calico.iptablesBackend=Auto @202:22',
      'calico.ipipMode={{ if eq .Mode "bird" }}{{ .Overlay }}{{ else }}Never{{ end }} unresolved @213:22',
      'calico.vxlanMode={{ if and (eq .Mode "vxlan") .EnableIPv4 }}{{ .Overlay }}{{ else }}Never{{ end }} unresolved @216:22',
      'calico.featureDetectOverride=ChecksumOffloadBroken=true @284:22',
    ]);
  });

  it('#20 k0s ClusterConfig with kube-router, #47 RKE cluster.yml, #68 kbld lock: listed images are no containers', () => {
    expect(read('rokoucha__materia/k0s.yaml').facts).toEqual([]);
    expect(read('Adam-Klein__rke-k8s/cluster.yml').facts).toEqual([]);
    expect(read('vmware-tanzu__community-edition/addons__packages__calico__3.22.1__bundle__.imgpkg__images.yml').facts).toEqual([]);
  });

  it('#26 CAPZ calico-vxlan.yaml (kustomize base) v3.29.4', () => {
    expect(read('kubernetes-sigs__cluster-api-provider-azure/templates__addons__calico__calico-vxlan.yaml').facts).toEqual([
      'calico.version=3.29.4 @6235:18',
      'calico.version=3.29.4 @6261:18',
      'calico.ipipMode=Never @6294:22',
      'calico.vxlanMode=CrossSubnet @6297:22',
      'calico.kubeControllersVersion=3.29.4 @6482:18',
    ]);
  });

  it('#27 CAPZ use-capz-acr patch: ${CALICO_VERSION} is unresolved, never a version', () => {
    expect(read('kubernetes-sigs__cluster-api-provider-azure/templates__addons__calico__patches__use-capz-acr.yaml').facts).toEqual([
      'calico.version=${CALICO_VERSION} unresolved @15:16',
      'calico.version=${CALICO_VERSION} unresolved @18:16',
      'calico.kubeControllersVersion=${CALICO_VERSION} unresolved @30:16',
    ]);
  });

  it('#28 CAPZ calico-node patch with trailing tabs: FELIX_FEATUREDETECTOVERRIDE and VXLAN Always', () => {
    const r = read('kubernetes-sigs__cluster-api-provider-azure/templates__addons__calico__patches__calico-node.yaml');
    expect(r.skipped).toBeUndefined();
    expect(r.facts).toEqual(['calico.featureDetectOverride=ChecksumOffloadBroken=true @14:18', 'calico.vxlanMode=Always @16:18']);
  });

  it('#31 CAPZ FelixConfiguration (crd.projectcalico.org/v1, no trailing newline)', () => {
    expect(read('kubernetes-sigs__cluster-api-provider-azure/templates__addons__calico__felix-override.yaml').facts).toEqual([
      'calico.featureDetectOverride=ChecksumOffloadBroken=true @8:26',
    ]);
  });

  it('#33 CAPZ Windows kube-proxy: ${KUBERNETES_VERSION/+/_} is unresolved', () => {
    expect(read('kubernetes-sigs__cluster-api-provider-azure/templates__addons__windows__calico__kube-proxy-windows.yaml').facts).toEqual([
      'kubeProxy.image=sigwindowstools/kube-proxy @25:16',
      'kubeProxy.version=${KUBERNETES_VERSION/+/_}-calico-hostprocess unresolved @25:16',
    ]);
  });

  it('#41 kops-rendered Calico v3.31.6 (keys sorted, image before name): FELIX_IPTABLESBACKEND=Auto, BPF off', () => {
    const file =
      'kubernetes__kops/tests__integration__update_cluster__privatecalico__data__aws_s3_object_privatecalico.example.com-addons-networking.projectcalico.org-k8s-1.25_content';
    expect(read(file).facts).toEqual([
      'calico.version=3.31.6 @7202:16', // calico-node
      'calico.ipipMode=CrossSubnet @7142:18',
      'calico.vxlanMode=Never @7144:18',
      'calico.iptablesBackend=Auto @7185:18',
      'calico.version=3.31.6 @7325:16', // ebpf-bootstrap
      'calico.kubeControllersVersion=3.31.6 @7455:16',
    ]);
  });

  it('#50 kURL patch: CALICO_IPV4POOL_IPIP "Off" is Never', () => {
    expect(read('replicatedhq__kURL/addons__calico__3.18.1__ip-in-ip-encapsulation.yaml').facts).toEqual(['calico.ipipMode=Never @14:22']);
  });

  it('#51 kURL calico.yaml v3.18.1', () => {
    expect(read('replicatedhq__kURL/addons__calico__3.18.1__calico.yaml').facts).toEqual([
      'calico.version=3.18.1 @3615:18',
      'calico.ipipMode=Always @3647:22',
      'calico.vxlanMode=Never @3650:22',
      'calico.kubeControllersVersion=3.18.1 @3825:18',
    ]);
  });

  it('#52 #54 kURL KubeProxyConfigurations: ipvs and a conflicting iptables', () => {
    expect(read('replicatedhq__kURL/scripts__kustomize__kubeadm__init-orig__kubeproxy-config-v1alpha1.yml').facts).toEqual(['kubeProxy.mode=ipvs @6:7']);
    expect(read('replicatedhq__kURL/addons__calico__3.9.1__kubeproxy-config-v1alpha1.yml').facts).toEqual(['kubeProxy.mode=iptables @6:7']);
  });

  it("#53 kURL ClusterConfiguration: v$KUBERNETES_VERSION is unresolved; kubeadm's default mode", () => {
    expect(read('replicatedhq__kURL/scripts__kustomize__kubeadm__init-orig__kubeadm-cluster-config-v1beta3.yml').facts).toEqual([
      'cluster.definition=replicatedhq__kURL @3:7',
      'installer.name=kubeadm @3:7',
      'kubernetes.version=v$KUBERNETES_VERSION unresolved @6:20',
      'kubeProxy.mode=iptables default @3:7',
      'apiserver.admissionPlugins=NodeRestriction default @21:5',
    ]);
  });

  it('#55 #56 ingress-nginx Services: Local without externalIPs, no source ranges', () => {
    expect(read('kubernetes__ingress-nginx/docs__examples__static-ip__static-ip-svc.yaml').facts).toEqual([]);
    expect(read('kubernetes__ingress-nginx/deploy__static__provider__cloud__deploy.yaml').facts).toEqual([]);
  });

  it('#57 ingress-nginx values (empty lists) and #62 qbittorrent HelmRelease: no Service objects', () => {
    expect(read('kubernetes__ingress-nginx/charts__ingress-nginx__values.yaml').facts).toEqual([]);
    expect(read('onedr0p__home-ops/kubernetes__apps__default__qbittorrent__app__helmrelease.yaml').facts).toEqual([]);
  });

  it('#58 ingress-nginx controller-service template: skipped as a template, nothing extracted', () => {
    const r = read('kubernetes__ingress-nginx/charts__ingress-nginx__templates__controller-service.yaml');
    expect(r.skipped).toMatchObject({ reason: 'template' });
    expect(r.facts).toEqual([]);
  });

  it('#59 FullMetalGeo pip-service.tpl (plain YAML, 4-space indent): LoadBalancer with source ranges', () => {
    expect(read('FullMetalGeo__kubernetes/templates__pip-service.tpl').facts).toEqual(['service.loadBalancerSourceRanges=default/pelias-pip-service @12:5']);
  });

  it('#60 FullMetalGeo dashboard-service: its type is a template, so it is skipped as one', () => {
    const r = read('FullMetalGeo__kubernetes/templates__dashboard-service.yaml');
    expect(r.skipped).toMatchObject({ reason: 'template' });
    expect(r.facts).toEqual([]);
  });

  it('#61 Mirantis nginx Service: externalIPs without externalTrafficPolicy Local', () => {
    expect(read('Mirantis__k8s-externalipcontroller/examples__nginx.yaml').facts).toEqual([]);
  });

  it('#63 tibordp Terraform kubeadm template: v1.21.0 and ipvs, read around the %{ } lines', () => {
    const r = read('tibordp__terraform-hcloud-dualstack-k8s/templates__kubeadm.yaml.tpl');
    expect(r.facts).toEqual([
      'cluster.definition=tibordp__terraform-hcloud-dualstack-k8s @12:7',
      'installer.name=kubeadm @12:7',
      'kubernetes.version=1.21.0 @14:20',
      'apiserver.admissionPlugins=NodeRestriction default @18:3',
      'kubeProxy.mode=ipvs @33:7',
    ]);
    expect(r.skipped).toMatchObject({ reason: 'template', quiet: true });
    expect(r.skipped?.detail).toMatch(/lines 19, 21, 24, 26, 28/);
  });

  it('#64 kubernetes kube-proxy-ds.yaml (Salt): read as a template; kube-proxy present, version unresolved, no mode', () => {
    const r = read('kubernetes__kubernetes/cluster__addons__kube-proxy__kube-proxy-ds.yaml');
    expect(r.skipped).toMatchObject({ reason: 'template', quiet: true });
    // `{{params}}` in the command may hold --proxy-mode: no mode, not even the default.
    expect(r.facts).toEqual([
      "kubeProxy.image={{pillar['kube_docker_registry']}}/kube-proxy-amd64 unresolved @37:16",
      "kubeProxy.version={{pillar['kube-proxy_docker_tag']}} unresolved @37:16",
    ]);
  });

  it('#69 ytt overlay: conditional values are not reported', () => {
    const r = read('vmware-tanzu__community-edition/addons__packages__calico__3.22.1__bundle__config__overlay__calico-overlay.yaml');
    expect(r.skipped).toMatchObject({ reason: 'template' });
    expect(r.facts).toEqual([]);
  });
});
