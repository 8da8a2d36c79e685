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
