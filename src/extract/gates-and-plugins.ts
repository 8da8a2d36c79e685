import type { Node } from 'yaml';
import type { Fact, FactName } from '../model/fact.js';
import { entries, items, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factAt, factFromRaw, type FactOptions } from './fact-at.js';
import { isPlaceholder } from './values.js';

/**
 * Feature gates and admission plugins are lists of names that several installers write in different
 * shapes: a flag value ("A=true,B=false"), a mapping ({A: true}), a YAML list (["A=true"]). Each becomes
 * one fact whose value is the comma-joined, space-free list, so a rule can match one name exactly.
 */

/** "A=true, B=false" → "A=true,B=false"; undefined when nothing is left. */
export function normalizeNameList(raw: string): string | undefined {
  const parts = raw
    .replace(/^["']|["']$/g, '')
    .split(',')
    .map((p) => p.trim().replace(/\s*=\s*/, '='))
    .filter((p) => p !== '');
  return parts.length ? parts.join(',') : undefined;
}

/** A fact from a flag value or a scalar; placeholders give an unresolved fact. */
export function nameListFact(source: string, d: YamlDoc, node: Node | undefined, name: FactName, raw: string, opts: FactOptions = {}): Fact | undefined {
  return factFromRaw(source, d, node, name, raw, normalizeNameList, opts);
}

/** `featureGates: {A: true, B: false}` → "A=true,B=false"; a scalar is read as a flag value. */
export function featureGatesFromNode(source: string, d: YamlDoc, node: Node | undefined, opts: FactOptions = {}): Fact | undefined {
  if (!node) return undefined;
  const raw = str(d, node);
  if (raw !== undefined) return nameListFact(source, d, node, 'kubeProxy.featureGates', raw, opts);
  const pairs = entries(d, node);
  if (pairs.length > 0) {
    const written = pairs.map(([k, v]) => `${k}=${str(d, v) ?? ''}`);
    const f = factAt(source, d, node, 'kubeProxy.featureGates', written.join(','), opts);
    return written.some((w) => isPlaceholder(w)) ? { ...f, unresolved: true } : f;
  }
  return listFact(source, d, node, 'kubeProxy.featureGates', opts);
}

/** A YAML list of names (["A=true"], [NodeRestriction, PodSecurity]) as one fact placed at the list. */
export function listFact(source: string, d: YamlDoc, node: Node | undefined, name: FactName, opts: FactOptions = {}): Fact | undefined {
  const list = items(d, node);
  if (list.length === 0) return undefined;
  const written = list.map((n) => str(d, n)?.trim() ?? '').filter((s) => s !== '');
  if (written.length === 0) return undefined;
  const f = factAt(source, d, node, name, normalizeNameList(written.join(',')) ?? '', opts);
  return written.some((w) => isPlaceholder(w)) ? { ...f, unresolved: true } : f;
}

/** The value of `--name=value` or `--name value` in a list of words, with the node holding it; the last wins (pflag). */
export function flagValue<T extends { text: string }>(words: readonly T[], flag: string): { value: string; word: T } | undefined {
  let found: { value: string; word: T } | undefined;
  const prefix = `--${flag}=`;
  words.forEach((w, i) => {
    if (w.text.startsWith(prefix)) found = { value: w.text.slice(prefix.length), word: w };
    else if (w.text === `--${flag}` && words[i + 1]) found = { value: words[i + 1]!.text, word: words[i + 1]! };
  });
  return found;
}
