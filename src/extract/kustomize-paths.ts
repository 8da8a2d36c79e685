import { posix } from 'node:path';
import { isMap } from 'yaml';
import { get, items, kindOf, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';

/** `kustomization.yaml`, `kustomization.yml` or `Kustomization`, as kustomize looks them up. */
export const KUSTOMIZATION_PATH = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;

/** The document is a kustomization: kind Kustomization (or Component), or no kind at all (kURL writes none). */
export function isKustomization(d: YamlDoc): boolean {
  if (!isMap(d.doc.contents)) return false;
  const { kind } = kindOf(d);
  return kind === undefined || kind === 'Kustomization' || kind === 'Component';
}

/**
 * A kustomization entry as a repository path: a file ("base/calico.yaml") or, for an entry without a
 * YAML or JSON extension, a folder ending in "/" ("base/"). Remote entries (URLs, `github.com/…`) and
 * entries that leave the repository give undefined.
 */
export function resolveEntry(kustomizationFile: string, entry: string): string | undefined {
  const e = entry.trim();
  if (!e || /^[a-z][a-z0-9+.-]*:\/\//i.test(e) || /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(e) || e.startsWith('git@')) return undefined;
  const dir = posix.dirname(kustomizationFile);
  const p = posix.normalize(posix.join(dir === '.' ? '' : dir, e));
  if (p === '..' || p.startsWith('../') || posix.isAbsolute(p)) return undefined;
  if (p === '.') return '';
  return /\.(ya?ml|json)$/i.test(p) ? p : `${p.replace(/\/+$/, '')}/`;
}

/** The string entries of list fields (`resources`, `bases`, `components`, `patchesStrategicMerge`). */
export function entryList(d: YamlDoc, ...keys: string[]): string[] {
  const out: string[] = [];
  for (const key of keys) {
    for (const item of items(d, get(d, d.doc.contents, key))) {
      const s = str(d, item);
      // An inline patch is YAML text, not a path.
      if (s !== undefined && !s.includes('\n')) out.push(s);
    }
  }
  return out;
}

/** `patches` / `patchesJson6902` entries that name a file (`path:`), not an inline `patch:`. */
export function patchPaths(d: YamlDoc): string[] {
  const out = entryList(d, 'patchesStrategicMerge');
  for (const key of ['patches', 'patchesJson6902']) {
    for (const item of items(d, get(d, d.doc.contents, key))) {
      const p = str(d, get(d, item, 'path')) ?? (key === 'patches' ? str(d, item) : undefined);
      if (p !== undefined && !p.includes('\n')) out.push(p);
    }
  }
  return out;
}

/** Resolved repository paths of a kustomization's entries, without duplicates, in order. */
export function resolveAll(file: string, entries: readonly string[]): string[] {
  return [...new Set(entries.map((e) => resolveEntry(file, e)).filter((p): p is string => p !== undefined))];
}
