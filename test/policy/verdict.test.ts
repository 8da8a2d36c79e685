import { describe, expect, it } from 'vitest';
import type { Finding, NothingCheckedVerdict } from '../../src/model/finding.js';
import { conclusionOf, verdictTitle, verdictWord } from '../../src/policy/verdict.js';

/** The one verdict module (src/policy/verdict.ts): the word a workflow branches on, the conclusion, the title. */
function finding(severity: Finding['severity'], extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'R',
    title: 't',
    severity,
    component: 'kube-proxy',
    context: 'repository',
    message: 'm',
    fix: 'f',
    references: [],
    evidence: [],
    fingerprint: `R-${severity}`,
    ...extra,
  };
}

const nothing = (fails: boolean): NothingCheckedVerdict => ({ reason: 'no kube-proxy or Calico configuration found in 3 parsed files', clusters: [], fails });

describe('verdict', () => {
  it('fail when a finding reaches fail-on, pass when none does', () => {
    expect(verdictWord({ findings: [finding('high')] }, 'high')).toBe('fail');
    expect(verdictWord({ findings: [finding('medium')] }, 'high')).toBe('pass');
    expect(verdictWord({ findings: [finding('high', { suppressed: { reason: 'r', by: 'config' } })] }, 'high')).toBe('pass');
  });

  it('nothing checked is its own word, never a pass; it fails only under fail-if-nothing-checked', () => {
    expect(verdictWord({ findings: [], nothingChecked: nothing(false) }, 'high')).toBe('nothing-checked');
    expect(verdictWord({ findings: [], nothingChecked: nothing(true) }, 'high')).toBe('fail');
    expect(conclusionOf({ findings: [], nothingChecked: nothing(false) }, 'high')).toBe('neutral');
    expect(conclusionOf({ findings: [] }, 'high')).toBe('success');
    expect(verdictTitle({ findings: [], undetermined: [], nothingChecked: nothing(false) }, 'high')).toBe(
      'Nothing checked: no kube-proxy or Calico configuration found in 3 parsed files',
    );
  });

  it('the title counts the findings that count and says how fail-on decides', () => {
    expect(verdictTitle({ findings: [finding('high'), finding('medium')], undetermined: [] }, 'high')).toBe('1 high, 1 medium: fails on high');
    expect(verdictTitle({ findings: [finding('low')], undetermined: [] }, 'medium')).toBe('1 low: passes (fail-on medium)');
  });
});
