import type { Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { entries, get, items, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factAt, factFromRaw } from './fact-at.js';
import { nameListFact } from './gates-and-plugins.js';
import { isPlainMapping } from './objects.js';
import { cniFact, installerNameFact } from './installer-fact.js';
import type { YamlExtractor } from './types.js';
import { normalizeProxyMode } from './values.js';

const ID = 'rke-rke2-config';

/** Keys of RKE2 / k3s `config.yaml` (the CLI flags without dashes) that tell it from other plain YAML. */
const CONFIG_KEYS = new Set([
  'kube-proxy-arg',
  'disable-kube-proxy',
  'cni',
  'token',
  'server',
  'tls-san',
  'node-name',
  'node-ip',
  'node-label',
  'node-taint',
  'write-kubeconfig-mode',
  'cluster-cidr',
  'service-cidr',
  'disable',
  'kubelet-arg',
  'kube-apiserver-arg',
  'profile',
  'selinux',
  'flannel-backend',
  'disable-network-policy',
  'cluster-init',
  'etcd-expose-metrics',
]);

function isRke2Config(d: YamlDoc): boolean {
  if (!isPlainMapping(d)) return false;
  const keys = entries(d, d.doc.contents).map(([k]) => k);
  const known = keys.filter((k) => CONFIG_KEYS.has(k));
  // `cni` alone is too common a key; it needs company.
  return known.some((k) => k === 'kube-proxy-arg' || k === 'disable-kube-proxy') || (keys.includes('cni') && known.length >= 2);
}

/** A flag that may be given once (a string) or repeated (a list). */
function flagValues(d: YamlDoc, node: Node | undefined): Node[] {
  const list = items(d, node);
  return list.length > 0 ? list : node && str(d, node) !== undefined ? [node] : [];
}

/** `name=value` among a repeated flag's values (`kube-proxy-arg: [feature-gates=A=true]`), with its node. */
function argValue(d: YamlDoc, node: Node | undefined, name: string): { node: Node; value: string } | undefined {
  let found: { node: Node; value: string } | undefined;
  for (const arg of flagValues(d, node)) {
    const text = (str(d, arg) ?? '').trim().replace(/^--/, '');
    if (text.startsWith(`${name}=`)) found = { node: arg, value: text.slice(name.length + 1) };
  }
  return found;
}

/** kube-proxy-arg feature-gates=…, and kube-apiserver-arg enable-admission-plugins=… (or the defaults). */
function gateAndPluginFacts(d: YamlDoc, root: Node, source = ID): Fact[] {
  const facts: Fact[] = [];
  const gates = argValue(d, get(d, root, 'kube-proxy-arg'), 'feature-gates');
  const g = gates && nameListFact(source, d, gates.node, 'kubeProxy.featureGates', gates.value, { note: 'RKE2/k3s kube-proxy-arg feature-gates' });
  if (g) facts.push(g);
  const apiArgs = get(d, root, 'kube-apiserver-arg');
  const plugins = argValue(d, apiArgs, 'enable-admission-plugins');
  const p =
    plugins &&
    nameListFact(source, d, plugins.node, 'apiserver.admissionPlugins', plugins.value, { note: 'RKE2/k3s kube-apiserver-arg enable-admission-plugins' });
  if (p) facts.push(p);
  else if (!plugins && isServerConfig(d, root)) {
    facts.push(
      factAt(source, d, apiArgs ?? root, 'apiserver.admissionPlugins', 'defaults only', {
        origin: 'default',
        note: 'RKE2/k3s server config without kube-apiserver-arg enable-admission-plugins: the defaults, which do not include DenyServiceExternalIPs',
      }),
    );
  }
  return facts;
}

/**
 * A server's config (it runs the API server): it sets server-side keys. A `profile` (RKE2's CIS hardening) may
 * change the API server's plugins, so it is left undecided.
 */
function isServerConfig(d: YamlDoc, root: Node): boolean {
  const keys = entries(d, root).map(([k]) => k);
  if (keys.includes('profile')) return false;
  return keys.some((k) => ['cluster-init', 'kube-apiserver-arg', 'tls-san', 'cni', 'disable', 'cluster-cidr', 'service-cidr'].includes(k));
}

function proxyFacts(d: YamlDoc, root: Node, source = ID): Fact[] {
  const disabledNode = get(d, root, 'disable-kube-proxy');
  if (str(d, disabledNode)?.trim() === 'true') {
    return [factAt(source, d, disabledNode, 'kubeProxy.disabled', 'true', { note: 'RKE2/k3s disable-kube-proxy: kube-proxy is not started' })];
  }
  const argsNode = get(d, root, 'kube-proxy-arg');
  for (const arg of flagValues(d, argsNode)) {
    const m = /^\s*(?:--)?proxy-mode=(.*)$/.exec(str(d, arg) ?? '');
    if (!m) continue;
    const f = factFromRaw(source, d, arg, 'kubeProxy.mode', m[1] ?? '', normalizeProxyMode, { note: 'RKE2/k3s kube-proxy-arg proxy-mode' });
    if (f) return [f];
  }
  return [
    factAt(source, d, argsNode ?? root, 'kubeProxy.mode', 'iptables', {
      origin: 'default',
      note: 'RKE2/k3s kube-proxy without proxy-mode runs in iptables mode',
    }),
  ];
}

/** `cni: calico` (or a list holding it): calico-node runs, in the rke2-calico chart's default iptables dataplane. */
function calicoFacts(d: YamlDoc, root: Node, source = ID): Fact[] {
  const cni = flagValues(d, get(d, root, 'cni')).find((n) => str(d, n)?.trim().toLowerCase() === 'calico');
  return cni
    ? [factAt(source, d, cni, 'calico.dataplane', 'Iptables', { origin: 'default', note: "RKE2 cni: calico, in the chart's default iptables dataplane" })]
    : [];
}

/**
 * Which of the two wrote the file: RKE2 alone has `cni:` and k3s alone `flannel-backend:`; otherwise the
 * path (`/etc/rancher/rke2/`, a `k3s` folder) tells, or nothing does. The CNI is RKE2's `cni:` (the plugin
 * after `multus` when it is a list).
 */
function installerFacts(d: YamlDoc, root: Node): Fact[] {
  const cniNode = get(d, root, 'cni');
  const k3s = get(d, root, 'flannel-backend') !== undefined || (/(^|[/_.-])k3s([/_.-]|$)/i.test(d.file) && cniNode === undefined);
  const rke2 = !k3s && (cniNode !== undefined || /rke2/i.test(d.file));
  if (!k3s && !rke2) return [];
  const name = k3s ? 'k3s' : 'rke2';
  const facts = [installerNameFact(ID, d, cniNode ?? root, name, k3s ? 'k3s config.yaml' : 'RKE2 config.yaml')];
  const cni = rke2 ? rke2CniFact(ID, d, cniNode) : undefined;
  return cni ? [...facts, cni] : facts;
}

/** RKE2's CNI: its `cni:`, the plugin after `multus` when it is a list. */
function rke2CniFact(source: string, d: YamlDoc, cniNode: Node | undefined): Fact | undefined {
  const plugin = flagValues(d, cniNode).find((n) => !/^\s*multus\s*$/i.test(str(d, n) ?? ''));
  return cniFact(source, d, plugin, 'RKE2 cni');
}

/**
 * What an RKE2 / k3s config says where something else tells that it is one and which (Rancher's
 * `machine_global_config` of a `rancher2_cluster_v2`, read by src/extract/terraform-rke.ts): kube-proxy, Calico,
 * RKE2's CNI and the API server's admission plugins.
 */
export function rke2ConfigFacts(source: string, d: YamlDoc, root: Node, installer: 'rke2' | 'k3s'): Fact[] {
  const cni = installer === 'rke2' ? rke2CniFact(source, d, get(d, root, 'cni')) : undefined;
  return [...proxyFacts(d, root, source), ...calicoFacts(d, root, source), ...(cni ? [cni] : []), ...gateAndPluginFacts(d, root, source)];
}

export const rkeRke2Config: YamlExtractor = {
  id: ID,
  description:
    'RKE2 / k3s config.yaml: kube-proxy-arg proxy-mode=… and feature-gates=…, disable-kube-proxy, cni: calico, ' +
    'kube-apiserver-arg enable-admission-plugins=… (the defaults on a server config without it)',
  triggers: ['kube-proxy-arg', 'disable-kube-proxy', 'cni:'],
  extract(d) {
    if (!isRke2Config(d)) return [];
    const root = d.doc.contents as Node;
    return [...proxyFacts(d, root), ...calicoFacts(d, root), ...installerFacts(d, root), ...gateAndPluginFacts(d, root)];
  },
};
