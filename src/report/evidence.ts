import type { Fact } from '../model/fact.js';
import { formatPlace } from '../model/place.js';
import { showValue } from '../evaluate/render.js';
import { capEvidence } from './evidence-cap.js';

/** Where a fact came from, in words: a file place, an Action input / flag, or a default. */
export function factOrigin(f: Fact): string {
  if (f.place) return formatPlace(f.place);
  if (f.source.startsWith('input:')) return `input ${f.source.slice('input:'.length)}`;
  if (f.source.startsWith('config:')) return `config file ${f.source.slice('config:'.length)}`;
  if (f.origin === 'derived') return 'derived';
  return f.origin;
}

/**
 * The evidence chain as indented plain-text lines: each fact, then what it was derived from.
 * Plain text: callers escape for markdown where needed.
 */
export function evidenceLines(facts: readonly Fact[], depth = 0): string[] {
  const out: string[] = [];
  const { shown, more } = depth === 0 ? capEvidence(facts) : { shown: facts, more: [] };
  for (const f of shown) {
    const pad = '  '.repeat(depth);
    // "v1.27.3" for "1.27.3" says nothing new; an image reference or a vendor suffix does.
    const raw = f.raw !== undefined && f.raw.replace(/^v/i, '') !== f.value && !f.unresolved ? ` (written ${JSON.stringify(f.raw)})` : '';
    out.push(`${pad}${depth > 0 ? '← ' : ''}${f.name} = ${showValue(f)}${raw} [${factOrigin(f)}]`);
    if (f.derivedFrom?.length) out.push(...evidenceLines(f.derivedFrom, depth + 1));
  }
  return [...out, ...more.map((m) => `… ${m}`)];
}
