import { isScalar, Scalar, type Node } from 'yaml';
import { placeOf, type YamlDoc } from '../parse/yaml-doc.js';

/** Maps a 1-based line and column in a scalar's string value to its place in the file. */
export type TextMapper = (line: number, column: number) => { line: number; column: number };

/**
 * Where the text of a string scalar sits in the file, so that facts found by reading the string as text
 * (a CI `run:` block read as shell) are placed exactly. A literal block (`|`) maps line by line below its
 * header; a one-line plain or quoted scalar written as its value maps by offset; anything else (folded
 * text, escapes) is placed at the scalar itself.
 */
export function scalarTextMapper(d: YamlDoc, node: Node): TextMapper {
  const at = placeOf(d, node);
  const fallback: TextMapper = () => ({ line: at.line, column: at.column });
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return fallback;
  const value = node.value;
  const start = node.range[0];
  if (node.type === Scalar.BLOCK_LITERAL) return literalMapper(d, start, node.range[1]) ?? fallback;
  if (value.includes('\n')) return fallback;
  const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE ? 1 : 0;
  if (d.text.slice(start + quoted, start + quoted + value.length) !== value) return fallback;
  return (_line, column) => d.map(start + quoted + column - 1);
}

function literalMapper(d: YamlDoc, start: number, end: number): TextMapper | undefined {
  const src = d.text;
  const headerEnd = src.indexOf('\n', start);
  if (headerEnd < 0) return undefined;
  const lineStarts: number[] = [];
  let indent = -1;
  let pos = headerEnd + 1;
  while (pos <= src.length) {
    const next = src.indexOf('\n', pos);
    const lineEnd = next < 0 ? src.length : next;
    const line = src.slice(pos, lineEnd);
    const lead = line.length - line.trimStart().length;
    if (line.trim() !== '' && indent < 0) indent = lead;
    lineStarts.push(pos);
    if (next < 0 || next >= end) break;
    pos = next + 1;
  }
  if (indent < 0) return undefined;
  const ind = indent;
  return (line, column) => {
    const ls = lineStarts[line - 1];
    return ls === undefined ? d.map(start) : d.map(ls + ind + column - 1);
  };
}
