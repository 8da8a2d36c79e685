import { isMap, isScalar, type Document, type Node, type YAMLMap } from 'yaml';
import { parseEmbedded } from '../parse/embedded.js';
import { kindOf, visitMaps } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { hasKind } from './kind-anchor.js';

/** The kubeadm, kube-proxy and kubelet config kinds a playbook writes from a variable, with their API groups. */
const CONFIG_KINDS = new Map([
  ['ClusterConfiguration', 'kubeadm.k8s.io/'],
  ['InitConfiguration', 'kubeadm.k8s.io/'],
  ['JoinConfiguration', 'kubeadm.k8s.io/'],
  ['KubeProxyConfiguration', 'kubeproxy.config.k8s.io/'],
  ['KubeletConfiguration', 'kubelet.config.k8s.io/'],
]);

/** A mapping that is one of those config documents (its kind and API group both say so). */
function isConfigMap(d: YamlDoc, node: Node | undefined): node is YAMLMap {
  if (!isMap(node)) return false;
  const { kind, apiVersion } = kindOf(d, node);
  const group = kind === undefined ? undefined : CONFIG_KINDS.get(kind);
  return group !== undefined && apiVersion?.startsWith(group) === true;
}

/** The same document with another root: only `contents` is read by the extractors (places map as before). */
function withRoot(d: YamlDoc, root: YAMLMap): YamlDoc {
  const doc = Object.assign(Object.create(Object.getPrototypeOf(d.doc) as object) as Document.Parsed, d.doc, { contents: root });
  return { ...d, doc, renderedBy: 'ansible' };
}

/**
 * kubeadm and kube-proxy configs an Ansible inventory or role holds in a variable, which a task writes with
 * `{{ var | to_nice_yaml }}` or `{{ var }}`: a mapping (`KubeProxyConfiguration: {apiVersion: …, kind:
 * KubeProxyConfiguration, mode: ipvs}` in `group_vars/all/`) or a YAML string (`kubeadm_config: |` holding
 * the documents `kubeadm init --config` reads), at any depth of a variables file (an inventory's `all: vars:`).
 * Read like a file of their own, placed in the variables file; their `{{ var }}` values resolve from the
 * cluster's variables as Ansible renders them. A document with a kind of its own (a ConfigMap) and a task list
 * (a sequence: ansible-embedded-docs.ts reads its `copy: content`) are not variables files.
 */
export function ansibleVarDocs(d: YamlDoc): YamlDoc[] {
  const root = d.doc.contents;
  if (!isMap(root) || kindOf(d, root).kind !== undefined || !d.text.includes('Configuration')) return [];
  if (![...CONFIG_KINDS.keys()].some((k) => hasKind(d.text, k))) return [];
  const out: YamlDoc[] = [];
  visitMaps(d, (map) => {
    if (map !== root && isConfigMap(d, map)) return;
    for (const pair of map.items) {
      const value = pair.value as Node | null;
      if (!value) continue;
      if (isConfigMap(d, value)) out.push(withRoot(d, value));
      else if (isScalar(value) && typeof value.value === 'string' && [...CONFIG_KINDS.keys()].some((k) => hasKind(value.value as string, k))) {
        for (const inner of parseEmbedded(d, value)) {
          const top = inner.doc.contents;
          if (isMap(top) && isConfigMap(inner, top)) out.push({ ...inner, renderedBy: 'ansible' });
        }
      }
    }
  });
  return out;
}
