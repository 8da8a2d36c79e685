import { LineCounter, isScalar } from 'yaml';
import type { Place } from '../../model/place.js';
import type { HclExpr, HclFile } from '../../parse/hcl/hcl-file.js';
import { LineIndex } from '../../parse/hcl/parse-hcl.js';
import { parseFile } from '../../parse/parse-file.js';
import type { YamlDoc } from '../../parse/yaml-doc.js';
import { parseYamlStream } from '../../parse/yaml-stream.js';
import { exprText, scalarText, type ModuleScope, type Resolved } from './module.js';

type Heredoc = Extract<HclExpr, { kind: 'heredoc' }>;

/** The heredoc an expression is, as written or through the `var.` / `local.` it resolves to (`r`). */
export function heredocOf(e: HclExpr, r: Resolved): Heredoc | undefined {
  return e.kind === 'heredoc' ? e : r.known && r.expr.kind === 'heredoc' ? r.expr : undefined;
}

/** A heredoc's documents, placed in the module's file that holds it (a local's heredoc may be in another file). */
export function moduleHeredocDocs(scope: ModuleScope, file: HclFile, h: Heredoc, parse: (path: string, text: string) => readonly YamlDoc[]): YamlDoc[] {
  return heredocDocs(scope.module.files.find((f) => f.path === h.place.file) ?? file, h, parse);
}

/**
 * YAML inside Terraform, read by the YAML extractors with places in the `.tf` file:
 * - a heredoc (`yaml_body = <<-YAML … YAML`, a `values` heredoc) is parsed as written and every line
 *   and column maps back through the heredoc's indentation;
 * - an HCL object (`manifest = { … }`, `yamlencode({ … })`) is written out as YAML with each key and
 *   value remembering the place of the HCL it came from. Values are resolved in the module directory;
 *   an expression Terraform computes is written as `${…}`, which every extractor reads as a placeholder.
 */
export function heredocDocs(
  file: HclFile,
  expr: Extract<HclExpr, { kind: 'heredoc' }>,
  parse: (path: string, text: string) => readonly YamlDoc[] = (path, text) => parseFile(path, text).docs,
): YamlDoc[] {
  const parsed = parse(file.path, expr.content);
  if (parsed.length === 0) return [];
  const outer = new LineIndex(file.text);
  const firstLine = expr.lineStarts.length ? outer.at(expr.lineStarts[0]!).line : expr.place.line;
  return parsed.map((d) => {
    const inner = d.map;
    // The parsed documents may be shared with another heredoc of the same text: this one's own copy.
    const mapped: YamlDoc = {
      ...d,
      file: file.path,
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

/**
 * A values tree to be written out as YAML: maps, lists and scalars, each remembering the place in the
 * `.tf` file it came from. Built from an HCL object (`treeOf`) or from Helm `set` paths (`setTree`).
 */
export type ValueTree =
  | { kind: 'map'; entries: { key: string; keyPlace: Place; value: ValueTree }[]; place: Place }
  | { kind: 'list'; items: ValueTree[]; place: Place }
  /** `yaml` is the scalar as YAML writes it: a JSON-quoted string, a number, true/false, null. */
  | { kind: 'scalar'; yaml: string; place: Place };

/** An expression as a values tree, references resolved in the module; what Terraform computes becomes `"${…}"`. */
export function treeOf(scope: ModuleScope, e: HclExpr, depth = 0): ValueTree {
  const r = scope.resolve(e);
  if (!r.known || depth > 32) return { kind: 'scalar', yaml: JSON.stringify('${' + (r.known ? exprText(e) : r.text) + '}'), place: e.place };
  const v = r.expr;
  if (v.kind === 'object') {
    return {
      kind: 'map',
      entries: v.entries
        .filter((x): x is typeof x & { key: string } => x.key !== undefined)
        .map((x) => ({ key: x.key, keyPlace: x.keyPlace, value: treeOf(scope, x.value, depth + 1) })),
      place: e.place,
    };
  }
  if (v.kind === 'tuple') return { kind: 'list', items: v.items.map((i) => treeOf(scope, i, depth + 1)), place: e.place };
  if (v.kind === 'null') return { kind: 'scalar', yaml: 'null', place: e.place };
  if (v.kind === 'heredoc') return { kind: 'scalar', yaml: JSON.stringify(v.content), place: e.place };
  if (v.kind === 'string') return { kind: 'scalar', yaml: JSON.stringify(v.value), place: e.place };
  return { kind: 'scalar', yaml: scalarText(v) ?? '""', place: e.place };
}

/** A values tree written out as one YAML document whose places map back into `file`. */
export function treeDoc(file: HclFile, tree: ValueTree, at: Place, wanted: (text: string) => boolean = () => true): YamlDoc | undefined {
  if (tree.kind === 'scalar') return undefined;
  const marks: { at: number; place: Place }[] = [];
  let out = '';
  const emit = (s: string, place: Place) => {
    marks.push({ at: out.length, place });
    out += s;
  };
  const write = (t: ValueTree, indent: string): void => {
    if (t.kind === 'scalar') return emit(` ${t.yaml}\n`, t.place);
    if (t.kind === 'map' && t.entries.length === 0) return emit(' {}\n', t.place);
    if (t.kind === 'list' && t.items.length === 0) return emit(' []\n', t.place);
    out += '\n';
    if (t.kind === 'map') {
      for (const x of t.entries) {
        emit(`${indent}${JSON.stringify(x.key)}:`, x.keyPlace);
        write(x.value, `${indent}  `);
      }
    } else {
      for (const item of t.items) {
        emit(`${indent}-`, item.place);
        write(item, `${indent}  `);
      }
    }
  };
  write(tree, '');
  const text = out.slice(1);
  if (!wanted(text)) return undefined;
  const lc = new LineCounter();
  const docs = parseYamlStream(text, lc);
  const doc = Array.isArray(docs) ? docs[0] : undefined;
  if (!doc || doc.errors.length > 0 || !doc.contents || isScalar(doc.contents)) return undefined;
  const starts = marks.map((m) => m.at - 1);
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
      const p = marks[lo]?.place ?? at;
      return { line: p.line, column: p.column };
    },
    embeddedIn: at,
  };
}

/** An HCL object as a YAML document (`manifest = { … }`, `yamlencode({ … })`), when its text is `wanted`. */
export function projectedDoc(scope: ModuleScope, file: HclFile, expr: HclExpr, wanted?: (text: string) => boolean): YamlDoc | undefined {
  return treeDoc(file, treeOf(scope, expr), expr.place, wanted);
}
