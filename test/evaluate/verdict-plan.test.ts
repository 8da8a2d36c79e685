import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRule, ruleVerdicts } from '../../src/evaluate/evaluate-rule.js';
import { groupFactValues } from '../../src/evaluate/fact-values.js';
import { PlanCache, planOf } from '../../src/evaluate/verdict-plan.js';
import type { Fact, FactName } from '../../src/model/fact.js';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { builtInRules } from '../../src/knowledge/rules.js';
import { evaluateContexts, formClusters, readRepository, type Evaluation } from '../../src/scan.js';
import { ScanBudget } from '../../src/scan-budget.js';

const ROOT = new URL('../..', import.meta.url).pathname;

async function contextsOf(fixture: string) {
  const stats = { filesSeen: 0, filesRead: 0, filesParsed: 0, facts: 0 };
  const read = await readRepository({ root: join(ROOT, fixture), extractors: EXTRACTORS, stats, budget: new ScanBudget(undefined) });
  return formClusters(read.facts, [], []).contexts;
}

// Clusters whose values read the same (shared platform files, or each cluster's own kubeadm defaults) are
// given a rule's verdicts and messages made once: each cluster must get exactly what evaluating the rule on
// its own gives, its own facts as evidence and its own fingerprints.
describe('verdicts made once for clusters whose values read the same', () => {
  // The Terraform repositories: clusters whose installer defaults read the same to a rule's conditions but
  // whose notes (and so messages) name each cluster's own files.
  for (const fixture of [
    'test/fixtures/prview/three',
    'test/fixtures/volume/shared-conflict',
    'test/fixtures/volume/shared-services',
    'test/fixtures/terraform-repos/aks-default-os',
    'test/fixtures/terraform-repos/multi-cloud-modules',
    'test/fixtures/terraform-repos/two-in-one-dir',
  ]) {
    it(`equal each cluster's own evaluation (${fixture})`, async () => {
      const rules = builtInRules();
      const contexts = await contextsOf(fixture);
      expect(contexts.length).toBeGreaterThan(1);
      const batches = [...evaluateContexts(rules, contexts)];
      batches.forEach((batch, c) => {
        const ctx = contexts[c]!;
        const skipped = new Set(batch.notApplicable.map((n) => n.ruleId));
        const alone: Evaluation = { findings: [], undetermined: [], notApplicable: batch.notApplicable, diagnostics: [] };
        for (const rule of rules) {
          if (skipped.has(rule.id)) continue;
          const r = evaluateRule(rule, ctx);
          alone.findings.push(...r.findings);
          if (r.undetermined) alone.undetermined.push(r.undetermined);
          if (r.diagnostic) alone.diagnostics.push(r.diagnostic);
        }
        expect(JSON.stringify(batch)).toBe(JSON.stringify(alone));
        for (const r of [...batch.findings, ...batch.undetermined]) expect(r.context).toBe(ctx.name);
      });
    });
  }
});

// A plan is found by what the values read, never by the facts that hold them: the same values in other
// files find it, also when a message shows them otherwise (an installer default's note: messages are each
// cluster's own); another rule, another value or one more value does not.
describe('a plan found by what the values read', () => {
  const rule = builtInRules().find((r) => r.id === 'KP-CVE-2020-8554')!;
  const fact = (name: FactName, value: string, file: string, extra: Partial<Fact> = {}): Fact => ({
    name,
    value,
    origin: 'repository',
    place: { file, line: 2, column: 7 },
    source: 'test',
    ...extra,
  });
  const valuesOf = (...facts: Fact[]) => groupFactValues(facts);
  const service = fact('service.externalIPs', 'default/a', 'apps/a/service.yaml');

  it('is given for the same values held by other facts, and not for values that read otherwise', () => {
    const plans = new PlanCache();
    const first = valuesOf(service, fact('apiserver.admissionPlugins', 'NodeRestriction', 'clusters/a/kubeadm.yaml'));
    plans.startCluster();
    expect(plans.get(plans.key(rule, 3, first))).toBeUndefined();
    const verdicts = ruleVerdicts(rule, first)!;
    const plan = planOf(verdicts, first);
    plans.set(plans.key(rule, 3, first), plan);

    plans.startCluster();
    expect(plans.get(plans.key(rule, 3, valuesOf(service, fact('apiserver.admissionPlugins', 'NodeRestriction', 'clusters/b/kubeadm.yaml'))))).toBe(plan);
    plans.startCluster();
    expect(plans.get(plans.key(rule, 2, valuesOf(service, fact('apiserver.admissionPlugins', 'NodeRestriction', 'clusters/b/kubeadm.yaml'))))).toBeUndefined();
    plans.startCluster();
    const installerDefault = {
      origin: 'default' as const,
      source: 'installer:kubespray',
      note: 'default of Kubespray v2.18.2: kube_apiserver_enable_admission_plugins',
    };
    expect(
      plans.get(plans.key(rule, 3, valuesOf(service, fact('apiserver.admissionPlugins', 'NodeRestriction', 'clusters/c/all.yml', installerDefault)))),
    ).toBe(plan);
    plans.startCluster();
    expect(plans.get(plans.key(rule, 3, valuesOf(service, fact('apiserver.admissionPlugins', 'AlwaysAdmit', 'clusters/c/all.yml'))))).toBeUndefined();
    plans.startCluster();
    const two = valuesOf(
      service,
      fact('service.externalIPs', 'default/b', 'apps/b/service.yaml'),
      fact('apiserver.admissionPlugins', 'NodeRestriction', 'clusters/d/kubeadm.yaml'),
    );
    expect(plans.get(plans.key(rule, 3, two))).toBeUndefined();
  });
});
