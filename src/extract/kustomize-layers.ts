import { posix } from 'node:path';
import { isNode } from 'yaml';
import { factAt } from './fact-at.js';
import { entryList, isKustomization, KUSTOMIZATION_PATH, patchPaths, resolveAll } from './kustomize-paths.js';
import { pairOf } from '../parse/walk.js';
import type { YamlExtractor } from './types.js';

const ID = 'kustomize-layers';

export const kustomizeLayers: YamlExtractor = {
  id: ID,
  description: 'kustomization patches over resources: the patched values replace the base values (e.g. CALICO_IPV4POOL_IPIP "Off" over Always)',
  triggers: ['patches'],
  paths: KUSTOMIZATION_PATH,
  extract(d) {
    if (!isKustomization(d)) return [];
    const patches = resolveAll(d.file, patchPaths(d));
    const targets = resolveAll(d.file, entryList(d, 'resources', 'bases', 'components'));
    if (patches.length === 0 || targets.length === 0) return [];
    const root = d.doc.contents;
    const key = ['patchesStrategicMerge', 'patches', 'patchesJson6902'].map((k) => pairOf(root, k)?.key).find(isNode);
    const dir = posix.dirname(d.file);
    const f = factAt(ID, d, key ?? root, 'kustomize.layer', dir === '.' ? '' : dir);
    return [{ ...f, overrides: { by: 'kustomize patches', targets, patches } }];
  },
};
