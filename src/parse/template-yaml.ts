import { isScalar, visit, type Document } from 'yaml';
import type { SetAside } from './template-lines.js';

/**
 * A YAML template (a Salt/Jinja `{{pillar['x']}}`, a Go template `{{ .Image }}`) made parseable without
 * moving anything, after its control lines were set aside (template-lines.ts):
 * - a value expression on a line with other text (`image: {{a}}/kube-proxy:{{b}}`, a quoted
 *   `"{{ if eq .Mode "bird" }}k8s,bgp{{ end }}"`) is masked in the text given to the parser by private-use
 *   characters of the same length, so no brace or quote of the template reaches YAML; `restoreValues` then
 *   puts the template text back into every scalar, which so reads as the placeholder it is (unresolved);
 * - a line that is a whole expression (`{{kube_cache_mutation_detector_env_name}}`) renders YAML nobody
 *   knows before rendering: it is blanked, and every line of the block it sits in (from the line that opens
 *   that block to the block's end) counts as uncertain, since the output may add or replace values there.
 *   A whole-expression line at the top level of a document has no such block: it stays, and the document
 *   is not read (`unscoped`).
 */
export interface TemplateYaml {
  /** The set-aside text with scoped whole-expression lines blanked: what positions and `str` read. */
  text: string;
  /** `text` with value expressions masked: what the parser reads. */
  parseText: string;
  /** Offsets `[start, end)` of the masked expressions, in order. */
  masks: [number, number][];
  /** Uncertain line → the whole-expression line whose output may change it. */
  beside: Map<number, number>;
  /** Whole-expression lines at a document's top level. */
  unscoped: Set<number>;
  /** The whole-expression lines blanked. */
  rendered: number[];
}

/** Two marks, alternating per expression, so `{{a}}{{b}}` stays two runs. */
const MARKS = ['\uE000', '\uE001'] as const;
const MARKED = /[\uE000\uE001]/;

const indentOf = (line: string): number => line.length - line.trimStart().length;

export function templateYaml(aside: SetAside): TemplateYaml {
  const lines = aside.text.split('\n');
  // Lines set aside are already blank in `aside.text`.
  const content = (i: number): boolean => {
    const t = (lines[i] ?? '').trim();
    return t !== '' && !t.startsWith('#') && !aside.unknown.has(i + 1);
  };
  const unscoped = new Set<number>();
  const scopes: { from: number; to: number; u: number }[] = [];
  const unknown = [...aside.unknown].sort((a, b) => a - b);
  const parents = nearestLessIndented(lines, unknown, content, -1);
  const ends = nearestLessIndented(lines, unknown, content, 1);
  unknown.forEach((u, k) => {
    const from = parents[k]!;
    // A line at indent 0 has no less-indented parent, so `from` is -1 there too.
    if (from < 0 || /^(---|\.\.\.)(\s|$)/.test(lines[from]!)) unscoped.add(u);
    else scopes.push({ from, to: ends[k]! < 0 ? lines.length - 1 : ends[k]! - 1, u });
  });
  const rendered = scopes.map((s) => s.u);
  const beside = besideLines(scopes, lines.length);
  for (const u of rendered) lines[u - 1] = (lines[u - 1] ?? '').replace(/[^\r]/g, ' ');
  const text = lines.join('\n');
  const masks: [number, number][] = [];
  let parseText = '';
  let at = 0;
  let offset = 0;
  const blankedNow = new Set(rendered);
  lines.forEach((line, i) => {
    // The tokens template-lines.ts found on the line; a whole-expression line blanked here has none left.
    for (const [s, e] of blankedNow.has(i + 1) ? [] : (aside.spans.get(i) ?? [])) {
      // Only `{{ }}` and `{% %}`, which read as placeholders once restored; `%{ }` and `{# #}` do not.
      if (!line.startsWith('{{', s) && !line.startsWith('{%', s)) continue;
      parseText += text.slice(at, offset + s) + MARKS[masks.length % 2]!.repeat(e - s);
      masks.push([offset + s, offset + e]);
      at = offset + e;
    }
    offset += line.length + 1;
  });
  parseText += text.slice(at);
  return { text, parseText, masks, beside, unscoped, rendered };
}

/**
 * For each (sorted, 1-based) line of `at`, the 0-based index of the nearest content line before it
 * (`dir` -1) or after it (`dir` 1) that is indented less, or -1: the line opening its block, or the first
 * line past the block's end. One pass with a stack of ever deeper content lines, each query a binary
 * search in it, so a template of thousands of such lines stays linear-logarithmic.
 */
function nearestLessIndented(lines: string[], at: number[], content: (i: number) => boolean, dir: -1 | 1): number[] {
  const out = new Array<number>(at.length).fill(-1);
  const stack: { indent: number; line: number }[] = [];
  const order = dir === -1 ? at.map((_, k) => k) : at.map((_, k) => at.length - 1 - k);
  let next = 0;
  for (let step = 0; step < lines.length && next < order.length; step++) {
    const i = dir === -1 ? step : lines.length - 1 - step;
    const k = order[next]!;
    if (at[k]! - 1 === i) {
      const indent = indentOf(lines[i] ?? '');
      // The stack's indents rise from bottom to top: find the topmost one below `indent`.
      let lo = 0;
      let hi = stack.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (stack[mid]!.indent < indent) lo = mid + 1;
        else hi = mid;
      }
      out[k] = lo > 0 ? stack[lo - 1]!.line : -1;
      next++;
      continue;
    }
    if (!content(i)) continue;
    const indent = indentOf(lines[i]!);
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    stack.push({ indent, line: i });
  }
  return out;
}

/**
 * Each 1-based line inside a scope → the whole-expression line of a scope covering it, in one sweep: of
 * the scopes started so far, the one reaching furthest covers the line whenever any does.
 */
function besideLines(scopes: { from: number; to: number; u: number }[], count: number): Map<number, number> {
  const beside = new Map<number, number>();
  const sorted = [...scopes].sort((a, b) => a.from - b.from || a.u - b.u);
  let best: { to: number; u: number } | undefined;
  let k = 0;
  for (let l = 0; l < count; l++) {
    while (k < sorted.length && sorted[k]!.from === l) {
      const s = sorted[k++]!;
      if (!best || s.to > best.to) best = s;
    }
    if (best && best.to >= l) beside.set(l + 1, best.u);
    else if (k >= sorted.length) break;
  }
  return beside;
}

/**
 * Puts the masked expressions back into the scalars of a document parsed from `parseText`: the n-th run
 * of marks in a scalar is the n-th masked expression inside the scalar's range.
 */
export function restoreValues(doc: Document.Parsed, t: TemplateYaml): void {
  if (t.masks.length === 0) return;
  visit(doc, {
    Scalar(_, node) {
      if (!isScalar(node) || typeof node.value !== 'string' || !MARKED.test(node.value) || !node.range) return;
      const inside = masksWithin(t.masks, node.range[0], node.range[1]);
      let k = 0;
      const value = node.value.replace(/\uE000+|\uE001+/g, () => {
        const m = inside[k++];
        return m ? t.text.slice(m[0], m[1]) : '{{ }}';
      });
      node.value = value;
      if (typeof node.source === 'string') node.source = value;
    },
  });
}

/** The masks starting in `[from, to)`, found by binary search (a template can hold thousands). */
function masksWithin(masks: [number, number][], from: number, to: number): [number, number][] {
  let lo = 0;
  let hi = masks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (masks[mid]![0] < from) lo = mid + 1;
    else hi = mid;
  }
  const out: [number, number][] = [];
  for (let i = lo; i < masks.length && masks[i]![0] < to; i++) out.push(masks[i]!);
  return out;
}
