import type { Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { get, items, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factAt } from './fact-at.js';
import { KUBESPRAY_SOURCE } from './kubespray-repo.js';
import type { YamlExtractor } from './types.js';
import { isPlaceholder, normalizeVersion } from './values.js';

const ID = 'kubespray-requirements';

/**
 * The release a git ref names: a tag (`v2.23.1`), a release branch (`release-2.23`: its minor), else nothing.
 * `where` says which field named it (`requirements.yml version`).
 */
export function releaseOf(ref: string, where = 'requirements.yml version'): { value: string; note: string } | undefined {
  const branch = /^release-(\d+\.\d+)$/.exec(ref);
  if (branch?.[1]) return { value: branch[1], note: `${where} ${ref} (a ${branch[1]} release or a later commit of that branch)` };
  const v = normalizeVersion(ref);
  return v && /^\d+\.\d+\.\d+$/.test(v) ? { value: v, note: `${where} ${ref}` } : undefined;
}

/** Why a ref (or its absence) names no release: the default branch, a placeholder, a branch or commit. */
function noReleaseWhy(ref: string | undefined): string {
  if (ref === undefined) return 'no version: the default branch at install time';
  return isPlaceholder(ref) ? `version ${ref} is a placeholder` : `version ${ref} is a branch or commit, not a release`;
}

/**
 * The Kubespray release a `version:` beside a Kubespray source names (requirements.yml, a git task): the
 * release, or an unresolved fact saying why there is none (at the source when no version is given).
 */
export function releaseFact(id: string, d: YamlDoc, versionNode: Node | undefined, sourceNode: Node, where?: string): Fact {
  const ref = str(d, versionNode)?.trim();
  const release = ref === undefined ? undefined : releaseOf(ref, where);
  if (release) return { ...factAt(id, d, versionNode, 'installer.release', release.value, { raw: ref, note: release.note }), key: 'kubespray' };
  return {
    ...factAt(id, d, versionNode ?? sourceNode, 'installer.release', ref ?? str(d, sourceNode) ?? '', { note: noReleaseWhy(ref) }),
    key: 'kubespray',
    unresolved: true,
  };
}

function entryFacts(d: YamlDoc, entry: Node): Fact[] {
  const sourceNode = [get(d, entry, 'src'), get(d, entry, 'name'), get(d, entry, 'source')].find((n) => KUBESPRAY_SOURCE.test(str(d, n)?.trim() ?? ''));
  if (!sourceNode) return [];
  return [
    factAt(ID, d, sourceNode, 'installer.name', 'kubespray', { note: 'Kubespray in requirements.yml' }),
    releaseFact(ID, d, get(d, entry, 'version'), sourceNode),
  ];
}

/**
 * Ansible Galaxy `requirements.yml`: Kubespray as a collection (from v2.22, `name:
 * https://github.com/kubernetes-sigs/kubespray`, `type: git`) or as a role (`src:`), with its git ref.
 * The ref is read, never `galaxy.yml` (whose version lags the tag in some releases).
 */
export const kubesprayRequirements: YamlExtractor = {
  id: ID,
  description: 'Ansible requirements.yml: Kubespray as a collection or role, its version (tag, or release-2.NN branch) as the Kubespray release',
  paths: /(^|\/)requirements[^/]*\.ya?ml$/,
  triggers: ['kubespray'],
  extract(d) {
    const root = d.doc.contents;
    const lists = [root, get(d, root, 'collections'), get(d, root, 'roles')];
    return lists.flatMap((l) => items(d, l)).flatMap((e) => entryFacts(d, e));
  },
};
