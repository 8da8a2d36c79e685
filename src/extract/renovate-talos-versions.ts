import { isScalar, type Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { visitMaps } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factAt, factFromNode } from './fact-at.js';
import type { YamlExtractor } from './types.js';
import { normalizeVersion } from './values.js';

const ID = 'renovate-talos-versions';

/**
 * Renovate's annotation `# renovate: datasource=… depName=NAME` says the value on the next line is NAME's
 * version. Talos home-ops repositories pin their versions this way in files the machine configs are
 * rendered from (`talos/version.yaml`: `talos_version: v1.14.0`), in talhelper-like files, and in
 * tuppr upgrade resources. The Talos release (its installer image or release) and the kubelet image,
 * which Talos tags with the Kubernetes release, are read; nothing else is assumed of the file.
 */
const DEPS: Record<string, 'talos' | 'kubernetes'> = {
  'siderolabs/talos': 'talos',
  'ghcr.io/siderolabs/installer': 'talos',
  'ghcr.io/siderolabs/kubelet': 'kubernetes',
};

/** The depName of a `# renovate:` comment on the line just above `offset`'s line, if any. */
export function renovateDepAbove(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (lineStart === 0) return undefined;
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const prev = text.slice(prevStart, lineStart - 1).trim();
  if (!prev.startsWith('#')) return undefined;
  const at = prev.indexOf('renovate:');
  if (at < 0) return undefined;
  for (const word of prev.slice(at).split(/\s+/)) if (word.startsWith('depName=')) return word.slice('depName='.length);
  return undefined;
}

export const renovateTalosVersions: YamlExtractor = {
  id: ID,
  description:
    'Renovate-annotated versions (# renovate: depName=siderolabs/talos, ghcr.io/siderolabs/installer, ghcr.io/siderolabs/kubelet): Talos release, Kubernetes version',
  triggers: Object.keys(DEPS).map((d) => `depName=${d}`),
  extract(d: YamlDoc): Fact[] {
    const facts: Fact[] = [];
    visitMaps(d, (map) => {
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        if (!isScalar(key) || !key.range || !isScalar(pair.value)) continue;
        const dep = renovateDepAbove(d.text, key.range[0]);
        const what = dep === undefined ? undefined : DEPS[dep];
        if (!what) continue;
        const note = `Renovate tracks ${dep} here`;
        if (what === 'talos') {
          facts.push(factAt(ID, d, key, 'installer.name', 'talos', { note }));
          const f = factFromNode(ID, d, pair.value, 'installer.release', normalizeVersion, { note: `${note}: the Talos release` });
          if (f) facts.push({ ...f, key: 'talos' });
        } else {
          const f = factFromNode(ID, d, pair.value, 'kubernetes.version', normalizeVersion, {
            note: `${note}: Talos tags the kubelet with the Kubernetes release`,
          });
          if (f) facts.push(f);
        }
      }
    });
    return facts;
  },
};
