import type { Node } from 'yaml';
import type { Fact, FactName, FactOrigin } from '../model/fact.js';
import { entries, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { clusterDefinitionFact, factAt, factFromNode } from './fact-at.js';
import { cniFact, installerNameFact } from './installer-fact.js';
import { listFact, nameListFact } from './gates-and-plugins.js';
import { isPlainMapping } from './objects.js';
import type { YamlExtractor } from './types.js';
import { isPlaceholder, normalizeEncapMode, normalizeIptablesBackend, normalizeProxyMode, normalizeVersion } from './values.js';
import { INVENTORY_VARS, KUBESPRAY_DEFINITION } from './kubespray-definition.js';

const ID = KUBESPRAY_DEFINITION.source;

const trimmed = (s: string): string | undefined => s.trim() || undefined;
const bpfDataplane = (s: string): string | undefined =>
  /^(true|yes|on)$/i.test(s.trim()) ? 'BPF' : /^(false|no|off)$/i.test(s.trim()) ? 'Iptables' : undefined;

/** Kubespray's old `ipip` switch: `ipip_mode` is Always while it is true, else Never (up to v2.18.2). */
const ipipSwitch = (s: string): string | undefined => (/^(true|yes|on)$/i.test(s.trim()) ? 'Always' : /^(false|no|off)$/i.test(s.trim()) ? 'Never' : undefined);

/** An image tag as a version: `v3.31.5@sha256:…` is v3.31.5 (the digest pins that tag's image). */
const tagVersion = (s: string): string | undefined => normalizeVersion(s.replace(/@sha256:[0-9a-f]+\s*$/i, ''));

/**
 * Kubespray variables that are facts. Calico ones count only where the network plugin may be Calico. A key
 * with `unless` is left out when the document sets that other key literally: the image tags are what runs
 * (Kubespray's download defaults set `calico_node_image_tag` and `calico_policy_image_tag` from the versions),
 * so a pinned tag wins over `calico_version` written beside it.
 */
export const KUBESPRAY_VARS: readonly {
  key: string;
  fact: FactName;
  normalize: (s: string) => string | undefined;
  calico?: true;
  /** Read only when set to a literal: a templated tag is Kubespray's own default, already known. */
  literalOnly?: true;
  unless?: string;
  /** Left out when the document sets any of these keys at all (a newer name for the same setting). */
  unlessSet?: readonly string[];
}[] = [
  { key: 'kube_version', fact: 'kubernetes.version', normalize: normalizeVersion },
  { key: 'kube_proxy_mode', fact: 'kubeProxy.mode', normalize: normalizeProxyMode },
  { key: 'calico_version', fact: 'calico.version', normalize: normalizeVersion, calico: true, unless: 'calico_node_image_tag' },
  { key: 'calico_node_image_tag', fact: 'calico.version', normalize: tagVersion, calico: true, literalOnly: true },
  { key: 'calico_policy_image_tag', fact: 'calico.kubeControllersVersion', normalize: tagVersion, calico: true, literalOnly: true },
  { key: 'calico_ipip_mode', fact: 'calico.ipipMode', normalize: normalizeEncapMode, calico: true },
  // The names before v2.13.0 (`calico_ipip_mode` followed them up to v2.18.2; v2.19.0 refuses them).
  { key: 'ipip_mode', fact: 'calico.ipipMode', normalize: normalizeEncapMode, calico: true, unlessSet: ['calico_ipip_mode'] },
  { key: 'ipip', fact: 'calico.ipipMode', normalize: ipipSwitch, calico: true, unlessSet: ['calico_ipip_mode', 'ipip_mode'] },
  { key: 'calico_vxlan_mode', fact: 'calico.vxlanMode', normalize: normalizeEncapMode, calico: true },
  { key: 'calico_iptables_backend', fact: 'calico.iptablesBackend', normalize: normalizeIptablesBackend, calico: true },
  { key: 'calico_feature_detect_override', fact: 'calico.featureDetectOverride', normalize: trimmed, calico: true },
  { key: 'calico_bpf_enabled', fact: 'calico.dataplane', normalize: bpfDataplane, calico: true },
];

/**
 * Kubespray removes kube-proxy when another component replaces it (installers.md §1.2): Cilium's kube-proxy
 * replacement (`strict`, or `true` in newer releases) and kube-router's service proxy. Each counts unless the
 * same file names another plugin.
 */
const REPLACEMENTS: readonly { key: string; plugin: string; on: RegExp; note: string }[] = [
  {
    key: 'cilium_kube_proxy_replacement',
    plugin: 'cilium',
    on: /^(strict|true|yes)$/i,
    note: 'Kubespray cilium_kube_proxy_replacement: Cilium replaces kube-proxy, which Kubespray removes',
  },
  {
    key: 'kube_router_run_service_proxy',
    plugin: 'kube-router',
    on: /^(true|yes)$/i,
    note: 'Kubespray kube_router_run_service_proxy: kube-router replaces kube-proxy, which Kubespray removes',
  },
];

/** List variables: kube-proxy's feature gates (its own list, else the global one) and the API server's admission plugins. */
const LIST_VARS = ['kube_proxy_feature_gates', 'kube_feature_gates', 'kube_apiserver_enable_admission_plugins'];

/**
 * The old encapsulation names (`ipip`, `ipip_mode`): a bare `ipip` key is too common to name Kubespray, so they
 * count only in a file under Kubespray's inventory groups (an old `group_vars/k8s-cluster/k8s-net-calico.yml`) or
 * the `all` group its sample inventory also uses.
 */
const LEGACY_NAMES: ReadonlySet<string> = new Set(['ipip', 'ipip_mode']);
const LEGACY_PLACES = /(^|\/)group_vars\/(k8s_cluster|k8s-cluster|kube_control_plane|kube-master|kube_node|kube-node|calico_rr|all)(\/|\.ya?ml$)/;

export const KUBESPRAY_TRIGGERS = [
  ...KUBESPRAY_VARS.filter((v) => !LEGACY_NAMES.has(v.key)).map((v) => v.key),
  'kube_network_plugin',
  'kube_proxy_remove',
  ...REPLACEMENTS.map((r) => r.key),
  ...LIST_VARS,
];

/**
 * Names other Ansible playbooks use too: a kubeadm playbook's `group_vars/all.yml` holding `kube_version` is not a
 * Kubespray inventory. A file whose only Kubespray names are these shows Kubespray only by its place (Kubespray's
 * inventory groups, below) or by a name of Kubespray's own beside them (its sample inventory's
 * `group_vars/k8s_cluster/k8s-cluster.yml`); otherwise its values are read as written and no installer is claimed,
 * so Kubespray's defaults (kube-proxy ipvs, its bundled Calico) are never applied to another installer's cluster.
 */
const SHARED_NAMES: ReadonlySet<string> = new Set(['kube_version', 'kube_proxy_mode', 'calico_version']);

/** Kubespray's inventory groups as `group_vars` folders or files (current and pre-2.16 names). */
const KUBESPRAY_GROUP_VARS = /(^|\/)group_vars\/(k8s_cluster|k8s-cluster|kube_control_plane|kube-master|kube_node|kube-node|calico_rr)(\/|\.ya?ml$)/;

/**
 * Variables of Kubespray's sample inventory that other kubeadm playbooks do not name so (some copy its
 * `kube_pods_subnet` and `kube_service_addresses`, so those do not count).
 */
const KUBESPRAY_ONLY_NAMES: ReadonlySet<string> = new Set([
  'kube_network_plugin_multus',
  'kube_network_node_prefix',
  'kube_proxy_strict_arp',
  'kube_proxy_nodeport_addresses',
  'kube_encrypt_secret_data',
  'kube_script_dir',
  'kube_token_dir',
  'container_manager',
  'dns_mode',
  'resolvconf_mode',
  'enable_nodelocaldns',
  'deploy_netchecker',
]);

/** Whether the variables file shows Kubespray (see SHARED_NAMES); a kubean vars ConfigMap always does. */
function showsKubespray(d: YamlDoc, names: readonly string[]): boolean {
  if (d.embeddedIn !== undefined || KUBESPRAY_GROUP_VARS.test(d.file)) return true;
  return names.some((k) => KUBESPRAY_ONLY_NAMES.has(k) || (KUBESPRAY_TRIGGERS.includes(k) && !SHARED_NAMES.has(k)));
}

/** Whether a variable is set to a literal (not `{{ calico_version }}`, as Kubespray's own defaults set the tags). */
function literal(d: YamlDoc, node: Node | undefined): boolean {
  const raw = str(d, node)?.trim();
  return raw !== undefined && raw !== '' && !isPlaceholder(raw);
}

/** A list variable as a fact; a templated scalar (`"{{ gates }}"`) is unresolved. */
function listVarFact(
  d: YamlDoc,
  node: Node | undefined,
  name: 'kubeProxy.featureGates' | 'apiserver.admissionPlugins',
  key: string,
  origin: FactOrigin,
): Fact | undefined {
  const raw = str(d, node);
  if (raw !== undefined) return nameListFact(ID, d, node, name, raw, { origin, note: `Kubespray ${key}` });
  return listFact(ID, d, node, name, { origin, note: `Kubespray ${key}` });
}

function listFacts(d: YamlDoc, vars: Map<string, Node | undefined>, origin: FactOrigin): Fact[] {
  const facts: Fact[] = [];
  // kube_proxy_feature_gates falls back to kube_feature_gates when unset (Kubespray docs/vars.md).
  const gatesKey = vars.has('kube_proxy_feature_gates') ? 'kube_proxy_feature_gates' : 'kube_feature_gates';
  const gates = listVarFact(d, vars.get(gatesKey), 'kubeProxy.featureGates', gatesKey, origin);
  if (gates) facts.push(gates);
  const plugins = listVarFact(
    d,
    vars.get('kube_apiserver_enable_admission_plugins'),
    'apiserver.admissionPlugins',
    'kube_apiserver_enable_admission_plugins',
    origin,
  );
  if (plugins) facts.push(plugins);
  return facts;
}

/**
 * Role defaults and vars (`roles/<role>/defaults/`, nested as in `roles/network_plugin/calico/defaults/`) are
 * what Kubespray uses when the inventory says nothing: never an inventory of their own.
 */
const ROLE_DEFAULTS = /(^|\/)roles\/(?:[^/]+\/)+(?:defaults|vars)\//;

/**
 * A variables file: a top-level mapping, not a Kubernetes object, holding at least one Kubespray key.
 * kubean's `vars-conf-cm` ConfigMaps reach here too: their `group_vars.yml` string is parsed as its own
 * document (src/extract/capi-embedded-docs.ts), with places in the outer file.
 */
export function isVarsDocument(d: YamlDoc): boolean {
  if (!isPlainMapping(d)) return false;
  const groupVars = LEGACY_PLACES.test(d.file);
  return entries(d, d.doc.contents).some(([k]) => KUBESPRAY_TRIGGERS.includes(k) || (groupVars && LEGACY_NAMES.has(k)));
}

export const kubesprayGroupVars: YamlExtractor = {
  id: ID,
  description:
    'Kubespray inventory variables (group_vars, host_vars, role defaults, kubean vars ConfigMaps): kube_version, kube_proxy_mode, ' +
    'kube_proxy_remove, calico_version (a literal calico_node_image_tag wins), calico_policy_image_tag (kube-controllers), calico_ipip_mode, calico_vxlan_mode, calico_iptables_backend, calico_feature_detect_override, ' +
    'calico_bpf_enabled, the old ipip_mode and ipip switch (under Kubespray groups); Calico ones only when kube_network_plugin may be calico; kube_proxy_feature_gates (else kube_feature_gates), ' +
    "kube_apiserver_enable_admission_plugins (kubeadm's NodeRestriction when a cluster inventory leaves it out)",
  // The old names only as keys (see ansible-variables.ts: the bare word is in every Calico CRD bundle).
  triggers: [...KUBESPRAY_TRIGGERS, 'ipip:', 'ipip :', 'ipip":', "ipip':", 'ipip_mode'],
  extract(d) {
    if (!isVarsDocument(d)) return [];
    const root = d.doc.contents;
    const origin: FactOrigin = ROLE_DEFAULTS.test(d.file) ? 'default' : 'repository';
    const vars = new Map(entries(d, root).map(([k, v]) => [k, v] as const));
    const kubespray = showsKubespray(d, [...vars.keys()]);
    const pluginNode = vars.get('kube_network_plugin');
    const plugin = str(d, pluginNode)?.trim();
    // Another plugin named outright: this inventory's calico_* settings are not in effect.
    const calicoPossible = plugin === undefined || isPlaceholder(plugin) || plugin.toLowerCase() === 'calico';
    const facts: Fact[] = [];
    for (const v of KUBESPRAY_VARS) {
      if (v.calico && !calicoPossible) continue;
      if (v.literalOnly && !literal(d, vars.get(v.key))) continue;
      if (v.unless && literal(d, vars.get(v.unless))) continue;
      if (v.unlessSet?.some((k) => vars.has(k))) continue;
      const f = factFromNode(ID, d, vars.get(v.key), v.fact, v.normalize, { origin, note: `${kubespray ? 'Kubespray' : 'variable'} ${v.key}` });
      if (f) facts.push(f);
    }
    for (const r of REPLACEMENTS) {
      const node = vars.get(r.key);
      if (r.on.test(str(d, node)?.trim() ?? '') && (plugin === undefined || isPlaceholder(plugin) || plugin.toLowerCase() === r.plugin)) {
        facts.push(factAt(ID, d, node, 'kubeProxy.disabled', 'true', { origin, note: r.note }));
      }
    }
    facts.push(...listFacts(d, vars, origin));
    const removeNode = vars.get('kube_proxy_remove');
    if (/^(true|yes)$/i.test(str(d, removeNode)?.trim() ?? '')) {
      facts.push(factAt(ID, d, removeNode, 'kubeProxy.disabled', 'true', { origin, note: 'Kubespray kube_proxy_remove: kube-proxy is removed' }));
    }
    if (origin === 'repository') {
      facts.push(...inventoryDefaults(d, vars, plugin, pluginNode));
      facts.push(inventoryDefinition(d, pluginNode ?? vars.get('kube_version') ?? root ?? undefined, kubespray));
      if (kubespray) facts.push(...installerFacts(d, pluginNode ?? vars.get('kube_version') ?? root ?? undefined, pluginNode));
    }
    return facts;
  },
};

/** The inventory names its installer (a kubean vars ConfigMap is kubean's) and the network plugin it deploys. */
function installerFacts(d: YamlDoc, node: Node | undefined, pluginNode: Node | undefined): Fact[] {
  const kubean = d.embeddedIn !== undefined;
  const facts = [
    installerNameFact(ID, d, node, kubean ? 'kubean' : 'kubespray', kubean ? 'kubean vars ConfigMap (Kubespray variables)' : 'Kubespray inventory variables'),
  ];
  const cni = cniFact(ID, d, pluginNode, 'Kubespray kube_network_plugin');
  return cni ? [...facts, cni] : facts;
}

/** The inventory is the cluster: its root is the folder above `group_vars/` or `host_vars/`. */
function inventoryDefinition(d: YamlDoc, node: Node | undefined, kubespray: boolean): Fact {
  if (d.embeddedIn) return clusterDefinitionFact(ID, d, node, 'kubean vars ConfigMap');
  const at = d.file.search(INVENTORY_VARS);
  const kind = kubespray ? KUBESPRAY_DEFINITION.inventory : KUBESPRAY_DEFINITION.variables;
  return clusterDefinitionFact(ID, d, node, kind, at < 0 ? undefined : d.file.slice(0, at));
}

/**
 * What Kubespray does when the inventory that sets up the cluster leaves a setting out, labelled as
 * defaults (any value found elsewhere wins): kube-proxy in ipvs mode, kubeadm's admission plugins, and Calico in its
 * iptables dataplane.
 */
function inventoryDefaults(d: YamlDoc, vars: Map<string, Node | undefined>, plugin: string | undefined, pluginNode: Node | undefined): Fact[] {
  if (plugin === undefined || isPlaceholder(plugin)) return [];
  const facts: Fact[] = [];
  const at = vars.get('kube_proxy_mode') ? undefined : pluginNode;
  if (at && !vars.has('kube_proxy_remove')) {
    facts.push(factAt(ID, d, at, 'kubeProxy.mode', 'ipvs', { origin: 'default', note: 'Kubespray default kube_proxy_mode (ipvs): not set here' }));
  }
  if (!vars.has('kube_apiserver_enable_admission_plugins')) {
    facts.push(
      factAt(ID, d, pluginNode, 'apiserver.admissionPlugins', 'NodeRestriction', {
        origin: 'default',
        note: "Kubespray kube_apiserver_enable_admission_plugins not set: kubeadm's default (NodeRestriction)",
      }),
    );
  }
  if (plugin.toLowerCase() === 'calico' && !vars.has('calico_bpf_enabled')) {
    facts.push(
      factAt(ID, d, pluginNode, 'calico.dataplane', 'Iptables', {
        origin: 'default',
        note: 'Kubespray kube_network_plugin: calico, in its default iptables dataplane',
      }),
    );
  }
  return facts;
}
