import type { Fact } from '../../src/model/fact.js';
import type { Finding, ScanResult, Undetermined } from '../../src/model/finding.js';
import type { Rule } from '../../src/model/rule.js';

/** Hand-built scan results for the reporters: every field the reports read, with known values. */
export const RULE_A: Rule = {
  id: 'KP-TEST-ALPHA',
  title: 'Alpha breaks things',
  component: 'kube-proxy',
  severity: 'high',
  symptom: 'Traffic fails in alpha mode.',
  message: 'kube-proxy {kubeProxy.version} in {kubeProxy.mode} mode',
  when: {
    all: [
      { fact: 'kubeProxy.mode', in: ['ipvs'] },
      { fact: 'kubeProxy.version', version: '<1.22.0' },
    ],
  },
  fix: 'Upgrade kube-proxy to 1.22.0.',
  references: ['https://example.org/alpha'],
  notes: ['Range UNVERIFIED.'],
};

export const RULE_B: Rule = {
  id: 'CAL-TEST-BETA',
  title: 'Beta slows things',
  component: 'calico',
  severity: 'medium',
  symptom: 'Throughput drops.',
  message: 'Calico {calico.version}',
  when: { fact: 'calico.version', version: '<3.28.0' },
  fix: 'Upgrade Calico.',
  references: ['https://example.org/beta'],
  helpUri: 'https://example.org/beta-help',
};

export const RULE_C: Rule = {
  id: 'CAL-TEST-GAMMA',
  title: 'Gamma leaks memory',
  component: 'calico',
  severity: 'low',
  symptom: 'Memory grows.',
  message: 'Calico {calico.version}',
  when: { fact: 'calico.version', version: '<3.24.6' },
  fix: 'Upgrade Calico.',
  references: ['https://example.org/gamma'],
};

export const K8S: Fact = {
  name: 'kubernetes.version',
  value: '1.21.3',
  raw: 'v1.21.3',
  origin: 'repository',
  place: { file: 'clusters/prod/kubeadm.yaml', line: 5, column: 20, endLine: 5, endColumn: 27 },
  source: 'kubeadm-cluster-configuration',
};

export const PROXY_VERSION: Fact = {
  name: 'kubeProxy.version',
  value: '1.21.3',
  origin: 'derived',
  source: 'derive:kube-proxy-from-cluster',
  note: 'cluster version',
  derivedFrom: [K8S],
};

export const MODE: Fact = {
  name: 'kubeProxy.mode',
  value: 'ipvs',
  origin: 'repository',
  place: { file: 'clusters/prod/kubeadm.yaml', line: 12, column: 7, endLine: 12, endColumn: 11 },
  source: 'kube-proxy-configuration',
};

export const OS: Fact = { name: 'node.os', value: 'centos-7.9', raw: 'CentOS-7.9', origin: 'explicit', source: 'input:node-os', note: 'CentOS 7.9' };

export const CALICO: Fact = {
  name: 'calico.version',
  value: '3.18.6',
  raw: 'docker.io/calico/node:v3.18.6',
  origin: 'repository',
  place: { file: 'addons/calico.yaml', line: 30, column: 18 },
  source: 'calico-node',
};

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: RULE_A.id,
    title: RULE_A.title,
    severity: 'high',
    component: 'kube-proxy',
    context: 'repository',
    message: 'kube-proxy v1.21.3 (cluster version) in ipvs mode',
    fix: RULE_A.fix,
    references: RULE_A.references,
    primary: K8S.place!,
    evidence: [MODE, PROXY_VERSION, OS],
    fingerprint: 'aaaa0000aaaa0000aaaa0000aaaa0000',
    ...over,
  };
}

export function undetermined(over: Partial<Undetermined> = {}): Undetermined {
  return {
    ruleId: RULE_C.id,
    title: RULE_C.title,
    severity: 'low',
    component: 'calico',
    context: 'repository',
    message: 'Gamma leaks memory: cannot decide without node kernel. set --node-os, e.g. rocky-8.9.',
    missing: [{ fact: 'node.kernel', hint: 'set --node-os, e.g. rocky-8.9' }],
    evidence: [CALICO],
    primary: CALICO.place!,
    fingerprint: 'cccc0000cccc0000cccc0000cccc0000',
    ...over,
  };
}

export function result(over: Partial<ScanResult> = {}): ScanResult {
  const beta = finding({
    ruleId: RULE_B.id,
    title: RULE_B.title,
    severity: 'medium',
    component: 'calico',
    message: 'Calico v3.18.6',
    fix: RULE_B.fix,
    references: RULE_B.references,
    primary: CALICO.place!,
    evidence: [CALICO],
    fingerprint: 'bbbb0000bbbb0000bbbb0000bbbb0000',
  });
  return {
    tool: { name: 'netcompat', version: '0.1.0' },
    root: 'repo',
    rules: [RULE_A, RULE_B, RULE_C],
    contexts: [{ name: 'repository', formedBy: 'whole repository (one cluster)', facts: [K8S, MODE, CALICO, OS, PROXY_VERSION] }],
    // Deliberately not in report order: reporters sort.
    findings: [beta, finding()],
    undetermined: [undetermined()],
    notApplicable: [
      { ruleId: 'KP-OTHER-2', context: 'repository', reason: 'no calico configuration found' },
      { ruleId: 'KP-OTHER-1', context: 'repository', reason: 'no calico configuration found' },
      { ruleId: 'KP-OTHER-3', context: 'repository', reason: 'kube-proxy is disabled' },
    ],
    skipped: [
      { path: 'broken.yaml', reason: 'yaml-error', detail: 'BAD_INDENT at line 3, column 1: bad indentation' },
      { path: 'chart/templates/ds.yaml', reason: 'template', detail: 'Helm chart template', quiet: true },
      { path: 'empty.yaml', reason: 'empty', detail: 'empty file', quiet: true },
    ],
    stats: { filesSeen: 7, filesRead: 6, filesParsed: 3, facts: 4 },
    ...over,
  };
}
