import { Scalar, isScalar, type Node } from 'yaml';
import { replaceSpans, type SpanKind } from '../parse/spans.js';

/** `{{ … }}`, across lines too (scanned, not matched by a lazy regex: linear on any text). */
const GO_TEMPLATE: readonly SpanKind[] = [{ open: '{{', close: '}}', line: false }];

/** Go template actions that shape the text (loops, conditions, comments), as opposed to values. */
const ACTION = /^\{\{-?\s*(range|if|else|end|with|define|block|template|break|continue|\/\*)/;

/** Marks a value template in the blanked text; the number indexes the original. */
const MARK = /\$\{T(\d+)_*\}/g;

export interface Blanked {
  text: string;
  /** Puts the original templates back into a value read from the blanked text. */
  restore(s: string): string;
}

/**
 * A Helm/Go-templated YAML string made parseable without moving anything: each `{{ … }}` becomes
 * blanks when it is an action (`{{range …}}`, `{{- if …}}`), or a `${T<n>__}` mark of the same length
 * when it stands for a value, so that value reads as unresolved and `restore` can show the template.
 * Newlines are kept, so every line and column still maps to the original.
 */
export function blankTemplates(text: string): Blanked {
  const originals: string[] = [];
  const out = replaceSpans(text, GO_TEMPLATE, (m) => {
    const id = String(originals.length);
    if (ACTION.test(m) || m.includes('\n') || m.length < 4 + id.length) return m.replace(/[^\n]/g, ' ');
    originals.push(m);
    return `\${T${id}${'_'.repeat(m.length - 4 - id.length)}}`;
  });
  return { text: out, restore: (s) => s.replace(MARK, (mark, i: string) => originals[Number(i)] ?? mark) };
}

/** A copy of a string scalar with its templates blanked, same range and style, for parseEmbedded. */
export function blankedScalar(node: Node | undefined): { node: Node | undefined; restore(s: string): string } {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.value.includes('{{')) return { node, restore: (s) => s };
  const b = blankTemplates(node.value);
  const copy = new Scalar(b.text);
  copy.range = node.range;
  copy.type = node.type;
  return { node: copy as Node, restore: b.restore };
}
