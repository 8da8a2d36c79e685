import type { Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { get, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { clusterDefinitionFact, factAt, factFromNode, factFromRaw } from './fact-at.js';
import { parseImage } from './image.js';
import { objectsOf } from './objects.js';
import { cniFact, installerNameFact, installerReleaseFact } from './installer-fact.js';
import type { YamlExtractor } from './types.js';
import { nameListFact } from './gates-and-plugins.js';
import { normalizeEncapMode, normalizeIptablesBackend, normalizeNftablesMode, normalizeProxyMode, normalizeVersion } from './values.js';

const ID = 'k0s-cluster-config';

/** A version field of k0s `images:` (`v1.25.2`; `edge@sha256:…` is a floating tag with a digest, not a version). */
function imageVersion(
  d: YamlDoc,
  image: Node | undefined,
  name: 'kubeProxy.version' | 'calico.version' | 'calico.kubeControllersVersion',
  note: string,
): Fact[] {
  const f = factFromNode(ID, d, get(d, image, 'version'), name, normalizeVersion, { note });
  return f ? [f] : [];
}

/** `network.kubeProxy`: disabled, or its mode (k0s's default is iptables). */
function kubeProxyFacts(d: YamlDoc, spec: Node | undefined): Fact[] {
  const kp = get(d, spec, 'network', 'kubeProxy');
  const disabledNode = get(d, kp, 'disabled');
  if (str(d, disabledNode)?.trim() === 'true') {
    return [factAt(ID, d, disabledNode, 'kubeProxy.disabled', 'true', { note: 'k0s network.kubeProxy.disabled: kube-proxy is not deployed' })];
  }
  const image = get(d, spec, 'images', 'kubeproxy');
  const facts = imageVersion(d, image, 'kubeProxy.version', 'k0s images.kubeproxy');
  const repoNode = get(d, image, 'image');
  const repo = str(d, repoNode);
  const ref = repo === undefined ? undefined : parseImage(repo);
  const repoFact =
    ref && repo !== undefined ? factFromRaw(ID, d, repoNode, 'kubeProxy.image', ref.repository, (s) => s, { note: 'k0s images.kubeproxy' }) : undefined;
  if (repoFact && ref) facts.unshift({ ...repoFact, key: ref.path });
  const f = factFromNode(ID, d, get(d, kp, 'mode'), 'kubeProxy.mode', normalizeProxyMode, { note: 'k0s network.kubeProxy.mode' });
  facts.push(
    f ?? factAt(ID, d, kp ?? get(d, spec, 'network') ?? spec, 'kubeProxy.mode', 'iptables', { origin: 'default', note: 'k0s default kube-proxy mode' }),
  );
  return facts;
}

/**
 * `network.provider: calico`: the images k0s deploys and `network.calico` (mode vxlan|ipip|bird, default
 * vxlan; overlay Always|CrossSubnet|Never, default Always; envVars for Felix). Any other provider (the
 * default is kube-router) means the calico images listed under `images:` are not in use.
 */
function calicoFacts(d: YamlDoc, spec: Node | undefined): Fact[] {
  const providerNode = get(d, spec, 'network', 'provider');
  if (str(d, providerNode)?.trim().toLowerCase() !== 'calico') return [];
  const facts: Fact[] = [
    ...imageVersion(d, get(d, spec, 'images', 'calico', 'node'), 'calico.version', 'k0s images.calico.node'),
    ...imageVersion(d, get(d, spec, 'images', 'calico', 'kubecontrollers'), 'calico.kubeControllersVersion', 'k0s images.calico.kubecontrollers'),
    factAt(ID, d, providerNode, 'calico.dataplane', 'Iptables', { origin: 'default', note: 'k0s network.provider calico, in its iptables dataplane' }),
  ];
  const calico = get(d, spec, 'network', 'calico');
  const modeNode = get(d, calico, 'mode');
  const mode = str(d, modeNode)?.trim().toLowerCase() ?? 'vxlan';
  const overlayNode = get(d, calico, 'overlay');
  const overlayRaw = str(d, overlayNode);
  const overlay = overlayRaw === undefined ? 'Always' : normalizeEncapMode(overlayRaw);
  const at = overlayNode ?? modeNode ?? providerNode;
  const origin = overlayNode ? 'repository' : 'default';
  if (overlay !== undefined) {
    const ipip = mode === 'ipip' ? overlay : 'Never';
    const vxlan = mode === 'vxlan' ? overlay : 'Never';
    facts.push(
      factAt(ID, d, at, 'calico.ipipMode', ipip, { origin: mode === 'ipip' ? origin : 'default', note: `k0s calico mode ${mode}, overlay ${overlay}` }),
    );
    facts.push(
      factAt(ID, d, at, 'calico.vxlanMode', vxlan, { origin: mode === 'vxlan' ? origin : 'default', note: `k0s calico mode ${mode}, overlay ${overlay}` }),
    );
  }
  for (const [env, name, normalize] of [
    ['FELIX_IPTABLESBACKEND', 'calico.iptablesBackend', normalizeIptablesBackend],
    ['FELIX_FEATUREDETECTOVERRIDE', 'calico.featureDetectOverride', (s: string) => s.trim() || undefined],
    ['FELIX_NFTABLESMODE', 'calico.nftablesMode', normalizeNftablesMode],
    ['FELIX_BPFENABLED', 'calico.dataplane', (s: string) => (s.trim().toLowerCase() === 'true' ? 'BPF' : undefined)],
  ] as const) {
    const f = factFromNode(ID, d, get(d, calico, 'envVars', env), name, normalize, { note: `k0s network.calico.envVars ${env}` });
    if (f) facts.push(f);
  }
  return facts;
}

/** `api.extraArgs.enable-admission-plugins`; without it k0s's API server runs its defaults (not modelled as a fact). */
function apiFacts(d: YamlDoc, spec: Node | undefined): Fact[] {
  const node = get(d, spec, 'api', 'extraArgs', 'enable-admission-plugins');
  const raw = str(d, node);
  const f =
    raw === undefined ? undefined : nameListFact(ID, d, node, 'apiserver.admissionPlugins', raw, { note: 'k0s api.extraArgs enable-admission-plugins' });
  return f ? [f] : [];
}

/** The k0s cluster spec: a ClusterConfig's own, or the one a k0sctl Cluster embeds under `spec.k0s.config`. */
function k0sSpecs(d: YamlDoc): { spec: Node | undefined; kind: Node | undefined; what: string; k0sVersion?: Node }[] {
  const out: { spec: Node | undefined; kind: Node | undefined; what: string; k0sVersion?: Node }[] = [];
  for (const o of objectsOf(d)) {
    const kind = get(d, o.node, 'kind');
    if (o.apiVersion?.startsWith('k0s.k0sproject.io/') && (o.kind === 'ClusterConfig' || o.kind === 'Cluster')) {
      out.push({ spec: get(d, o.node, 'spec'), kind, what: 'k0s ClusterConfig' });
    } else if (o.apiVersion?.startsWith('k0sctl.k0sproject.io/') && o.kind?.toLowerCase() === 'cluster') {
      // k0sctl accepts `kind: cluster` as its own examples write it.
      out.push({ spec: get(d, o.node, 'spec', 'k0s', 'config', 'spec'), kind, what: 'k0sctl Cluster', k0sVersion: get(d, o.node, 'spec', 'k0s', 'version') });
    }
  }
  return out;
}

export const k0sClusterConfig: YamlExtractor = {
  id: ID,
  description:
    'k0s ClusterConfig and k0sctl Cluster: k0s version (1.27.4+k0s.0), network.kubeProxy mode/disabled, images.kubeproxy, ' +
    'network.provider calico with its images and network.calico mode/overlay/envVars (FELIX_BPFENABLED, FELIX_NFTABLESMODE too), ' +
    'api.extraArgs enable-admission-plugins',
  triggers: ['k0sproject.io/'],
  extract(d) {
    const facts: Fact[] = [];
    for (const { spec, kind, what, k0sVersion } of k0sSpecs(d)) {
      facts.push(clusterDefinitionFact(ID, d, kind, what));
      const v = factFromNode(ID, d, k0sVersion, 'kubernetes.version', normalizeVersion, { note: 'k0sctl spec.k0s.version (k0s builds carry +k0s.N)' });
      if (v) facts.push(v);
      facts.push(installerNameFact(ID, d, kind, 'k0s', what));
      const release = installerReleaseFact(ID, d, k0sVersion, 'k0s', 'k0sctl spec.k0s.version');
      if (release) facts.push(release);
      const cni = cniFact(ID, d, get(d, spec, 'network', 'provider'), 'k0s network.provider');
      if (cni) facts.push(cni);
      if (spec === undefined) continue;
      facts.push(...kubeProxyFacts(d, spec), ...calicoFacts(d, spec), ...apiFacts(d, spec));
    }
    return facts;
  },
};
