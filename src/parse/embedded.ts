import { LineCounter, Scalar, isScalar, type Node } from 'yaml';
import { parseYamlStream } from './yaml-stream.js';
import { placeOf, type OffsetMapper, type YamlDoc } from './yaml-doc.js';

/**
 * Parses YAML held in a string scalar (a ConfigMap's `config.conf`, Argo CD `helm.values`, kubean's
 * `group_vars.yml`) so that its nodes are located in the outer file. For literal block scalars (`|`)
 * every line and column maps exactly; other scalar styles fold or escape their text, so their nodes are
 * placed at the scalar itself. Returns [] when the string is not a YAML mapping or sequence.
 */
export function parseEmbedded(outer: YamlDoc, node: Node | null | undefined): YamlDoc[] {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return [];
  const text = node.value;
  if (!/[:-]/.test(text)) return [];
  const lc = new LineCounter();
  let docs;
  try {
    docs = parseYamlStream(text, lc);
  } catch {
    return [];
  }
  if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0)) return [];
  const usable = docs.filter((d) => d.contents && !isScalar(d.contents));
  if (usable.length === 0) return [];
  const at = placeOf(outer, node);
  const map = node.type === Scalar.BLOCK_LITERAL ? literalMapper(outer, node.range[0], lc) : () => ({ line: at.line, column: at.column });
  return usable.map((doc) => ({
    file: outer.file,
    index: outer.index,
    doc,
    text,
    map: map ?? (() => ({ line: at.line, column: at.column })),
    embeddedIn: { file: at.file, line: at.line, column: at.column },
    ...(outer.conditional ? { conditional: outer.conditional } : {}),
  }));
}

/** Offsets in a literal block's value → offsets in the outer text, line by line. */
function literalMapper(outer: YamlDoc, start: number, inner: LineCounter): OffsetMapper | undefined {
  const src = outer.text;
  const headerEnd = src.indexOf('\n', start);
  if (headerEnd < 0) return undefined;
  const lineStarts: number[] = [];
  let pos = headerEnd + 1;
  let indent = -1;
  while (pos <= src.length) {
    const end = src.indexOf('\n', pos);
    const line = src.slice(pos, end < 0 ? src.length : end);
    const lead = line.length - line.trimStart().length;
    if (line.trim() !== '') {
      if (indent < 0) indent = lead;
      else if (lead < indent) break;
    }
    lineStarts.push(pos);
    if (end < 0) break;
    pos = end + 1;
  }
  if (indent < 0) return undefined;
  const ind = indent;
  return (offset) => {
    const { line, col } = inner.linePos(offset);
    const outerStart = lineStarts[line - 1];
    if (outerStart === undefined) return outer.map(start);
    return outer.map(outerStart + ind + col - 1);
  };
}
