import { buildContexts } from './context/build-contexts.js';
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
import type { Diagnostic } from './model/finding.js';
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
}

/** Helm chart templates are not YAML until rendered; they are counted, not reported as errors. */
const CHART_TEMPLATE = /(^|\/)templates\//;
/** Files parsed as YAML whatever else reads them; any other file a text extractor claims is text only. */
const YAML_FILE = /\.(ya?ml|json|tpl|template)$/;

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
    if (hits.count === 0) continue;
    const triggered = splitByInput(prefilter.triggered(path, hits));
    // Scripts and INI inventories are text only; YAML files may feed both kinds.
    const wanted = YAML_FILE.test(path) || !textExtractors.some((e) => e.paths.test(path)) ? triggered.yaml : [];
    if (!marked && triggered.text.length === 0 && wanted.length === 0) continue;
    const starts = wanted.length > 0 ? segmentStarts(read.bytes) : undefined;
    const keep = starts ? segmentsHolding(starts, prefilter.offsetsOf(wanted, hits)) : undefined;
    const text = decodeText(read.bytes);
    if (marked) directives.push(...findDirectives(path, text));
    const onError = (id: string, err: unknown) => skipped.push({ path, reason: 'unreadable', detail: `extractor ${id} failed: ${(err as Error).message}` });
    facts.push(...extractText(triggered.text, path, text, onError));
    if (wanted.length === 0) continue;
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
  }

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
  const contexts = buildContexts(facts, opts.explicit ?? [], opts.config?.clusters ?? []);
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
  return {
    tool: { name: 'netcompat', version: VERSION },
    root: opts.root,
    rules,
    contexts: contexts.map((c) => ({ name: c.name, formedBy: c.formedBy, facts: c.facts, ...(c.overridden.length ? { overridden: c.overridden } : {}) })),
    ...evaluation,
    skipped,
    diagnostics,
    stats,
  };
}
