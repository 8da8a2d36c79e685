import { LineCounter, parseAllDocuments, isScalar } from 'yaml';
import type { Place } from '../../model/place.js';
import type { HclExpr, HclFile } from '../../parse/hcl/hcl-file.js';
import { LineIndex } from '../../parse/hcl/parse-hcl.js';
import { parseFile, PARSE_OPTIONS } from '../../parse/parse-file.js';
import type { YamlDoc } from '../../parse/yaml-doc.js';
import { exprText, scalarText, type ModuleScope } from './module.js';

/**
 * YAML inside Terraform, read by the YAML extractors with places in the `.tf` file:
 * - a heredoc (`yaml_body = <<-YAML … YAML`, a `values` heredoc) is parsed as written and every line
 *   and column maps back through the heredoc's indentation;
 * - an HCL object (`manifest = { … }`, `yamlencode({ … })`) is written out as YAML with each key and
 *   value remembering the place of the HCL it came from. Values are resolved in the module directory;
 *   an expression Terraform computes is written as `${…}`, which every extractor reads as a placeholder.
 */
export function heredocDocs(file: HclFile, expr: Extract<HclExpr, { kind: 'heredoc' }>): YamlDoc[] {
  const parsed = parseFile(file.path, expr.content);
  if (parsed.docs.length === 0) return [];
  const outer = new LineIndex(file.text);
  const firstLine = expr.lineStarts.length ? outer.at(expr.lineStarts[0]!).line : expr.place.line;
  return parsed.docs.map((d) => {
    const inner = d.map;
    const mapped: YamlDoc = {
      ...d,
      map: (offset) => {
        const { line, column } = inner(offset);
        const start = expr.lineStarts[line - 1];
        return start === undefined ? { line: expr.place.line, column: expr.place.column } : outer.at(start + expr.strip + column - 1);
      },
      embeddedIn: expr.place,
    };
    const cond = d.conditional;
    if (cond) mapped.conditional = (line) => cond(line - firstLine + 1);
    else delete mapped.conditional;
    return mapped;
  });
}

/** An HCL object or tuple written out as one YAML document, placed back in the `.tf` file. */
export function projectedDoc(scope: ModuleScope, file: HclFile, expr: HclExpr): YamlDoc | undefined {
  const marks: { at: number; place: Place }[] = [];
  let out = '';
  const emit = (s: string, place: Place) => {
    marks.push({ at: out.length, place });
    out += s;
  };
  const write = (e: HclExpr, indent: string, depth: number): void => {
    const r = scope.resolve(e);
    const v = r.known ? r.expr : undefined;
    if (depth > 32 || !v) {
      emit(` ${JSON.stringify(r.known ? exprText(e) : '${' + r.text + '}')}\n`, e.place);
      return;
    }
    if (v.kind === 'object') {
      const entries = v.entries.filter((x) => x.key !== undefined);
      if (entries.length === 0) return emit(' {}\n', e.place);
      out += '\n';
      for (const x of entries) {
        emit(`${indent}${JSON.stringify(x.key)}:`, x.keyPlace);
        write(x.value, `${indent}  `, depth + 1);
      }
      return;
    }
    if (v.kind === 'tuple') {
      if (v.items.length === 0) return emit(' []\n', e.place);
      out += '\n';
      for (const item of v.items) {
        emit(`${indent}-`, item.place);
        write(item, `${indent}  `, depth + 1);
      }
      return;
    }
    if (v.kind === 'null') return emit(' null\n', e.place);
    if (v.kind === 'heredoc') return emit(` ${JSON.stringify(v.content)}\n`, e.place);
    const s = scalarText(v);
    emit(` ${v.kind === 'string' ? JSON.stringify(s) : (s ?? '""')}\n`, e.place);
  };
  const top = scope.resolve(expr);
  if (!top.known || top.expr.kind !== 'object') return undefined;
  out = '';
  write(expr, '', 0);
  const text = out.replace(/^\n/, '');
  const shift = out.length - text.length;
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter: lc });
  const doc = Array.isArray(docs) ? docs[0] : undefined;
  if (!doc || doc.errors.length > 0 || !doc.contents || isScalar(doc.contents)) return undefined;
  const starts = marks.map((m) => m.at - shift);
  return {
    file: file.path,
    index: 0,
    doc,
    text,
    map: (offset) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      const p = marks[lo]?.place ?? expr.place;
      return { line: p.line, column: p.column };
    },
    embeddedIn: expr.place,
  };
}
