import type { Rule, Severity } from '../model/rule.js';
import type { SarifReportingDescriptor, SarifResult } from './sarif-types.js';

export const LEVEL: Record<Severity, Exclude<SarifResult['level'], 'none'>> = { high: 'error', medium: 'warning', low: 'note' };

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
    `**${rule.title}** (${[rule.severity, rule.component, ...(rule.security ? ['security', ...(rule.cve ?? [])] : [])].join(', ')})`,
    rule.symptom,
    `**Fix:** ${rule.fix}`,
    `**References**\n\n${rule.references.map((r) => `- <${r}>`).join('\n')}`,
    ...(rule.notes?.length ? [`**Notes**\n\n${rule.notes.map((n) => `- ${n}`).join('\n')}`] : []),
  ].join('\n\n');
}

/**
 * GitHub's `precision` property (very-high, high, medium, low): how often a result is a true positive.
 * Rules rest on exact upstream version ranges; a rule whose text keeps an UNVERIFIED part is `medium`.
 */
export function rulePrecision(rule: Rule): 'high' | 'medium' {
  const text = [rule.fix, ...(rule.notes ?? [])].join('\n');
  return /UNVERIFIED/.test(text) ? 'medium' : 'high';
}

/**
 * GitHub's `security-severity` (a CVSS-like score: 7.0–8.9 shows as high, 4.0–6.9 medium, 0.1–3.9 low),
 * for security rules only, from the rule's own severity.
 */
export const SECURITY_SEVERITY: Record<Severity, string> = { high: '8.0', medium: '5.5', low: '3.0' };

/** A security rule: one the rule pack marks `security: true` or that names a CVE. */
export function isSecurityRule(rule: Rule): boolean {
  return rule.security === true || (rule.cve?.length ?? 0) > 0;
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
    properties: { tags: ['netcompat', 'networking', rule.component, rule.severity], precision: rulePrecision(rule) },
  };
  if (isSecurityRule(rule)) {
    d.properties.tags.push('security', ...(rule.cve ?? []));
    d.properties['security-severity'] = SECURITY_SEVERITY[rule.severity];
  }
  const uri = rule.helpUri ?? rule.references[0];
  if (uri) d.helpUri = uri;
  return d;
}
