import { isMainThread, parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { Walker, type Discovered } from '../discover/discover.js';
import { FileReader } from '../discover/file-reader.js';
import { keepHeapSmall } from '../heap-flags.js';
import type { SkippedFile } from '../model/source.js';
import {
  BYTES,
  FILE_WORKER,
  READ_HERE,
  SENT_BYTES,
  SIZE,
  SKIPPED,
  UNCLAIMED,
  UNREAD,
  WORKER,
  type Batch,
  type Search,
  type TasksInput,
  type WholeInput,
  type WorkerInput,
} from './file-phase-protocol.js';
import { Prefilter, type Needles } from './prefilter.js';
import { runShared } from './file-worker-shared.js';

// The file phase's second thread (file-phase.ts): walks, reads and searches the folders it claims, from
// the last one back, and posts their files in walk order, a batch at a time. It parses nothing and decides
// nothing the main thread would not decide the same way from what it is sent.

/** Files per batch: the main thread waits only for the batch holding the task it needs next. */
const BATCH_FILES = 2048;

class BatchWriter {
  private tasks: number[] = [];
  private paths: string[] = [];
  private codes: number[] = [];
  private sizes: number[] = [];
  private bytes = new Uint8Array(2 * SENT_BYTES);
  private used = 0;
  private skips: SkippedFile[] = [];

  add(path: string, code: number, size = 0, skip?: SkippedFile): void {
    this.paths.push(path);
    this.codes.push(code);
    this.sizes.push(size);
    if (skip) this.skips.push(skip);
  }

  append(data: Uint8Array): void {
    if (this.used + data.length > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.used + data.length));
      bigger.set(this.bytes.subarray(0, this.used));
      this.bytes = bigger;
    }
    this.bytes.set(data, this.used);
    this.used += data.length;
  }

  /** Bytes held for the next batch. */
  get held(): number {
    return this.used;
  }

  endTask(task: number, files: number): void {
    this.tasks.push(task, files);
    if (this.paths.length >= BATCH_FILES) this.flush();
  }

  flush(chunks?: number): void {
    if (this.tasks.length === 0 && chunks === undefined) return;
    const bytes = this.bytes.slice(0, this.used);
    const batch: Batch = {
      tasks: this.tasks,
      paths: this.paths.join('\0'),
      codes: Uint8Array.from(this.codes),
      sizes: Int32Array.from(this.sizes),
      bytes,
      skips: this.skips,
      ...(chunks !== undefined ? { chunks } : {}),
    };
    parentPort!.postMessage(batch, [bytes.buffer]);
    this.tasks = [];
    this.paths = [];
    this.codes = [];
    this.sizes = [];
    this.used = 0;
    this.skips = [];
  }
}

/** Reads and searches one walked file and adds what the main thread needs of it to the batch. */
class FileSearch {
  private readonly reader: FileReader;
  private readonly prefilter: Prefilter<Needles>;

  constructor(
    maxBytes: number | undefined,
    private readonly search: Search,
  ) {
    this.reader = new FileReader(maxBytes);
    this.prefilter = new Prefilter(search.needles);
  }

  add(found: Discovered, out: BatchWriter): void {
    if ('skipped' in found) return out.add(found.skipped.path, SKIPPED, 0, found.skipped);
    const path = found.file.path;
    const read = this.reader.read(found.file);
    if ('skipped' in read) return out.add(path, UNREAD, 0, read.skipped);
    const bytes = read.bytes;
    const prefilter = this.prefilter;
    const hits = prefilter.scan(bytes);
    if (prefilter.relevant(hits) || this.search.always.test(path) || (this.search.suggestions.test(path) && prefilter.hinted(hits))) {
      if (bytes.length > SENT_BYTES) return out.add(path, READ_HERE);
      out.add(path, BYTES, bytes.length);
      out.append(bytes);
    } else out.add(path, SIZE, bytes.length);
  }
}

/** Tasks: claim folders from the last one back until the main thread's front is reached. */
function runTasks(input: TasksInput): void {
  const walker = new Walker(input.walk);
  const search = new FileSearch(input.walk.maxBytes, input);
  const claims = new Int32Array(input.claims);
  const out = new BatchWriter();
  for (let i = input.tasks.length - 1; i >= 0; i--) {
    if (Atomics.compareExchange(claims, i, UNCLAIMED, WORKER) !== UNCLAIMED) break; // the main thread got here first
    let files = 0;
    for (const found of walker.subtree(input.tasks[i]!)) {
      files++;
      search.add(found, out);
    }
    out.endTask(i, files);
  }
  out.flush();
}

/** Files per chunk in whole mode (each sent at once, so the main thread parses as the walk goes on). */
const CHUNK_FILES = 256;
/** Walked files between two looks for the main thread's search words. */
const POLL_EVERY = 32;

/**
 * Whole: the walk from the root, in walk order. Until the search words arrive, walked files wait in a
 * list (paths only: listing folders is most of the walk's time and needs no words).
 */
function runWhole(input: WholeInput): void {
  const ready = new Int32Array(input.ready);
  const port = parentPort!;
  const words = (): Search | undefined => (receiveMessageOnPort(port)?.message as Search | undefined) ?? undefined;
  let search: FileSearch | undefined = input.words ? new FileSearch(input.walk.maxBytes, input.words) : undefined;
  const waiting: Discovered[] = [];
  const out = new BatchWriter();
  let chunk = 0;
  let files = 0;
  // A chunk ends after CHUNK_FILES files or SENT_BYTES of bytes, and goes at once, alone: so a batch's
  // buffers stay under malloc's mmap threshold (SENT_BYTES).
  const take = (found: Discovered, into: FileSearch): void => {
    into.add(found, out);
    if (++files < CHUNK_FILES && out.held < SENT_BYTES) return;
    out.endTask(chunk++, files);
    files = 0;
    out.flush();
  };
  const start = (s: Search): FileSearch => {
    const into = new FileSearch(input.walk.maxBytes, s);
    for (const found of waiting) take(found, into);
    waiting.length = 0;
    return into;
  };
  const walker = new Walker(input.walk);
  for (const found of input.rest ? walker.resume(input.rest) : walker.subtree('')) {
    if (search) {
      take(found, search);
      continue;
    }
    waiting.push(found);
    if (waiting.length % POLL_EVERY === 0 && Atomics.load(ready, 0) === 1) {
      const s = words();
      if (s) search = start(s);
    }
  }
  if (!search) {
    let s: Search | undefined;
    while (!(s = words())) Atomics.wait(ready, 0, 0, 20);
    start(s);
  }
  if (files > 0) out.endTask(chunk++, files);
  out.flush(chunk);
}

/** The worker's whole life. */
function run(input: WorkerInput): void {
  // Setting up this thread may have put V8's process-wide heap flags back to their defaults (src/heap-flags.ts).
  if (input.heapFlags) keepHeapSmall();
  if (input.mode === 'whole') runWhole(input);
  else if (input.mode === 'shared') runShared(input);
  else runTasks(input);
}

// Only as the file phase's worker: imported anywhere else (a test listing the modules of src/extract, in a
// test runner's own worker thread) it does nothing.
const input = workerData as Partial<WorkerInput> | undefined;
if (!isMainThread && parentPort && input?.role === FILE_WORKER) run(input as WorkerInput);
