import { formClusters, type Clusters } from './context/form-clusters.js';
import type { DiscoverOptions } from './discover/discover.js';
import { evaluateContexts } from './evaluate/evaluate.js';
import { readRepository, type RepositoryFacts } from './extract/read-repository.js';
import type { FileWorkerOptions } from './extract/file-phase.js';
import type { Extractor } from './extract/types.js';
import type { Config } from './inputs/config.js';
import { builtInRules } from './knowledge/rules.js';
import type { Fact } from './model/fact.js';
import type { ScanResult } from './model/finding.js';
import { withPlaceBase } from './model/place-base.js';
import type { Rule } from './model/rule.js';
import { PolicyJudge, type Judged } from './policy/apply-policy.js';
import type { Baseline } from './policy/baseline.js';
import { nothingChecked } from './policy/nothing-checked.js';
import { ScanBudget, type BudgetLimits } from './scan-budget.js';
import { VERSION } from './version.js';

// The stages, for a caller that wants one of them (a test, a benchmark); scan() composes them in order.
export { readRepository, type RepositoryFacts } from './extract/read-repository.js';
export { formClusters, type Clusters } from './context/form-clusters.js';
export { evaluate, evaluateContexts, type Evaluation } from './evaluate/evaluate.js';
export { applyPolicy, PolicyJudge, type Judged } from './policy/apply-policy.js';

export interface ScanOptions extends DiscoverOptions {
  /** Facts from flags and inputs; they win over the repository. */
  explicit?: Fact[];
  rules?: Rule[];
  extractors?: readonly Extractor[];
  /** `.netcompat.yaml`: clusters, ignore entries (rules and severities are applied by the caller). */
  config?: Config;
  baseline?: Baseline;
  /** PR-scoped gating: repository-relative paths of the changed files. */
  changedFiles?: ReadonlySet<string>;
  /** YYYY-MM-DD, for ignore entries' expiry; defaults to today (UTC). */
  today?: string;
  /** Counted into while the scan runs, so a caller can show progress; a fresh object when absent. */
  stats?: ScanResult['stats'];
  /** Called once per file discovered (the scan is one synchronous pass, so timers cannot run during it). */
  onFile?: () => void;
  /** Whole-scan deadline and caps (issue 15): exceeding one throws ScanAbortedError. */
  budget?: BudgetLimits;
  /** The file phase's second thread on large trees (src/extract/file-phase.ts); absent: the default. */
  fileWorker?: FileWorkerOptions;
  /** "Nothing checked" fails the run instead of being neutral. */
  failIfNothingChecked?: boolean;
  /**
   * Where the result's places are relative to (POSIX, '' for the scan root): the repository root for
   * GitHub, the directory as typed for a terminal. Fingerprints and everything matched against paths
   * stay relative to the scan root.
   */
  placeBase?: string;
  /** How reports name what was scanned (the directories as typed); the absolute root when absent. */
  rootLabel?: string;
}

/**
 * The whole pipeline, composed of its exported stages: read (discover → parse → extract) → contexts →
 * evaluate → policy, the last two a cluster at a time. Reporters take it from here.
 */
export async function scan(opts: ScanOptions): Promise<ScanResult> {
  const rules = opts.rules ?? builtInRules();
  const stats = opts.stats ?? { filesSeen: 0, filesRead: 0, filesParsed: 0, facts: 0 };
  const budget = new ScanBudget(opts.budget);
  const read = await readRepository({ ...opts, stats, budget });
  const clusters = formClusters(read.facts, opts.explicit ?? [], opts.config?.clusters ?? [], { placeBase: opts.placeBase });
  budget.throwIfOver('forming clusters');
  const judge = new PolicyJudge(clusters.contexts, {
    ignore: opts.config?.ignore ?? [],
    ...(opts.config?.file ? { configFile: opts.config.file } : {}),
    directives: read.directives,
    today: opts.today ?? new Date().toISOString().slice(0, 10),
    ...(opts.baseline ? { baseline: opts.baseline } : {}),
    ...(opts.changedFiles ? { changedFiles: opts.changedFiles } : {}),
    candidates: read.candidates,
    ...(opts.placeBase ? { placeBase: opts.placeBase } : {}),
  });
  // One cluster's results at a time, judged and merged before the next cluster is evaluated.
  for (const batch of evaluateContexts(rules, clusters.contexts, { placeBase: opts.placeBase })) {
    judge.add(batch);
    budget.throwIfOver('evaluating rules');
  }
  const judged = judge.judged();
  const result = scanResult(opts, rules, stats, read, clusters, judged);
  return opts.placeBase ? withPlaceBase(result, opts.placeBase) : result;
}

/** The one data type reporters read. */
function scanResult(
  opts: ScanOptions,
  rules: Rule[],
  stats: ScanResult['stats'],
  read: RepositoryFacts,
  { contexts, excluded, shared }: Clusters,
  judged: Judged,
): ScanResult {
  const result: ScanResult = {
    tool: { name: 'netcompat', version: VERSION },
    root: opts.rootLabel ?? opts.root,
    rules,
    contexts: contexts.map((c) => ({
      name: c.name,
      formedBy: c.formedBy,
      facts: c.facts,
      ...(c.shared ? { shared: c.shared } : {}),
      ...(c.overridden.length ? { overridden: c.overridden } : {}),
    })),
    ...(shared.length ? { sharedFacts: shared } : {}),
    findings: judged.findings,
    undetermined: judged.undetermined,
    notApplicable: judged.notApplicable,
    skipped: read.skipped,
    ...(excluded.length ? { excluded } : {}),
    diagnostics: judged.diagnostics,
    stats,
    ...(read.candidates.length ? { candidates: read.candidates } : {}),
  };
  const unchecked = nothingChecked(result);
  if (unchecked) result.nothingChecked = { ...unchecked, fails: opts.failIfNothingChecked === true };
  return result;
}
