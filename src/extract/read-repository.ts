import { Walker, type DiscoverOptions } from '../discover/discover.js';
import type { Candidate } from '../model/candidate.js';
import type { Fact } from '../model/fact.js';
import type { ScanResult } from '../model/finding.js';
import { comparePlaces } from '../model/place.js';
import type { SkippedFile } from '../model/source.js';
import type { IgnoreDirective } from '../parse/directives.js';
import { DEFAULT_FILE_WORKER, FilePhase, walkOptions, type FileWorkerOptions, type PhaseItem } from './file-phase.js';
import type { RepositoryReader } from './repository-reader.js';
import type { Extractor } from './types.js';
import { byCode } from '../model/code-order.js';

/** What the read stage needs of the scan's budget (src/scan-budget.ts): counts, and a stop when over. */
export interface ReadBudget {
  addBytes(n: number): boolean;
  addDocuments(n: number): boolean;
  throwIfOver(stage: string): void;
}

export interface ReadOptions extends DiscoverOptions {
  /** The extractors to run; absent: every one in the registry (src/extract/registry.ts). */
  extractors?: readonly Extractor[];
  /** Counted into while the read runs (the caller may show progress). */
  stats: ScanResult['stats'];
  onFile?: () => void;
  budget: ReadBudget;
  /** The file phase's second thread (file-phase.ts); absent: the default (DEFAULT_FILE_WORKER). */
  fileWorker?: FileWorkerOptions;
  /** ScanOptions.placeBase: notes that name other files (a sourced script) name them as the report's places read. */
  placeBase?: string;
}

/** The read stage's output: every fact the repository states, with what was skipped and why. */
export interface RepositoryFacts {
  /** Sorted by place. */
  facts: Fact[];
  /** Sorted by path. */
  skipped: SkippedFile[];
  /** `# netcompat-ignore` comments, sorted by file and line. */
  directives: IgnoreDirective[];
  /** Versions under a component's key in YAML nothing understood: suggestions, never used. */
  candidates: Candidate[];
}

/**
 * discover → parse → extract, in one synchronous pass: files are read into one buffer, searched for every
 * trigger on the raw bytes, and only the few that hold one are decoded and parsed
 * (docs/performance.md); then Terraform, per module directory. The per-file half (repository-reader.ts: the parsers
 * and every extractor, most of the bundle) is imported when the walk finds its first file, or when the
 * walk is handed to the file phase's worker, which needs the extractors' trigger words.
 */
export async function readRepository(opts: ReadOptions): Promise<RepositoryFacts> {
  const out: RepositoryFacts = { facts: [], skipped: [], directives: [], candidates: [] };
  let reader: RepositoryReader | undefined;
  let phase: FilePhase | undefined;
  const startReading = async () => {
    const module = await import('./repository-reader.js');
    phase?.search(module.phaseSetup(opts));
    return new module.RepositoryReader(opts, out);
  };
  const walker = new Walker(opts);
  const worker = opts.fileWorker ?? DEFAULT_FILE_WORKER;
  // The worker starts once the walk has listed some folders and takes the rest of it once up; it gets the
  // extractors' trigger words when this thread has loaded them.
  if (worker !== false) phase = new FilePhase(walker, walkOptions(opts), worker);
  // Synchronous per file: only the first file that needs the reader waits for its import.
  const one = (item: PhaseItem) => {
    opts.budget.throwIfOver('reading files');
    opts.stats.filesSeen++;
    opts.onFile?.();
    if ('skipped' in item) out.skipped.push(item.skipped);
    else if ('file' in item) reader!.file(item.file);
    else reader!.fetched(item);
  };
  const needsReader = (item: PhaseItem) => reader === undefined && !('skipped' in item);
  try {
    for (const item of walker.walk('', phase?.split)) {
      if (needsReader(item)) reader = await startReading();
      one(item);
    }
    if (phase?.whole) {
      // The walk was handed off: the worker waits for the trigger words until this thread has them.
      reader ??= await startReading();
      for await (const items of phase.stream()) for (const sub of items) one(sub);
    }
  } finally {
    phase?.close();
  }
  await reader?.terraform();
  const { facts, skipped, directives, candidates } = out;
  candidates.sort((x, y) => comparePlaces(x.place, y.place));
  facts.sort((a, b) => (a.place && b.place ? comparePlaces(a.place, b.place) : 0) || byCode(a.name, b.name));
  skipped.sort((a, b) => byCode(a.path, b.path));
  directives.sort((a, b) => byCode(a.file, b.file) || a.line - b.line);
  opts.stats.facts = facts.length;
  opts.budget.throwIfOver('reading Terraform');
  return out;
}
