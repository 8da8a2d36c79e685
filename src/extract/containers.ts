import { isMap, type Node, type YAMLMap } from 'yaml';
import { get, items, keyNode, kindOf, str, visitMaps } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { parseImage, type ImageRef } from './image.js';

/** One entry of a `containers` / `initContainers` / `ephemeralContainers` list, wherever it sits. */
export interface Container {
  node: YAMLMap;
  /** The list it came from. */
  list: 'containers' | 'initContainers' | 'ephemeralContainers';
  name?: string;
  imageNode?: Node;
  /** The image text as written. */
  imageRaw?: string;
  image?: ImageRef;
  /** The map that holds the list (a Pod spec, or whatever a CRD or chart nests it in). */
  podSpec: YAMLMap;
}

const LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

/** Several extractors read the containers of one document: the tree is walked once per document. */
const cache = new WeakMap<YamlDoc, readonly Container[]>();

/**
 * Every container of the document, in any kind (Pod, DaemonSet, Deployment, Job, CronJob, a CRD
 * instance that embeds a Pod template). A CustomResourceDefinition's schema only describes containers,
 * so it has none.
 */
export function containersOf(d: YamlDoc): readonly Container[] {
  let found = cache.get(d);
  if (!found) {
    found = findContainers(d);
    cache.set(d, found);
  }
  return found;
}

function findContainers(d: YamlDoc): Container[] {
  if (kindOf(d).kind === 'CustomResourceDefinition') return [];
  const out: Container[] = [];
  visitMaps(d, (map) => {
    for (const list of LISTS) {
      for (const item of items(d, get(d, map, list))) {
        if (!isMap(item)) continue;
        const imageNode = get(d, item, 'image');
        const imageRaw = str(d, imageNode);
        out.push({
          node: item,
          list,
          name: str(d, get(d, item, 'name'))?.trim(),
          imageNode,
          imageRaw,
          image: imageRaw === undefined ? undefined : parseImage(imageRaw),
          podSpec: map,
        });
      }
    }
  });
  // Document order, so init containers written first come first.
  return out.sort((a, b) => (a.node.range?.[0] ?? 0) - (b.node.range?.[0] ?? 0));
}

export interface EnvVar {
  name: string;
  nameNode: Node | undefined;
  /** The `value` node; missing for `valueFrom` entries. */
  valueNode?: Node;
  value?: string;
  /** The `valueFrom` key, when the value comes from elsewhere. */
  valueFromNode?: Node;
}

/** A container's `env` list. Names are trimmed: real files carry trailing tabs after them. */
export function envOf(d: YamlDoc, c: Container): EnvVar[] {
  const out: EnvVar[] = [];
  for (const item of items(d, get(d, c.node, 'env'))) {
    const nameNode = get(d, item, 'name');
    const name = str(d, nameNode)?.trim();
    if (!name) continue;
    const valueNode = get(d, item, 'value');
    const valueFromNode = get(d, item, 'valueFrom') ? keyNode(item, 'valueFrom') : undefined;
    out.push({ name, nameNode, valueNode, value: str(d, valueNode), valueFromNode });
  }
  return out;
}

/** A container's `command` then `args` items, as scalar nodes with their text. */
export function commandLineOf(d: YamlDoc, c: Container): { node: Node; text: string }[] {
  const out: { node: Node; text: string }[] = [];
  for (const key of ['command', 'args']) {
    for (const item of items(d, get(d, c.node, key))) {
      const text = str(d, item);
      if (text !== undefined) out.push({ node: item, text });
    }
  }
  return out;
}
