/**
 * Template control lines (`%{ if … }`, `{{- range … }}`, `{% for … %}`) break YAML parsing but hold no
 * values. Replacing them with spaces keeps every offset, line and column, so the literal YAML around them
 * can still be read. Lines between an opening and its end are conditional: what they say may not render.
 */
export interface SetAside {
  /** The text with control lines and template comments blanked (same length, same line breaks). */
  text: string;
  /** 1-based lines that were blanked. */
  blanked: number[];
  /** Lines inside a template condition or loop. */
  conditional: Set<number>;
  /**
   * Lines that are a whole template expression (`{{ toYaml .Values.x | nindent 4 }}`): their output is
   * unknown YAML, so a document holding one cannot be read this way.
   */
  unknown: Set<number>;
  /**
   * The template tokens of each line kept (0-based line → `[start, end)` within the line), found once here
   * for template-yaml.ts to mask; a blanked line has none.
   */
  spans: Map<number, [number, number][]>;
}

import { findSpans, stripDelimiters, TEMPLATE_TOKENS } from './spans.js';

type Kind = 'open' | 'middle' | 'close' | 'quiet' | 'output';

function classify(token: string): Kind {
  if (token.startsWith('{#')) return 'quiet';
  if (token.startsWith('%{')) {
    const inner = stripDelimiters(token, '%{', '}', '~');
    if (/^(if|for)\b/.test(inner)) return 'open';
    if (/^else\b/.test(inner)) return 'middle';
    if (/^end(if|for)\b/.test(inner)) return 'close';
    return 'output';
  }
  if (token.startsWith('{%')) {
    const inner = stripDelimiters(token, '{%', '%}', '-+');
    // `set x = …` (a linear form of /^set\s+[^=]+=/).
    if (inner.startsWith('set') && /\s/.test(inner[3] ?? '') && inner.indexOf('=') >= 5) return 'quiet';
    if (/^(if|for|macro|block|call|filter|set)\b/.test(inner)) return 'open';
    if (/^(elif|else)\b/.test(inner)) return 'middle';
    if (/^end\w*\b/.test(inner)) return 'close';
    return 'output';
  }
  const inner = stripDelimiters(token, '{{', '}}', '-');
  if (inner.startsWith('/*') && inner.endsWith('*/') && inner.length >= 4) return 'quiet';
  if (/^\$[\w]*\s*:?=/.test(inner)) return 'quiet';
  if (/^(if|range|with|define|block)\b/.test(inner)) return 'open';
  if (/^else\b/.test(inner)) return 'middle';
  if (/^end\b/.test(inner)) return 'close';
  return 'output';
}

/**
 * Blanks control lines and multi-line template comments; returns undefined when the text holds no
 * template line or expression at all.
 */
export function setAsideTemplateLines(text: string): SetAside | undefined {
  const lines = text.split('\n');
  const blanked: number[] = [];
  const conditional = new Set<number>();
  const unknown = new Set<number>();
  let depth = 0;
  // Inside a multi-line `{{/* … */}}` or `{# … #}` comment: its text is not YAML, whatever it looks like.
  let commentEnd: RegExp | undefined;
  // A value such as `image: {{ .Image }}` breaks YAML too (template-yaml.ts masks it): worth a retry.
  let inline = false;
  const lineSpans = new Map<number, [number, number][]>();
  const blank = (i: number): void => {
    lines[i] = (lines[i] ?? '').replace(/[^\r]/g, ' ');
    blanked.push(i + 1);
    lineSpans.delete(i);
  };
  lines.forEach((line, i) => {
    if (commentEnd) {
      if (commentEnd.test(line)) commentEnd = undefined;
      blank(i);
      return;
    }
    const opensComment = /^\s*\{\{-?\s*\/\*(?![\s\S]*\*\/)/.test(line) ? /\*\/\s*-?\}\}/ : /^\s*\{#(?![\s\S]*#\})/.test(line) ? /#\}/ : undefined;
    if (opensComment) {
      commentEnd = opensComment;
      blank(i);
      return;
    }
    const spans = findSpans(line, TEMPLATE_TOKENS);
    const tokens = spans.map(([s, e]) => line.slice(s, e));
    if (spans.length > 0) lineSpans.set(i, spans);
    if (tokens.length === 0 || outside(line, spans).trim() !== '') {
      if (depth > 0) conditional.add(i + 1);
      inline ||= tokens.length > 0;
      return;
    }
    const kinds = tokens.map(classify);
    if (kinds.includes('output')) {
      unknown.add(i + 1);
      return;
    }
    for (const k of kinds) {
      if (k === 'open') depth++;
      else if (k === 'close') depth = Math.max(0, depth - 1);
    }
    blank(i);
  });
  if (blanked.length === 0 && unknown.size === 0 && !inline) return undefined;
  return { text: lines.join('\n'), blanked, conditional, unknown, spans: lineSpans };
}

/** A line without its template tokens (what `replaceSpans(line, TEMPLATE_TOKENS, () => '')` gives, without a second search). */
function outside(line: string, spans: readonly [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    out += line.slice(at, s);
    at = e;
  }
  return out + line.slice(at);
}

/** Why a line of a template may not render as written, for the facts read from it. */
export function templateNote(conditional: ReadonlySet<number>, beside?: ReadonlyMap<number, number>): (line: number) => string | undefined {
  return (line) => {
    if (conditional.has(line)) return 'inside a template condition';
    const u = beside?.get(line);
    return u === undefined ? undefined : `template output at line ${u} may add or replace values here`;
  };
}
