import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsOf } from '../../src/evaluate/condition.js';
import { factCatalog } from '../../src/knowledge/facts.js';
import { parseRule } from '../../src/knowledge/parse-rule.js';
import { builtInRules } from '../../src/knowledge/rules.js';
import { KnowledgeError } from '../../src/knowledge/validate.js';
import semver from 'semver';
import type { Rule } from '../../src/model/rule.js';
import { leavesOf, ruleLeaves } from './boundaries.js';

const RULES_DIR = new URL('../../rules/', import.meta.url).pathname;

// The 15 rules of the seed page (rules-evidence.md), then rule pack 2 (rules-audit.md section C).
const SEED_IDS = [
  'KP-IPVS-CONN-REUSE',
  'KP-IPVS-CONN-REUSE-DELAY',
  'KP-IPVS-NO-SYSCTL',
  'KP-SNAT-RANDOM-FULLY',
  'KP-IPVS-EXTIP-ETP-LOCAL',
  'KP-IPT-PARTIAL-SYNC-RACE',
  'KP-NFT-LB-SOURCE-RANGES',
  'KP-IPT-BACKEND-LEGACY-ONLY',
  'CAL-VXLAN-CSUM-63S',
  'CAL-VXLAN-CSUM-OFF-PERF',
  'CAL-VXLAN-CSUM-SNAT-CORRUPT',
  'CAL-VXLAN-PARENT-CHANGE',
  'CAL-KC-POD-CACHE-LEAK',
  'CAL-IPIP-CSUM-OFFLOAD',
  'CAL-IPT-BACKEND-DETECT',
];
const PACK2_IDS = [
  'KP-NFT-GATE-REQUIRED',
  'KP-NFT-KERNEL-FLOOR',
  'KP-USERSPACE-REMOVED',
  'KP-IPVS-DEPRECATED',
  'KP-CVE-2020-8558',
  'KP-CVE-2020-8554',
  'CAL-EBPF-KERNEL-FLOOR',
  'KP-IPVS-NFCONNTRACK-419',
  'KP-IPVS-PARSEIP-OLD-KERNEL',
  'KP-HYPERKUBE-NFT-ON-LEGACY',
  'CAL-EBPF-UDP-GSO-CRASH',
  'CAL-NFT-DP-REQUIREMENTS',
  'CAL-IPT-WITH-KP-NFT',
  'CAL-IPT-DEFAULT-LEGACY',
  'NODE-CONNTRACK-DNS-RACE',
  'NODE-EL10-NO-LEGACY-XTABLES',
];
const EXPECTED_IDS = [...SEED_IDS, ...PACK2_IDS];
/** The version, kernel and build bounds of a rule's conditions, as people write them: 1.27.11, 1.29 for 1.29.0, 5.8, 4.18.0-193. */
function conditionBounds(rule: Rule): string[] {
  const out = new Set<string>();
  for (const leaf of ruleLeaves(rule)) {
    if (leaf.version !== undefined || leaf.kernel !== undefined) {
      for (const c of new semver.Range((leaf.version ?? leaf.kernel)!, { includePrerelease: true }).set.flat()) {
        if (c.value === '') continue;
        const v = c.semver;
        out.add(leaf.kernel !== undefined ? `${v.major}.${v.minor}` : `${v.major}.${v.minor}.${v.patch}`);
      }
    }
    if (leaf.kernelBuild !== undefined) for (const m of leaf.kernelBuild.matchAll(/\d+\.\d+\.\d+-\d+/g)) out.add(m[0]);
  }
  return [...out];
}

/** "1.29.0" is also named by "1.29", never by "1.29.1" or "11.29.0". */
function mentions(text: string, bound: string): boolean {
  const alts = [bound, ...(/^\d+\.\d+\.0$/.test(bound) ? [bound.slice(0, -2)] : [])];
  return alts.some((a) => new RegExp(`(?<![\\d.])${a.replace(/\./g, '\\.')}(?![\\d]|\\.\\d)`).test(text));
}

const COMPONENT_OF_PREFIX: Record<string, string> = { KP: 'kube-proxy', CAL: 'calico', NODE: 'node' };

// GitHub references as rules-evidence.md cites them: k/k#N, calico#N, felix#N, changelogs and sources.
// Pack 2 also cites Calico's and Kubernetes' documentation sites, a GitLab merge request, the conntrack race's
// write-up by the patch author and Ubuntu's kernel SRU mail.
const REFERENCE =
  /^https:\/\/(github\.com\/[\w.-]+\/[\w.-]+\/(pull|issues)\/\d+|github\.com\/[\w.-]+\/[\w.-]+\/blob\/[\w./-]+|tech\.xing\.com\/[\w-]+|lambda\.lt\/[\w./-]+|lists\.ubuntu\.com\/[\w./-]+|docs\.tigera\.io\/[\w./-]+|kubernetes\.io\/[\w./#-]+|gitlab\.com\/[\w./-]+)$/;

describe('built-in rules', () => {
  const rules = builtInRules();

  it('are exactly the rules of rules-evidence.md, validated by the schema', () => {
    expect(rules.map((r) => r.id)).toEqual([...EXPECTED_IDS].sort());
  });

  it('live one per file, named after the lower-case id', () => {
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.yaml'));
    for (const f of files) expect(`${parseRule(readFileSync(RULES_DIR + f, 'utf8'), f).id.toLowerCase()}.yaml`).toBe(f);
    expect(files.length).toBe(EXPECTED_IDS.length);
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      const used = [...factsOf(rule.when), ...(rule.unless ?? []).flatMap((c) => factsOf(c))];

      it('names in its message only facts it reads, so none renders as "unknown" for lack of binding', () => {
        const placeholders = [...rule.message.matchAll(/\{([A-Za-z]+\.[A-Za-z]+)\}/g)].map((m) => m[1]);
        expect(placeholders.length).toBeGreaterThan(0);
        for (const p of placeholders) expect(used, p).toContain(p);
      });

      it('points its primary location at the version fact it tests, if it tests a version range', () => {
        if (leavesOf(rule.when).some((l) => l.version !== undefined)) expect(rule.primaryFact).toMatch(/[Vv]ersion$/);
        expect(factsOf(rule.when)).toContain(rule.primaryFact);
      });

      it('cites upstream sources and records the seed page errors', () => {
        for (const r of rule.references) expect(r).toMatch(REFERENCE);
        expect(rule.helpUri).toBe(rule.references.find((r) => r === rule.helpUri));
        if (SEED_IDS.includes(rule.id)) expect(rule.seedErrors?.length).toBeGreaterThan(0);
        expect(rule.component).toBe(COMPONENT_OF_PREFIX[rule.id.split('-')[0]!]);
      });

      it('carries a CVE id exactly when it is a security rule named after one', () => {
        const named = /^[A-Z]+-CVE-(\d{4}-\d+)$/.exec(rule.id);
        if (named) {
          expect(rule.security).toBe(true);
          expect(rule.cve).toEqual([`CVE-${named[1]}`]);
        }
        if (rule.cve) expect(rule.security).toBe(true);
      });

      it('says in words whom it affects (the README shows it), naming every bound of its condition', () => {
        expect(rule.affected, `${rule.id}: add an \`affected\` sentence`).toBeTruthy();
        const missing = conditionBounds(rule).filter((b) => !mentions(rule.affected ?? '', b));
        expect(missing, `${rule.id}: \`affected\` must name these bounds of when/unless; update the sentence`).toEqual([]);
      });

      it('reads only facts the catalog describes', () => {
        for (const f of used) expect(factCatalog().has(f), f).toBe(true);
      });
    });
  }

  it('rejects a rule file that breaks the schema, naming the file', () => {
    const bad =
      'id: KP-BAD\ntitle: a bad rule\ncomponent: kube-proxy\nseverity: urgent\nsymptom: x\nmessage: x\nwhen: {fact: kubeProxy.mode, in: [ipvs]}\nfix: x\nreferences: [https://example.com]\n';
    expect(() => parseRule(bad, 'rules/kp-bad.yaml')).toThrow(KnowledgeError);
    expect(() => parseRule(bad, 'rules/kp-bad.yaml')).toThrow(/rules\/kp-bad\.yaml: \/severity/);
  });

  it('rejects an invalid regular expression', () => {
    const bad =
      'id: KP-BAD\ntitle: a bad rule\ncomponent: kube-proxy\nseverity: low\nsymptom: something bad\nmessage: x\nwhen: {fact: node.kernel, matches: "(el7"}\nfix: fix it\nreferences: [https://example.com]\n';
    expect(() => parseRule(bad, 'rules/kp-bad.yaml')).toThrow(/invalid regular expression/);
  });
});
