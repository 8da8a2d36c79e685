import { isMap, type Node } from 'yaml';
import { get, items, kindOf, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';

/** A Kubernetes-style object in a document: the document itself, or an entry of a `kind: List`. */
export interface KubeObject {
  node: Node;
  kind?: string;
  apiVersion?: string;
  name?: string;
  namespace?: string;
}

/** The document's object, or the items of a `List` / `<Kind>List` (what `kubectl get -o yaml` writes). */
export function objectsOf(d: YamlDoc): KubeObject[] {
  const root = d.doc.contents;
  if (!root) return [];
  const { kind } = kindOf(d, root);
  const nodes = kind !== undefined && /List$/.test(kind) ? items(d, get(d, root, 'items')) : [root];
  return nodes.map((node) => ({
    node,
    ...kindOf(d, node),
    name: str(d, get(d, node, 'metadata', 'name')),
    namespace: str(d, get(d, node, 'metadata', 'namespace')),
  }));
}

/**
 * The objects of one kind in one API: `'v1'` names an apiVersion exactly, `'kops.k8s.io/'` (ending in `/`)
 * any version of a group, a function decides itself (isCalicoApi). The preamble of most object extractors.
 */
export function objectsOfKind(d: YamlDoc, kind: string, api: Api): KubeObject[] {
  return objectsOf(d).filter((o) => o.kind === kind && accepts(api, o.apiVersion));
}

/** Whether the document itself is of this kind in this API (objectsOfKind's terms), the preamble of single-object extractors. */
export function isKind(d: YamlDoc, kind: string, api: Api): boolean {
  const o = kindOf(d, d.doc.contents);
  return o.kind === kind && accepts(api, o.apiVersion);
}

type Api = string | ((apiVersion: string | undefined) => boolean);

function accepts(api: Api, apiVersion: string | undefined): boolean {
  if (typeof api === 'function') return api(apiVersion);
  return api.endsWith('/') ? !!apiVersion?.startsWith(api) : apiVersion === api;
}

/** "namespace/name" of an object, as people write it; the namespace defaults to `default`. */
export function namespacedName(o: KubeObject): string {
  return `${o.namespace ?? 'default'}/${o.name ?? '(unnamed)'}`;
}

/** A plain top-level mapping (a vars file, an installer's own config), not a Kubernetes-style object: no `kind`, no `apiVersion`. */
export function isPlainMapping(d: YamlDoc): boolean {
  const root = d.doc.contents;
  return isMap(root) && get(d, root, 'kind') === undefined && get(d, root, 'apiVersion') === undefined;
}

/** Calico resources: the CRD group read by kubectl, or the calicoctl / API server group. */
export function isCalicoApi(apiVersion: string | undefined): boolean {
  return apiVersion === 'crd.projectcalico.org/v1' || apiVersion === 'projectcalico.org/v3';
}
