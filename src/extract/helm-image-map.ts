import { isScalar, type Node, type YAMLMap } from 'yaml';
import type { Fact, FactName } from '../model/fact.js';
import { get, str, visitMaps } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factFromRaw } from './fact-at.js';
import { isCalicoKubeControllersImage, isCalicoNodeImage, isKubeProxyImage, isTigeraOperatorImage, parseImage, type ImageRef } from './image.js';
import { imageVersionFact } from './image-fact.js';

/** calicoctl ships with every Calico release under the same tag. */
function isCalicoCtlImage(img: ImageRef): boolean {
  return (img.name === 'ctl' && /(^|\/)calico$/.test(img.prefix)) || /^(mirrored-)?calico-?ctl$/.test(img.name);
}

const KINDS: readonly [(img: ImageRef) => boolean, FactName][] = [
  [isKubeProxyImage, 'kubeProxy.version'],
  [isCalicoNodeImage, 'calico.version'],
  [isCalicoKubeControllersImage, 'calico.kubeControllersVersion'],
  [isTigeraOperatorImage, 'calico.operatorVersion'],
  [isCalicoCtlImage, 'calico.version'],
];

/** The version fact an image's tag gives: kube-proxy, calico/node or calicoctl, kube-controllers, the operator. */
export function versionFactName(img: ImageRef): FactName | undefined {
  return KINDS.find(([test]) => test(img))?.[1];
}

/** A scalar as written: `tag: 1.20` is the float 1.2 to YAML, but the tag "1.20" to Helm and kustomize. */
export function scalarText(d: YamlDoc, node: Node | undefined): string | undefined {
  if (isScalar(node) && typeof node.value === 'number' && node.range) return d.text.slice(node.range[0], node.range[1]).trim();
  return str(d, node)?.trim() || undefined;
}

/** `registry` + `repository` unless the repository already names a registry host. */
function withRegistry(registry: string | undefined, repo: string): string {
  if (!registry) return repo;
  const first = repo.split('/')[0] ?? '';
  const hasHost = repo.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  return hasHost ? repo : `${registry.replace(/\/+$/, '')}/${repo}`;
}

interface ImageMap {
  ref: ImageRef;
  /** The reference as assembled, e.g. "quay.io/tigera/operator:v1.42.3". */
  raw: string;
  /** Where the version is written: the tag (or version) key, else the image string. */
  versionNode: Node | undefined;
  repoNode: Node | undefined;
}

/**
 * One image map of chart values: `{registry, repository, tag, digest}`, `{image: "repo:tag"}`,
 * `{image, tag}` or the tigera-operator chart's `{image, version, registry}`.
 */
function readImageMap(d: YamlDoc, map: YAMLMap): ImageMap | undefined {
  const repoNode = get(d, map, 'repository') ?? get(d, map, 'image');
  const base = scalarText(d, repoNode);
  if (!base) return undefined;
  const tagNode = get(d, map, 'tag') ?? get(d, map, 'version');
  const tag = scalarText(d, tagNode);
  const digest = scalarText(d, get(d, map, 'digest'));
  const repo = withRegistry(scalarText(d, get(d, map, 'registry')), base);
  const own = parseImage(repo);
  if (!own) return undefined;
  // A tag key wins over a tag inside the image string, as the charts' templates do.
  const name = tag ? own.repository : (repo.split('@')[0] ?? repo);
  const raw = `${name}${tag ? `:${tag}` : ''}${digest && !name.includes('@') ? `@${digest}` : ''}`;
  const ref = parseImage(raw);
  return ref ? { ref, raw, versionNode: tag ? tagNode : repoNode, repoNode } : undefined;
}

/** Versions of kube-proxy, calico/node, kube-controllers, calicoctl and the tigera operator in chart values. */
export function imageMapFacts(source: string, d: YamlDoc, root: unknown): Fact[] {
  const facts: Fact[] = [];
  // visitMaps walks the whole document when given no root.
  if (root === undefined || root === null) return facts;
  visitMaps(
    d,
    (map) => {
      const m = readImageMap(d, map);
      if (!m) return;
      const name = versionFactName(m.ref);
      if (!name) return;
      const version = imageVersionFact(source, d, m.versionNode, name, m.ref, m.raw);
      if (version) facts.push(version);
      if (name === 'kubeProxy.version') {
        const repo = factFromRaw(source, d, m.repoNode, 'kubeProxy.image', m.ref.repository, (s) => s, { raw: m.raw });
        if (repo) facts.push({ ...repo, key: m.ref.path });
      }
    },
    root,
  );
  return facts;
}
