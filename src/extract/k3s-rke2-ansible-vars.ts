import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import type { Fact, FactOrigin } from '../model/fact.js';
import { parseEmbedded } from '../parse/embedded.js';
import { entries, get, items, kindOf, str, visitMaps } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factAt, factFromRaw } from './fact-at.js';
import { commandLineFacts, environmentFacts, INSTALL_TRIGGERS, scriptUrlFacts } from './k3s-rke2-ansible-install.js';
import { rke2CniFacts } from './rke2-cni.js';
import { scalarTextMapper } from './scalar-text.js';
import { channelFacts, releaseFacts, shellTextFacts } from './shell-facts.js';
import { yamlWord } from './yaml-word.js';
import { toFacts, type TextFact } from './text-fact.js';
import type { YamlExtractor } from './types.js';
import { normalizeProxyMode } from './values.js';

const ID = 'k3s-rke2-ansible-vars';

/** Role defaults (`roles/<role>/defaults/`) apply only where the inventory says nothing. */
// Nested roles too (Kubespray: roles/network_plugin/calico/defaults/); each step consumes a `/`, so it stays linear.
const ROLE_DEFAULTS = /(^|\/)roles\/([^/]+\/)+defaults\//;

/**
 * Version variables of the widely used roles: k3s-io/k3s-ansible and its forks (`k3s_version`),
 * xanmanning.k3s / PyratLabs (`k3s_release_version`, which may also be a channel or `false` for the
 * newest), lablabs.rke2 and others (`rke2_version`, `rke2_channel`).
 */
const VERSION_VARS = [
  { key: 'k3s_version', installer: 'k3s', label: 'k3s', channelToo: false },
  { key: 'k3s_release_version', installer: 'k3s', label: 'k3s', channelToo: true },
  { key: 'rke2_version', installer: 'rke2', label: 'RKE2', channelToo: false },
] as const;
const CHANNEL_VARS = [
  { key: 'rke2_channel', installer: 'rke2', label: 'RKE2', version: 'rke2_version' },
  { key: 'k3s_channel', installer: 'k3s', label: 'k3s', version: 'k3s_version' },
] as const;
/** Strings of server/agent flags (k3s-io/k3s-ansible, techno-tim/k3s-ansible). */
const ARG_STRINGS = new Set([
  'extra_server_args',
  'extra_agent_args',
  'extra_args',
  'k3s_server_args',
  'k3s_agent_args',
  'rke2_server_args',
  'rke2_agent_args',
]);
/** Mappings in the shape of config.yaml (xanmanning.k3s `k3s_server` / `k3s_agent`, `rke2_config`). */
const CONFIG_MAPS = new Set(['k3s_server', 'k3s_agent', 'rke2_config', 'k3s_config']);
/**
 * Another role's mapping in the same shape (`k3s_server_config`, `rke2_server_config`, rendered into config.yaml
 * with `to_nice_yaml`): a `k3s_` / `rke2_` variable whose mapping holds a kube-proxy key of config.yaml.
 */
function isConfigShaped(d: YamlDoc, key: string, value: Node): boolean {
  return (
    (key.startsWith('k3s_') || key.startsWith('rke2_')) &&
    isMap(value) &&
    (get(d, value, 'disable-kube-proxy') !== undefined || get(d, value, 'kube-proxy-arg') !== undefined)
  );
}
/** YAML held in a string (k3s-io/k3s-ansible `server_config_yaml` / `agent_config_yaml`). */
const CONFIG_STRINGS = new Set(['server_config_yaml', 'agent_config_yaml']);
/** Lists of `key: value` strings (lablabs.rke2 `rke2_server_options`). */
const OPTION_LISTS = new Set(['rke2_server_options', 'rke2_agent_options']);

const TRIGGERS = ['k3s_', 'rke2_', 'extra_server_args', 'extra_agent_args', 'server_config_yaml', ...INSTALL_TRIGGERS];

/** Ansible variables live in plain mappings (group_vars, inventories' `vars:`, role defaults), not in Kubernetes objects. */
function isAnsibleDoc(d: YamlDoc): boolean {
  return kindOf(d).apiVersion === undefined;
}

/** A version or channel variable, as the install script's own variables read (shell-facts). */
function versionFacts(d: YamlDoc, map: YAMLMap, origin: FactOrigin): Fact[] {
  const facts: TextFact[] = [];
  const vars = new Map(entries(d, map).map(([k, v, p]) => [k, { v, p }] as const));
  for (const spec of VERSION_VARS) {
    const e = vars.get(spec.key);
    const text = e?.v === undefined ? undefined : str(d, e.v)?.trim();
    if (!e?.v || text === undefined || text === '' || !isScalar(e.p.key)) continue;
    const key = yamlWord(d, e.p.key as Node)!;
    const value = yamlWord(d, e.v)!;
    // `false` (the role's default) means the newest release at install time; a channel name or minor is no release.
    const isChannel = spec.channelToo && (/^(false|stable|latest|testing)$/.test(text) || /^v?\d+\.\d+$/.test(text));
    facts.push(
      ...(isChannel ? channelFacts(spec.installer, spec.label, key, value, spec.key) : releaseFacts(spec.installer, spec.label, key, value, spec.key)),
    );
  }
  for (const spec of CHANNEL_VARS) {
    const e = vars.get(spec.key);
    const version = vars.get(spec.version)?.v;
    const text = e?.v === undefined ? undefined : str(d, e.v)?.trim();
    if (!e?.v || !text || !isScalar(e.p.key) || (version && str(d, version)?.trim())) continue;
    facts.push(...channelFacts(spec.installer, spec.label, yamlWord(d, e.p.key as Node)!, yamlWord(d, e.v)!, spec.key));
  }
  return toFacts(
    ID,
    d.file,
    facts.map((f) => (origin === 'default' ? { ...f, origin } : f)),
  );
}

/** `disable-kube-proxy: true` and `kube-proxy-arg: [proxy-mode=ipvs]` in a config.yaml-shaped mapping. */
function configMapFacts(d: YamlDoc, map: Node | undefined, origin: FactOrigin, what: string): Fact[] {
  const facts: Fact[] = [];
  const disabled = get(d, map, 'disable-kube-proxy');
  if (/^(true|yes)$/i.test(str(d, disabled)?.trim() ?? '')) {
    facts.push(factAt(ID, d, disabled, 'kubeProxy.disabled', 'true', { origin, note: `${what} disable-kube-proxy: kube-proxy is not started` }));
  }
  facts.push(...proxyArgFacts(d, get(d, map, 'kube-proxy-arg'), origin, `${what} kube-proxy-arg`));
  facts.push(...rke2CniFacts(ID, d, get(d, map, 'cni'), origin));
  return facts;
}

/** `proxy-mode=ipvs` items (a string or a list), `--` prefixed or not. */
function proxyArgFacts(d: YamlDoc, node: Node | undefined, origin: FactOrigin, what: string): Fact[] {
  const list = items(d, node);
  const facts: Fact[] = [];
  for (const n of list.length > 0 ? list : node ? [node] : []) {
    const text = str(d, n)?.trim().replace(/^--/, '');
    if (!text?.startsWith('proxy-mode=')) continue;
    const f = factFromRaw(ID, d, n, 'kubeProxy.mode', text.slice('proxy-mode='.length), normalizeProxyMode, { origin, note: `${what} proxy-mode` });
    if (f) facts.push(f);
  }
  return facts;
}

/** lablabs.rke2 `rke2_server_options: ["disable-kube-proxy: true"]`: each string is one config.yaml line. */
function optionListFacts(d: YamlDoc, node: Node | undefined, origin: FactOrigin): Fact[] {
  const facts: Fact[] = [];
  for (const n of items(d, node)) {
    const text = str(d, n)?.trim() ?? '';
    const colon = text.indexOf(':');
    if (colon < 0) continue;
    const key = text.slice(0, colon).trim();
    const value = text
      .slice(colon + 1)
      .trim()
      .replace(/^["']|["']$/g, '');
    if (key === 'disable-kube-proxy' && /^(true|yes)$/i.test(value)) {
      facts.push(factAt(ID, d, n, 'kubeProxy.disabled', 'true', { origin, note: 'RKE2 server option disable-kube-proxy' }));
    } else if (key === 'kube-proxy-arg' && value.replace(/^--/, '').startsWith('proxy-mode=')) {
      const f = factFromRaw(ID, d, n, 'kubeProxy.mode', value.replace(/^--/, '').slice('proxy-mode='.length), normalizeProxyMode, {
        origin,
        note: 'RKE2 server option kube-proxy-arg proxy-mode',
      });
      if (f) facts.push(f);
    }
  }
  return facts;
}

/** Flags in a string of server/agent arguments, read as shell words and placed in the string. */
function argStringFacts(d: YamlDoc, node: Node, origin: FactOrigin): Fact[] {
  const text = str(d, node);
  if (!text || !text.includes('kube-proxy')) return [];
  const hits = shellTextFacts(text).filter((f) => f.name === 'kubeProxy.mode' || f.name === 'kubeProxy.disabled');
  return toFacts(ID, d.file, origin === 'default' ? hits.map((h) => ({ ...h, origin })) : hits, scalarTextMapper(d, node));
}

/**
 * k3s and RKE2 Ansible role variables: the release (or channel) and the kube-proxy settings passed to the
 * servers and agents, in group_vars, inventory `vars:`, playbook `vars:` or a vendored role's defaults
 * (which count as defaults); and the official install script a task runs (k3s-rke2-ansible-install.ts).
 */
export const k3sRke2AnsibleVars: YamlExtractor = {
  id: ID,
  description:
    'k3s and RKE2 Ansible role variables: k3s_version, k3s_release_version, rke2_version, rke2_channel, extra_server_args / ' +
    'extra_agent_args, k3s_server / k3s_agent maps (and any k3s_ / rke2_ map holding disable-kube-proxy or kube-proxy-arg), server_config_yaml, rke2_server_options, rke2_kube_proxy_arg, disable_kube_proxy, rke2_cni; ' +
    'the install script run from a task (a variable holding https://get.k3s.io / https://get.rke2.io, INSTALL_K3S_VERSION / INSTALL_RKE2_VERSION ' +
    "and _CHANNEL in an environment: map, {{ var }} read through the same file's vars:; a shell: / command: line naming the script)",
  triggers: TRIGGERS,
  extract(d) {
    if (!isAnsibleDoc(d)) return [];
    const origin: FactOrigin = ROLE_DEFAULTS.test(d.file) ? 'default' : 'repository';
    const facts: Fact[] = environmentFacts(d, origin, ID);
    const urls: TextFact[] = [];
    visitMaps(d, (map) => {
      const keys = entries(d, map);
      for (const [key, value] of keys) {
        urls.push(...scriptUrlFacts(d, key, value));
        facts.push(...commandLineFacts(d, key, value, origin, ID));
      }
      if (!keys.some(([k]) => k.startsWith('k3s_') || k.startsWith('rke2_') || ARG_STRINGS.has(k) || CONFIG_STRINGS.has(k))) return;
      facts.push(...versionFacts(d, map, origin));
      const rke2 = keys.some(([k]) => k.startsWith('rke2_'));
      for (const [key, value] of keys) {
        if (!value) continue;
        if (ARG_STRINGS.has(key)) facts.push(...argStringFacts(d, value, origin));
        else if (CONFIG_MAPS.has(key) || isConfigShaped(d, key, value)) facts.push(...configMapFacts(d, value, origin, key));
        else if (CONFIG_STRINGS.has(key))
          facts.push(...parseEmbedded(d, value).flatMap((inner) => configMapFacts(inner, inner.doc.contents ?? undefined, origin, key)));
        else if (OPTION_LISTS.has(key)) facts.push(...optionListFacts(d, value, origin));
        else if (key === 'rke2_kube_proxy_arg') facts.push(...proxyArgFacts(d, value, origin, key));
        else if (key === 'rke2_cni') facts.push(...rke2CniFacts(ID, d, value, origin));
        else if (key === 'disable_kube_proxy' && rke2 && /^(true|yes)$/i.test(str(d, value)?.trim() ?? '')) {
          facts.push(factAt(ID, d, value, 'kubeProxy.disabled', 'true', { origin, note: 'RKE2 role disable_kube_proxy' }));
        }
      }
    });
    return [...facts, ...toFacts(ID, d.file, origin === 'default' ? urls.map((u) => ({ ...u, origin })) : urls)];
  },
};
