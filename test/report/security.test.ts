import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/knowledge/rules.js';
import type { Rule } from '../../src/model/rule.js';
import { securityMark } from '../../src/report/security.js';
import { ruleDescriptor } from '../../src/report/sarif-rules.js';

const base: Rule = {
  id: 'KP-CVE-2099-0001',
  title: 'A made-up security issue',
  component: 'kube-proxy',
  severity: 'medium',
  symptom: 'Anyone can do anything.',
  message: 'kube-proxy {kubeProxy.version}',
  when: { fact: 'kubeProxy.version', version: '<1.0.0' },
  fix: 'Upgrade.',
  references: ['https://example.org/cve'],
};

describe('security rules in SARIF', () => {
  it('get the security tag, their CVE ids and a security-severity that code scanning reads', () => {
    const d = ruleDescriptor({ ...base, security: true, cve: ['CVE-2099-0001'] });
    expect(d.properties).toMatchObject({
      tags: ['netcompat', 'networking', 'kube-proxy', 'medium', 'security', 'CVE-2099-0001'],
      'security-severity': '5.5',
    });
    expect(d.help.markdown?.split('\n')[0]).toBe('**A made-up security issue** (medium, kube-proxy, security, CVE-2099-0001)');
    expect(ruleDescriptor({ ...base, severity: 'high', security: true }).properties['security-severity']).toBe('8.0');
  });

  it('leave other rules without them', () => {
    const d = ruleDescriptor(base);
    expect(d.properties.tags).toEqual(['netcompat', 'networking', 'kube-proxy', 'medium']);
    expect(d.properties['security-severity']).toBeUndefined();
  });

  it('apply to the built-in CVE rules', () => {
    const cves = builtInRules().filter((r) => r.security);
    expect(cves.map((r) => r.id).sort()).toEqual(['KP-CVE-2020-8554', 'KP-CVE-2020-8558']);
    for (const r of cves) expect(ruleDescriptor(r).properties.tags).toContain('security');
  });
});

describe('securityMark', () => {
  it('names the CVE ids of a security finding, nothing for others', () => {
    expect(securityMark({ security: true, cve: ['CVE-2020-8554'] })).toBe('security: CVE-2020-8554');
    expect(securityMark({ security: true })).toBe('security');
    expect(securityMark({})).toBeUndefined();
  });
});
