import { isMap } from 'yaml';
import { get, items, kindOf, entries, str } from '../parse/walk.js';
import { parseEmbedded } from '../parse/embedded.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { isKindApi, kindPatchDocs } from './kind-cluster.js';
import { ansibleTaskDocs } from './ansible-embedded-docs.js';
import { ansibleVarDocs } from './ansible-var-docs.js';

/** Kinds whose `files[].content` may hold manifests (kubeadm writes them to disk before init). */
const KUBEADM_CONFIG_KINDS = new Set(['KubeadmControlPlane', 'KubeadmControlPlaneTemplate', 'KubeadmConfig', 'KubeadmConfigTemplate']);

/** Where each kind keeps its `files` list. */
const FILES_PATHS: readonly string[][] = [
  ['spec', 'kubeadmConfigSpec', 'files'],
  ['spec', 'template', 'spec', 'kubeadmConfigSpec', 'files'],
  ['spec', 'files'],
  ['spec', 'template', 'spec', 'files'],
];

/**
 * YAML documents carried as strings inside a document, to be read like any file's documents:
 * - every `data` value of a ConfigMap: Cluster API ClusterResourceSet addons (whole Calico or kube-proxy
 *   manifests), kubean's `vars-conf-cm` (`group_vars.yml`), kube-proxy's own `config.conf`;
 * - `files[].content` of kubeadm bootstrap configs (a KubeProxyConfiguration appended to kubeadm's);
 * - a kind Cluster's `kubeadmConfigPatches` (cluster-wide and per node): ClusterConfiguration and
 *   KubeProxyConfiguration patches over the kubeadm config kind renders;
 * - what an Ansible task writes from its own text (`copy: content:`, `blockinfile: block:`);
 * - a kubeadm or kube-proxy config an Ansible variable holds, as a mapping or a YAML string (ansible-var-docs.ts).
 * Places map to the outer file (src/parse/embedded.ts). Strings that are not YAML collections give none.
 */
export function embeddedDocs(d: YamlDoc): YamlDoc[] {
  const root = d.doc.contents;
  const { kind, apiVersion } = kindOf(d, root);
  if (kind === 'ConfigMap' && apiVersion === 'v1') {
    return entries(d, get(d, root, 'data')).flatMap(([, value]) => parseEmbedded(d, value));
  }
  if (kind !== undefined && KUBEADM_CONFIG_KINDS.has(kind) && apiVersion?.includes('cluster.x-k8s.io/')) {
    const out: YamlDoc[] = [];
    for (const path of FILES_PATHS) {
      for (const file of items(d, get(d, root, ...path))) {
        // base64 or gzip content is not text we can read.
        if (str(d, get(d, file, 'encoding')) !== undefined) continue;
        out.push(...parseEmbedded(d, get(d, file, 'content')));
      }
    }
    return out;
  }
  if (kind === 'Cluster' && isKindApi(apiVersion)) return kindPatchDocs(d, root);
  return isMap(root) ? ansibleVarDocs(d) : ansibleTaskDocs(d);
}
