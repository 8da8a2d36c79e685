import type { Fact, FactName } from '../model/fact.js';
import type { Binding } from './condition.js';

/** A fact value as people read it: versions with `v`, derived values with where they came from. */
export function showValue(f: Pick<Fact, 'name' | 'value' | 'note' | 'origin' | 'unresolved'>): string {
  if (f.unresolved) return `unresolved ${JSON.stringify(f.value)}`;
  const versioned = /version$/i.test(f.name) && /^\d/.test(f.value) ? `v${f.value}` : f.value;
  return f.origin === 'derived' && f.note ? `${versioned} (${f.note})` : versioned;
}

/** Fills `{fact.name}` placeholders; a fact with no bound value reads "unknown". */
export function renderMessage(template: string, binding: Binding): string {
  return template.replace(/\{([A-Za-z]+\.[A-Za-z]+)\}/g, (_, name: string) => {
    const fv = binding.get(name as FactName);
    const first = fv?.facts[0];
    return first ? showValue(first) : 'unknown';
  });
}
