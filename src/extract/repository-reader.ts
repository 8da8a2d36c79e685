import { decodeText, FileReader, type ReadBytes } from '../discover/file-reader.js';
import { entryExists } from '../discover/entry-exists.js';
import { readWithin } from '../discover/read-within.js';
import { findDirectives } from '../parse/directives.js';
import { parseFile } from '../parse/parse-file.js';
import { segmentsHolding, segmentStarts } from '../parse/segments.js';
import { findCandidates, mayHoldCandidatesText } from './candidates.js';
import { extractDocs, extractText, splitByInput } from './extract-file.js';
import type { Fetched } from './file-phase.js';
import type { Search } from './file-phase-protocol.js';
import { ansibleTemplate, chartTemplate, readAsYaml, YAML_FILES } from './file-shapes.js';
import { HCL_FILE, HclCollector } from './hcl/collect.js';
import { IGNORE_MARKER, Prefilter, type Hits } from './prefilter.js';
import type { ReadOptions, RepositoryFacts } from './read-repository.js';
import { EXTRACTORS } from './registry.js';
import { isHclExtractor, isTextExtractor, type Extractor, type TextExtractor, type TextHelpers } from './types.js';
import { basedPathText } from '../model/place-base.js';
import type { SourceFile } from '../model/source.js';

// The read stage's per-file half: the byte prefilter, the parsers (the `yaml` package, the HCL collector)
// and every extractor. read-repository.ts imports this module dynamically when the walk finds its first
// file, so an empty directory never loads it (README.md, "Design notes": the bundle's chunks).

/** The extractors a scan runs when its caller names none: the registry's. */
export function extractorsOf(opts: ReadOptions): readonly Extractor[] {
  return opts.extractors ?? EXTRACTORS;
}

/** What the file phase's worker thread needs to read and search files the way the main thread does. */
export function phaseSetup(opts: ReadOptions): Search {
  return {
    needles: extractorsOf(opts).map((e) => ({ triggers: e.triggers, kinds: e.kinds })),
    // Terraform, and the files an extractor reads whatever they hold (Ansible inventory variables).
    always: new RegExp([HCL_FILE, ...extractorsOf(opts).flatMap((e) => (e.alwaysPaths ? [e.alwaysPaths] : []))].map((r) => `(?:${r.source})`).join('|')),
    suggestions: YAML_FILES,
  };
}

/** The per-file work of the read stage, with what it has found so far. */
export class RepositoryReader {
  private readonly reader: FileReader;
  /**
   * The byte prefilter and the text extractors, made on the first file that is not Terraform: building the
   * prefilter's table of every trigger is most of what constructing this reader costs, and a Terraform
   * monorepo never uses it (docs/performance.md).
   */
  private perFile: { prefilter: Prefilter; textExtractors: TextExtractor[] } | undefined;
  // Terraform is read per module directory after the file loop (src/extract/hcl/collect.ts); a file it
  // names with file() is read under the walk's rules (inside the root, no symbolic link).
  private readonly hcl: HclCollector;
  private readonly helpers: TextHelpers;
  /** How notes and messages name files: under the front end's place base (ScanOptions.placeBase). */
  private readonly showPath: (path: string) => string;
  /** Folders known to hold a Helm `Chart.yaml` or not (each looked up once, as `exists` keeps). */
  private readonly isChart = (folder: string): boolean => this.exists(folder ? `${folder}/Chart.yaml` : 'Chart.yaml');
  /** Files known to exist or not, inside the root (each looked up once): an Ansible role's `defaults/main.yml`. */
  private readonly entries = new Map<string, boolean>();
  private readonly exists = (path: string): boolean => {
    let known = this.entries.get(path);
    if (known === undefined) this.entries.set(path, (known = entryExists(this.opts.root, path)));
    return known;
  };

  /** `out`: the read stage's output, which this reader adds to (the walk's own skips are already in it). */
  constructor(
    private readonly opts: ReadOptions,
    readonly out: RepositoryFacts,
  ) {
    this.reader = new FileReader(opts.maxBytes);
    this.showPath = basedPathText(opts.placeBase);
    const extractors = extractorsOf(opts);
    // Another file a Terraform module or a script names is read under the walk's rules (inside the root, no
    // symbolic link); the current file's text is decoded by then, so the one buffer can be reused.
    const readText = (path: string) => readWithin(opts.root, path, this.reader);
    this.hcl = new HclCollector(extractors.filter(isHclExtractor), extractors, readText, this.showPath);
    this.helpers = { readText, showPath: this.showPath };
  }

  /** One discovered file: read, prefiltered, and handed to the extractors that may read it. */
  file(file: SourceFile): void {
    this.read(file.path, this.reader.read(file));
  }

  /** A file the worker thread read: as if read here (it sends the bytes of every file that can matter). */
  fetched(item: Fetched): void {
    if ('unread' in item) this.read(item.path, { skipped: item.unread });
    else if ('bytes' in item) this.read(item.path, { bytes: Buffer.from(item.bytes.buffer, item.bytes.byteOffset, item.bytes.length) });
    else {
      // No trigger, no marker, no suggestion: all that reading it here would have done is count it.
      this.opts.stats.filesRead++;
      if (this.opts.budget.addBytes(item.size)) this.opts.budget.throwIfOver('reading files');
    }
  }

  private read(path: string, read: ReadBytes): void {
    // A file over the size cap is not counted as read: only its first buffer was looked at.
    if (!('skipped' in read && read.skipped.reason === 'too-large')) this.opts.stats.filesRead++;
    if ('skipped' in read) {
      this.out.skipped.push(read.skipped);
      return;
    }
    if (this.opts.budget.addBytes(read.bytes.length)) this.opts.budget.throwIfOver('reading files');
    if (HCL_FILE.test(path)) {
      // Terraform is read per module directory after the loop; the collector keeps the files it needs and
      // looks for its extractors' triggers in the text itself, so the byte prefilter is not run here.
      const text = decodeText(read.bytes);
      if (text.includes(IGNORE_MARKER)) this.out.directives.push(...findDirectives(path, text));
      this.hcl.add(path, text);
      return;
    }
    if (!this.perFile) {
      const extractors = extractorsOf(this.opts);
      this.perFile = { prefilter: new Prefilter(extractors), textExtractors: extractors.filter(isTextExtractor) };
    }
    const hits = this.perFile.prefilter.scan(read.bytes);
    const marked = hits.seen[this.perFile.prefilter.ignore] === 1;
    this.extract(path, read.bytes, hits, marked, this.perFile);
  }

  private extract(
    path: string,
    bytes: Buffer,
    hits: Hits,
    marked: boolean,
    { prefilter, textExtractors }: { prefilter: Prefilter; textExtractors: TextExtractor[] },
  ): void {
    const yamlish = YAML_FILES.test(path);
    // A file some extractor reads whatever it holds (an inventory's variables) is parsed whole.
    const always = prefilter.alwaysFor(path);
    const triggered = hits.count === 0 && !always ? { yaml: [], text: [] } : splitByInput(prefilter.triggered(path, hits));
    const wanted = readAsYaml(path, textExtractors) ? triggered.yaml : [];
    if (!marked && triggered.text.length === 0 && wanted.length === 0) {
      // A YAML file nothing understood may still hold a version under a component's key: a suggestion.
      if (yamlish && prefilter.hinted(hits)) this.out.candidates.push(...findCandidates(path, decodeText(bytes), this.showPath));
      return;
    }
    const starts = wanted.length > 0 && !always ? segmentStarts(bytes) : undefined;
    const keep = starts ? segmentsHolding(starts, prefilter.offsetsOf(wanted, hits)) : undefined;
    const text = decodeText(bytes);
    if (marked) this.out.directives.push(...findDirectives(path, text));
    const onError = (id: string, err: unknown) => this.failed(path, id, err);
    const before = this.out.facts.length;
    this.out.facts.push(...extractText(triggered.text, path, text, onError, this.helpers));
    if (wanted.length > 0) {
      const template = chartTemplate(path, text, this.isChart, this.exists);
      if (template) return void this.out.skipped.push(template);
      // Documents that parse are read even when others in the same file do not; documents without a
      // trigger are not parsed at all.
      const parsed = parseFile(path, text, keep && keep.includes(false) ? { keep } : {});
      this.opts.budget.addDocuments(parsed.docs.length);
      this.opts.budget.throwIfOver('parsing');
      if (parsed.skipped) this.out.skipped.push(parsed.skipped);
      if (parsed.skipped && parsed.docs.length === 0) return;
      this.opts.stats.filesParsed++;
      const docs = ansibleTemplate(path) ? parsed.docs.map((d) => ({ ...d, renderedBy: 'ansible' as const })) : parsed.docs;
      this.out.facts.push(...extractDocs(wanted, docs, onError));
    }
    if (this.out.facts.length === before && yamlish && mayHoldCandidatesText(text)) this.out.candidates.push(...findCandidates(path, text, this.showPath));
  }

  /** Terraform, a module directory at a time, after every file has been seen. */
  async terraform(): Promise<void> {
    const fromHcl = await this.hcl.extract(
      (path, id, err) => this.failed(path, id, err),
      (s) => this.out.skipped.push(s),
    );
    this.out.facts.push(...fromHcl.facts);
    this.opts.stats.filesParsed += fromHcl.parsed;
  }

  private failed(path: string, id: string, err: unknown): void {
    this.out.skipped.push({ path, reason: 'unreadable', detail: `extractor ${id} failed: ${(err as Error).message}` });
  }
}
