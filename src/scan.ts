import { buildContexts } from './context/build-contexts.js';
import { excludeInstallerInternals } from './context/exclusions.js';
import { discover, type DiscoverOptions } from './discover/discover.js';
import { decodeText, FileReader } from './discover/file-reader.js';
import { evaluate } from './evaluate/evaluate.js';
import { extractDocs, extractText, splitByInput } from './extract/extract-file.js';
import { Prefilter } from './extract/prefilter.js';
import { EXTRACTORS } from './extract/registry.js';
import { HCL_FILE, HclCollector } from './extract/hcl/collect.js';
import { isHclExtractor, isTextExtractor, type Extractor } from './extract/types.js';
import { builtInRules } from './knowledge/rules.js';
import type { Fact } from './model/fact.js';
import type { ScanResult } from './model/finding.js';
import { comparePlaces } from './model/place.js';
import type { Rule } from './model/rule.js';
import type { SkippedFile } from './model/source.js';
import { findDirectives, type IgnoreDirective } from './parse/directives.js';
import { parseFile } from './parse/parse-file.js';
import { segmentsHolding, segmentStarts } from './parse/segments.js';
import type { Config } from './inputs/config.js';
import type { Diagnostic, Undetermined } from './model/finding.js';
import type { Candidate } from './model/candidate.js';
import { findCandidates } from './extract/candidates.js';
import { nothingChecked } from './policy/nothing-checked.js';
import { conflictDiagnostic, findConflicts } from './context/conflicts.js';
import { noteConflicts } from './policy/conflict-notes.js';
import { mergeAcrossClusters } from './policy/merge-clusters.js';
import { applyBaseline, type Baseline } from './policy/baseline.js';
import { applyChangedFiles } from './policy/changed-files.js';
import { applySuppressions } from './policy/suppress.js';
import { ScanBudget, type BudgetLimits } from './scan-budget.js';
import { VERSION } from './version.js';

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
  /** "Nothing checked" fails the run instead of being neutral. */
  failIfNothingChecked?: boolean;
}

/** Helm chart templates are not YAML until rendered; they are counted, not reported as errors. */
const CHART_TEMPLATE = /(^|\/)templates\//;
/** Files parsed as YAML whatever else reads them; any other file a text extractor claims is text only. */
const YAML_FILE = /\.(ya?ml|json|tpl|template)$/;
/** Cheap test before looking for candidates line by line. */
const CANDIDATE_HINT = /kube|k8s|calico|kernel/i;
/** Byte strings one of which a file must hold before it is decoded to look for candidates. */
const CANDIDATE_BYTES = [
  'calico',
  'kube_version',
  'kubeVersion',
  'kube-version',
  'k8s_ver',
  'k8sVer',
  'k8s:',
  'kubernetes:',
  'kubernetes_version',
  'kubernetesVersion',
  'kernel',
  'kube_proxy',
  'kubeProxy',
];

function mayHoldCandidates(bytes: Buffer): boolean {
  return CANDIDATE_BYTES.some((s) => bytes.includes(s));
}

/** The whole pipeline: discover → parse → extract → contexts → evaluate → policy. Reporters take it from here. */
export async function scan(opts: ScanOptions): Promise<ScanResult> {
  const extractors = opts.extractors ?? EXTRACTORS;
  const textExtractors = extractors.filter(isTextExtractor);
  // Terraform is read per module directory after the file loop (src/extract/hcl/collect.ts).
  const hcl = new HclCollector(extractors.filter(isHclExtractor), extractors);
  const rules = opts.rules ?? builtInRules();
  const facts: Fact[] = [];
  const skipped: SkippedFile[] = [];
  const directives: IgnoreDirective[] = [];
  const stats = opts.stats ?? { filesSeen: 0, filesRead: 0, filesParsed: 0, facts: 0 };
  const budget = new ScanBudget(opts.budget);
  const candidates: Candidate[] = [];

  // One synchronous pass: files are read into one buffer, searched for every trigger on the raw bytes, and
  // only the few that hold one are decoded and parsed (see docs/ARCHITECTURE.md, "Performance").
  const reader = new FileReader(opts.maxBytes);
  const prefilter = new Prefilter(extractors);
  for (const item of discover(opts)) {
    budget.throwIfOver('reading files');
    stats.filesSeen++;
    opts.onFile?.();
    if ('skipped' in item) {
      skipped.push(item.skipped);
      continue;
    }
    const path = item.file.path;
    const read = reader.read(item.file);
    // A file over the size cap is not counted as read: only its first buffer was looked at.
    if (!('skipped' in read && read.skipped.reason === 'too-large')) stats.filesRead++;
    if ('skipped' in read) {
      skipped.push(read.skipped);
      continue;
    }
    if (budget.addBytes(read.bytes.length)) budget.throwIfOver('reading files');
    const hits = prefilter.scan(read.bytes);
    const marked = hits.seen[prefilter.ignore] === 1;
    if (HCL_FILE.test(path)) {
      // Terraform is read per module directory after the loop; the collector keeps the files it needs.
      const text = decodeText(read.bytes);
      if (marked) directives.push(...findDirectives(path, text));
      hcl.add(path, text);
      continue;
    }
    const yamlish = YAML_FILE.test(path);
    if (hits.count === 0) {
      // A YAML file nothing understood may still hold a version under a component's key: a suggestion.
      if (yamlish && mayHoldCandidates(read.bytes)) candidates.push(...findCandidates(path, decodeText(read.bytes)));
      continue;
    }
    const triggered = splitByInput(prefilter.triggered(path, hits));
    // Scripts and INI inventories are text only; YAML files may feed both kinds.
    const wanted = yamlish || !textExtractors.some((e) => e.paths.test(path)) ? triggered.yaml : [];
    if (!marked && triggered.text.length === 0 && wanted.length === 0) {
      if (yamlish && mayHoldCandidates(read.bytes)) candidates.push(...findCandidates(path, decodeText(read.bytes)));
      continue;
    }
    const starts = wanted.length > 0 ? segmentStarts(read.bytes) : undefined;
    const keep = starts ? segmentsHolding(starts, prefilter.offsetsOf(wanted, hits)) : undefined;
    const text = decodeText(read.bytes);
    if (marked) directives.push(...findDirectives(path, text));
    const onError = (id: string, err: unknown) => skipped.push({ path, reason: 'unreadable', detail: `extractor ${id} failed: ${(err as Error).message}` });
    const before = facts.length;
    facts.push(...extractText(triggered.text, path, text, onError));
    const unrecognised = (): void => {
      if (facts.length === before && yamlish && CANDIDATE_HINT.test(text)) candidates.push(...findCandidates(path, text));
    };
    if (wanted.length === 0) {
      unrecognised();
      continue;
    }
    if (CHART_TEMPLATE.test(path) && text.includes('{{')) {
      skipped.push({ path, reason: 'template', detail: 'Helm chart template; the chart values are read instead', quiet: true });
      continue;
    }
    // Documents that parse are read even when others in the same file do not; documents without a
    // trigger are not parsed at all.
    const parsed = parseFile(path, text, keep && keep.includes(false) ? { keep } : {});
    budget.addDocuments(parsed.docs.length);
    budget.throwIfOver('parsing');
    if (parsed.skipped) skipped.push(parsed.skipped);
    if (parsed.skipped && parsed.docs.length === 0) continue;
    stats.filesParsed++;
    facts.push(...extractDocs(wanted, parsed.docs, onError));
    unrecognised();
  }
  candidates.sort((x, y) => comparePlaces(x.place, y.place));

  const fromHcl = await hcl.extract(
    (path, id, err) => skipped.push({ path, reason: 'unreadable', detail: `extractor ${id} failed: ${(err as Error).message}` }),
    (s) => skipped.push(s),
  );
  facts.push(...fromHcl.facts);
  stats.filesParsed += fromHcl.parsed;

  facts.sort((a, b) => (a.place && b.place ? comparePlaces(a.place, b.place) : 0) || a.name.localeCompare(b.name));
  skipped.sort((a, b) => a.path.localeCompare(b.path));
  stats.facts = facts.length;
  budget.throwIfOver('reading Terraform');
  const declared = opts.config?.clusters ?? [];
  const { facts: kept, excluded } = excludeInstallerInternals(
    facts,
    declared.flatMap((c) => c.paths),
  );
  const contexts = buildContexts(kept, opts.explicit ?? [], declared);
  budget.throwIfOver('forming clusters');
  const evaluation = evaluate(rules, contexts);
  budget.throwIfOver('evaluating rules');
  // Policy: marks findings (suppressed, baseline, not in the change); reporters and the verdict read the marks.
  directives.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const diagnostics: Diagnostic[] = applySuppressions(evaluation.findings, {
    ignore: opts.config?.ignore ?? [],
    configFile: opts.config?.file,
    directives,
    today: opts.today ?? new Date().toISOString().slice(0, 10),
  });
  if (opts.baseline) applyBaseline(evaluation.findings, opts.baseline);
  if (opts.changedFiles) applyChangedFiles(evaluation.findings, opts.changedFiles);
  attachCandidates(evaluation.undetermined, candidates);
  // Values that contradict each other in one cluster are said out loud, and results resting on one name the others.
  const conflicts = findConflicts(contexts);
  noteConflicts([...evaluation.findings, ...evaluation.undetermined], conflicts);
  diagnostics.push(...conflicts.map((c) => conflictDiagnostic(c, contexts.length > 1)), ...evaluation.diagnostics);
  // Shared facts give one result naming every cluster they apply to, not look-alike copies.
  evaluation.findings = mergeAcrossClusters(evaluation.findings);
  evaluation.undetermined = mergeAcrossClusters(evaluation.undetermined);
  const result: ScanResult = {
    tool: { name: 'netcompat', version: VERSION },
    root: opts.root,
    rules,
    contexts: contexts.map((c) => ({ name: c.name, formedBy: c.formedBy, facts: c.facts, ...(c.overridden.length ? { overridden: c.overridden } : {}) })),
    findings: evaluation.findings,
    undetermined: evaluation.undetermined,
    notApplicable: evaluation.notApplicable,
    skipped,
    ...(excluded.length ? { excluded } : {}),
    diagnostics,
    stats,
    ...(candidates.length ? { candidates } : {}),
  };
  const unchecked = nothingChecked(result);
  if (unchecked) result.nothingChecked = { ...unchecked, fails: opts.failIfNothingChecked === true };
  return result;
}

/** An undetermined rule shows the candidates for each fact it misses, so the user can pin them. */
function attachCandidates(undetermined: readonly Undetermined[], candidates: readonly Candidate[]): void {
  for (const u of undetermined) {
    for (const m of u.missing) {
      const mine = candidates.filter((c) => c.fact === m.fact || (m.fact === 'kubeProxy.version' && c.fact === 'kubernetes.version'));
      if (mine.length)
        m.hint += `; candidates: ${mine
          .slice(0, 3)
          .map((c) => c.message)
          .join('; ')}${mine.length > 3 ? ` (+${mine.length - 3} more)` : ''}`;
    }
  }
}
