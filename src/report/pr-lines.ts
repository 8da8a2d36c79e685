import { factInfo } from '../knowledge/facts.js';
import { factTree, type Fact, type FactName } from '../model/fact.js';
import type { Finding, Undetermined } from '../model/finding.js';
import { formatPlace, type Place } from '../model/place.js';
import type { Severity } from '../model/rule.js';
import { factValue } from './fact-text.js';
import { escapeHtml, truncateChars } from './markdown.js';

/**
 * Pieces of one-line HTML for `<summary>` lines and table cells, where GitHub reads no markdown: every
 * repository string goes through `text()` (entities, and `@` kept from mentioning anyone).
 */
export function text(s: string): string {
  return escapeHtml(s).replace(/@/g, '@\u200b');
}

/**
 * A rule id that never wraps: browsers break lines after a hyphen, so the table and summary lines show
 * U+2011 (non-breaking hyphen). The id in the collapsed details stays plain for search and copy.
 */
export function ruleIdCode(id: string): string {
  return `<code>${text(id).replace(/-/g, '\u2011')}</code>`;
}

export const SEVERITY_ICON: Record<Severity, string> = { high: '🔴', medium: '🟠', low: '🟡' };
export const UNDETERMINED_ICON = '❔';

/** `<a href>` to the place (a blob link at the scanned commit), or the place as text. */
export function placeHtml(p: Place | undefined, link?: (p: Place) => string | undefined): string {
  if (!p) return 'inputs only';
  const shown = text(truncateChars(formatPlace(p), 160));
  const url = link?.(p);
  return url ? `<a href="${escapeHtml(url)}">${shown}</a>` : shown;
}

/**
 * Where a result is: its linked place, or, when every fact came from inputs, the inputs that gave them
 * ("inputs: kube-proxy-mode, kubernetes-version").
 */
export function whereHtml(x: Pick<Finding, 'primary' | 'evidence'>, link?: (p: Place) => string | undefined): string {
  if (x.primary) return placeHtml(x.primary, link);
  const inputs = new Set<string>();
  for (const { fact: f } of factTree(x.evidence)) {
    if (f.source.startsWith('input:')) inputs.add(f.source.slice('input:'.length));
    if (f.source.startsWith('config:')) inputs.add(`config file ${f.source.slice('config:'.length)}`);
  }
  return inputs.size
    ? `inputs: ${[...inputs]
        .sort()
        .map((i) => `<code>${text(i)}</code>`)
        .join(', ')}`
    : 'no place';
}

/** Short names where the catalog's label is a sentence. */
const SHORT_LABEL: Partial<Record<FactName, string>> = {
  'service.externalIPsLocal': 'Service',
  'service.loadBalancerSourceRanges': 'Service',
  'host.ipTablesModuleLoaded': 'ip_tables loaded',
  'host.nodeIpInterfaceMayChange': 'node IP may move',
};
const VALUES_SHOWN = 2;
const FACTS_SHOWN = 3;
const FEW_WORDS_CHARS = 70;

/**
 * The concrete values of a finding in a few words, from its evidence: "kube-proxy v1.27.3 · kube-proxy
 * mode ipvs · kernel 3.10.0-1160.el7 (+2)". The full message is in the details.
 */
export function fewWords(evidence: readonly Fact[]): string {
  const byName = new Map<FactName, string[]>();
  for (const f of evidence) {
    const list = byName.get(f.name) ?? [];
    const v = factValue(f);
    if (!list.includes(v)) list.push(v);
    byName.set(f.name, list);
  }
  const parts = [...byName].slice(0, FACTS_SHOWN).map(([name, values]) => {
    const label = SHORT_LABEL[name] ?? factInfo(name).label;
    const more = values.length > VALUES_SHOWN ? ` (+${values.length - VALUES_SHOWN})` : '';
    return `${label} ${values.slice(0, VALUES_SHOWN).join(', ')}${more}`;
  });
  return truncateChars(parts.join(' · '), FEW_WORDS_CHARS);
}

/** The clusters a result names: alarms' merged findings list several, otherwise its one context. */
export function clustersOf(x: Finding | Undetermined): string[] {
  const many = (x as { clusters?: unknown }).clusters;
  return Array.isArray(many) && many.every((c) => typeof c === 'string') && many.length > 0 ? (many as string[]) : [x.context];
}

/** "prod", "prod, lab", "dev-0, dev-1 and 12 more". */
export function clusterWords(names: readonly string[], shown = 3): string {
  if (names.length <= shown) return names.join(', ');
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

/** A short name for a reference: `kubernetes#122204`, `calico: feature_detect.go`, a host. */
export function referenceLabel(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  const parts = u.pathname.split('/').filter(Boolean);
  if (u.hostname === 'github.com' && parts.length >= 4) {
    const [, repo, kind, id] = parts as [string, string, string, string];
    if (kind === 'pull' || kind === 'issues') return `${repo}#${id}`;
    if (kind === 'commit') return `${repo}@${id.slice(0, 7)}`;
    return `${repo}: ${parts[parts.length - 1]}`;
  }
  return u.hostname + (parts.length ? `: ${parts[parts.length - 1]}` : '');
}
