import type { Node } from 'yaml';
import { str } from '../parse/walk.js';
import { placeOf, type YamlDoc } from '../parse/yaml-doc.js';
import type { Word } from './shell-words.js';

/**
 * A scalar node as a word of text placed in the file (a quoted scalar's text starts one column in), so
 * the text readers of shell-facts.ts can place facts found in YAML values. Undefined for non-scalars.
 */
export function yamlWord(d: YamlDoc, node: Node | undefined): Word | undefined {
  const text = node === undefined ? undefined : str(d, node);
  if (!node || text === undefined) return undefined;
  const at = placeOf(d, node);
  const c = node.range ? d.text[node.range[0]] : undefined;
  const trimmed = text.trim();
  return { text: trimmed, line: at.line, column: at.column + (c === '"' || c === "'" ? 1 : 0) + (text.length - text.trimStart().length) };
}

/**
 * An image scalar's tag as a word placed in the file (`ghcr.io/siderolabs/kubelet:v1.36.4` gives `v1.36.4`
 * at its own column): a version fact stands on the part a user changes. Undefined when the scalar does not
 * end in `:tag`.
 */
export function imageTagWord(d: YamlDoc, node: Node | undefined, tag: string): Word | undefined {
  const w = yamlWord(d, node);
  const at = w ? w.text.lastIndexOf(`:${tag}`) : -1;
  return w && at >= 0 ? { text: tag, line: w.line, column: w.column + at + 1 } : undefined;
}
