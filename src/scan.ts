import { buildContexts } from './context/build-contexts.js';
import { discover, type DiscoverOptions } from './discover/discover.js';
import { forEachBounded } from './discover/pool.js';
import { readText } from './discover/read-text.js';
import { evaluate } from './evaluate/evaluate.js';
import { extractDocs, extractText, splitByInput, triggeredExtractors } from './extract/extract-file.js';
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
import type { Config } from './inputs/config.js';
import type { Diagnostic } from './model/finding.js';
import { applyBaseline, type Baseline } from './policy/baseline.js';
import { applyChangedFiles } from './policy/changed-files.js';
import { applySuppressions } from './policy/suppress.js';
import { VERSION } from './version.js';

export interface ScanOptions extends DiscoverOptions {
  /** Facts from flags and inputs; they win over the repository. */
  explicit?: Fact[];
  rules?: Rule[];
  extractors?: readonly Extractor[];
  /** Files read at once. */
  concurrency?: number;
  /** `.netcompat.yaml`: clusters, ignore entries (rules and severities are applied by the caller). */
  config?: Config;
  baseline?: Baseline;
  /** PR-scoped gating: repository-relative paths of the changed files. */
  changedFiles?: ReadonlySet<string>;
  /** YYYY-MM-DD, for ignore entries' expiry; defaults to today (UTC). */
  today?: string;
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
  const stats = { filesSeen: 0, filesRead: 0, filesParsed: 0, facts: 0 };

  await forEachBounded(discover(opts), opts.concurrency ?? 8, async (item) => {
    stats.filesSeen++;
    if ('skipped' in item) {
      skipped.push(item.skipped);
      return;
    }
    const read = await readText(item.file);
    stats.filesRead++;
    if ('skipped' in read) {
      skipped.push(read.skipped);
      return;
    }
    directives.push(...findDirectives(item.file.path, read.text));
    const path = item.file.path;
    if (HCL_FILE.test(path)) {
      hcl.add(path, read.text);
      return;
    }
    const triggered = splitByInput(triggeredExtractors(extractors, path, read.text));
    const onError = (id: string, err: unknown) => skipped.push({ path, reason: 'unreadable', detail: `extractor ${id} failed: ${(err as Error).message}` });
    facts.push(...extractText(triggered.text, path, read.text, onError));
    // Scripts and INI inventories are text only; YAML files may feed both kinds.
    const wanted = YAML_FILE.test(path) || !textExtractors.some((e) => e.paths.test(path)) ? triggered.yaml : [];
    if (wanted.length === 0) return;
    if (CHART_TEMPLATE.test(item.file.path) && read.text.includes('{{')) {
      skipped.push({ path: item.file.path, reason: 'template', detail: 'Helm chart template; the chart values are read instead', quiet: true });
      return;
    }
    // Documents that parse are read even when others in the same file do not.
    const parsed = parseFile(item.file.path, read.text);
    if (parsed.skipped) skipped.push(parsed.skipped);
    if (parsed.skipped && parsed.docs.length === 0) return;
    stats.filesParsed++;
    facts.push(...extractDocs(wanted, parsed.docs, onError));
  });

  const fromHcl = await hcl.extract(
    (path, id, err) => skipped.push({ path, reason: 'unreadable', detail: `extractor ${id} failed: ${(err as Error).message}` }),
    (s) => skipped.push(s),
  );
  facts.push(...fromHcl.facts);
  stats.filesParsed += fromHcl.parsed;

  facts.sort((a, b) => (a.place && b.place ? comparePlaces(a.place, b.place) : 0) || a.name.localeCompare(b.name));
  skipped.sort((a, b) => a.path.localeCompare(b.path));
  stats.facts = facts.length;
  const contexts = buildContexts(facts, opts.explicit ?? [], opts.config?.clusters ?? []);
  const evaluation = evaluate(rules, contexts);
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
