import type { Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factAt, factFromNode } from './fact-at.js';
import { normalizeVersion } from './values.js';

/**
 * `installer.name` where an extractor recognises an installer's own file: the context stage applies that
 * installer's defaults (data/installers/<name>.yaml) where the repository is silent.
 */
export function installerNameFact(source: string, d: YamlDoc, node: Node | null | undefined, installer: string, note: string): Fact {
  return factAt(source, d, node, 'installer.name', installer, { note });
}

/** `installer.release` read from a node (`v1.23.5+k0s.0` stays as written in `raw`); keyed by the installer. */
export function installerReleaseFact(source: string, d: YamlDoc, node: Node | undefined, installer: string, note: string): Fact | undefined {
  const f = factFromNode(source, d, node, 'installer.release', normalizeVersion, { note });
  return f ? { ...f, key: installer } : undefined;
}

/** `cluster.cni`: the network plugin the installer is told to deploy, lower-case as the installer names it. */
export function cniFact(source: string, d: YamlDoc, node: Node | undefined, note: string): Fact | undefined {
  return factFromNode(source, d, node, 'cluster.cni', (s) => s.trim().toLowerCase() || undefined, { note });
}
