import type { Rule, Severity } from '../model/rule.js';
import type { SarifReportingDescriptor, SarifResult } from './sarif-types.js';

export const LEVEL: Record<Severity, SarifResult['level']> = { high: 'error', medium: 'warning', low: 'note' };

/** "KP-IPVS-CONN-REUSE" → "KpIpvsConnReuse": SARIF's `name` is an identifier, not a sentence. */
export function ruleName(id: string): string {
  return id
    .toLowerCase()
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function helpText(rule: Rule): string {
  return [
    rule.symptom,
    `Fix: ${rule.fix}`,
    `References:\n${rule.references.map((r) => `- ${r}`).join('\n')}`,
    ...(rule.notes?.length ? [`Notes:\n${rule.notes.map((n) => `- ${n}`).join('\n')}`] : []),
  ].join('\n\n');
}

function helpMarkdown(rule: Rule): string {
  return [
    `**${rule.title}** (${rule.severity}, ${rule.component})`,
    rule.symptom,
    `**Fix:** ${rule.fix}`,
    `**References**\n\n${rule.references.map((r) => `- <${r}>`).join('\n')}`,
    ...(rule.notes?.length ? [`**Notes**\n\n${rule.notes.map((n) => `- ${n}`).join('\n')}`] : []),
  ].join('\n\n');
}

/** A rule as SARIF `tool.driver.rules[]` describes it, with the fix in `help`. */
export function ruleDescriptor(rule: Rule): SarifReportingDescriptor {
  const d: SarifReportingDescriptor = {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.symptom },
    help: { text: helpText(rule), markdown: helpMarkdown(rule) },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['netcompat', 'networking', rule.component, rule.severity] },
  };
  const uri = rule.helpUri ?? rule.references[0];
  if (uri) d.helpUri = uri;
  return d;
}
