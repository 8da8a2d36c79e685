import { factTree, type Fact, type FactName } from '../model/fact.js';
import type { FactValue } from './fact-values.js';
import { intern } from '../model/intern.js';

/** A fact value as people read it: versions with `v`, placeholders quoted and marked unresolved. */
export function plainValue(f: Pick<Fact, 'name' | 'value' | 'unresolved'>): string {
  if (f.unresolved) return `unresolved ${JSON.stringify(f.value)}`;
  return /version$/i.test(f.name) && /^\d/.test(f.value) ? `v${f.value}` : f.value;
}

/** "default of Kubespray v2.18.2" from an installer default's note; undefined for any other fact. */
export function installerDefaultOf(f: Pick<Fact, 'origin' | 'source' | 'note'>): string | undefined {
  if (f.origin !== 'default' || !f.source?.startsWith('installer:') || !f.note) return undefined;
  // The note reads "default of <installer> <release>: <setting> <value>; <where>"; the release may hold ":" only in a list.
  const m = /^(default of [^:]*?(?:\([^)]*\))?):/.exec(f.note);
  return m?.[1];
}

/** `plainValue`, and for a derived value or an installer default where it came from. */
export function showValue(f: Pick<Fact, 'name' | 'value' | 'note' | 'origin' | 'unresolved'> & { source?: string }): string {
  const plain = plainValue(f);
  const installer = installerDefaultOf({ origin: f.origin, source: f.source ?? '', ...(f.note ? { note: f.note } : {}) });
  if (installer) return `${plain} (${installer})`;
  if (f.unresolved || f.origin !== 'derived' || !f.note) return plain;
  // Derived from an installer default (kube-controllers from the Calico a release bundles): say so.
  const from = installerDefaultIn((f as Fact).derivedFrom ?? []);
  return from ? `${plain} (${f.note}, ${from})` : `${plain} (${f.note})`;
}

function installerDefaultIn(facts: readonly Fact[]): string | undefined {
  for (const { fact } of factTree(facts)) {
    const found = installerDefaultOf(fact);
    if (found) return found;
  }
  return undefined;
}

/** Values a message names for one fact before it says how many more there are. */
const VALUES_IN_MESSAGE = 3;

/**
 * Fills `{fact.name}` placeholders with the bound value, or the distinct values of a merged finding
 * ("3.10.0-1160.el7.x86_64, 4.18.0-513.el8_9.x86_64 (+2 more)"); a fact with no value reads "unknown".
 */
export function renderMessage(template: string, values: ReadonlyMap<FactName, FactValue | readonly FactValue[] | undefined>): string {
  const parts = partsOf(template);
  // The message is found by what its placeholders say (a few short texts), not by the whole text: a
  // Service's finding is made in every cluster, and hashing each long copy to share it cost more than the
  // rest of its making. Each text is prefixed by its length, so no two lists of texts make one key.
  const texts: string[] = [];
  let key = '';
  for (let i = 1; i < parts.length; i += 2) {
    const t = valuesText(values.get(parts[i] as FactName));
    texts.push(t);
    key += `${t.length}:${t}`;
  }
  let byTexts = rendered.get(template);
  if (!byTexts) rendered.set(template, (byTexts = new Map()));
  let message = byTexts.get(key);
  if (message === undefined) {
    if (++held > LIMIT) {
      rendered.clear();
      rendered.set(template, byTexts);
      byTexts.clear();
      held = 1;
    }
    message = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) message += texts[(i - 1) / 2]! + parts[i + 1]!;
    byTexts.set(key, (message = intern(message)));
  }
  return message;
}

// Messages made so far, per template and placeholder texts: one string per distinct message (bounded, so a
// long-running process, the tests or the Action, does not grow).
const rendered = new Map<string, Map<string, string>>();
const LIMIT = 50_000;
let held = 0;

// A template as its texts and placeholders in turn (text, name, text, ...), split once per template.
const split = new Map<string, string[]>();
function partsOf(template: string): string[] {
  let parts = split.get(template);
  if (!parts) split.set(template, (parts = template.split(/\{([A-Za-z]+\.[A-Za-z]+)\}/)));
  return parts;
}

// A fact as messages show it (showValue), made once per fact: a shared Service is named in a message of every cluster.
const shownAs = new WeakMap<Fact, string>();
function shown(f: Fact): string {
  let text = shownAs.get(f);
  if (text === undefined) shownAs.set(f, (text = showValue(f)));
  return text;
}

function valuesText(bound: FactValue | readonly FactValue[] | undefined): string {
  const list = bound === undefined ? [] : Array.isArray(bound) ? bound : [bound as FactValue];
  const texts = new Set<string>();
  for (const v of list) if (v.facts[0]) texts.add(shown(v.facts[0]));
  if (texts.size === 0) return 'unknown';
  const all = [...texts];
  const extra = all.length - VALUES_IN_MESSAGE;
  return extra > 0 ? `${all.slice(0, VALUES_IN_MESSAGE).join(', ')} (+${extra} more)` : all.join(', ');
}
