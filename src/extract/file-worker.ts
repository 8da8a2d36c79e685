import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Walker } from '../discover/discover.js';
import { FileReader } from '../discover/file-reader.js';
import { keepHeapSmall } from '../heap-flags.js';
import type { SkippedFile } from '../model/source.js';
import { BYTES, FILE_WORKER, SIZE, SKIPPED, UNCLAIMED, UNREAD, WORKER, type Batch, type WorkerInput } from './file-phase-protocol.js';
import { Prefilter } from './prefilter.js';

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
  private bytes = new Uint8Array(1 << 16);
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

  endTask(task: number, files: number): void {
    this.tasks.push(task, files);
    if (this.paths.length >= BATCH_FILES) this.flush();
  }

  flush(): void {
    if (this.tasks.length === 0) return;
    const bytes = this.bytes.slice(0, this.used);
    const batch: Batch = {
      tasks: this.tasks,
      paths: this.paths.join('\0'),
      codes: Uint8Array.from(this.codes),
      sizes: Int32Array.from(this.sizes),
      bytes,
      skips: this.skips,
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

/** The worker's whole life: claim tasks from the back until the main thread's front is reached. */
function run(input: WorkerInput): void {
  // Setting up this thread may have put V8's process-wide heap flags back to their defaults (src/heap-flags.ts).
  if (input.heapFlags) keepHeapSmall();
  const walker = new Walker(input.walk);
  const reader = new FileReader(input.walk.maxBytes);
  const prefilter = new Prefilter(input.needles);
  const claims = new Int32Array(input.claims);
  const out = new BatchWriter();
  for (let i = input.tasks.length - 1; i >= 0; i--) {
    if (Atomics.compareExchange(claims, i, UNCLAIMED, WORKER) !== UNCLAIMED) break; // the main thread got here first
    let files = 0;
    for (const found of walker.subtree(input.tasks[i]!)) {
      files++;
      if ('skipped' in found) {
        out.add(found.skipped.path, SKIPPED, 0, found.skipped);
        continue;
      }
      const path = found.file.path;
      const read = reader.read(found.file);
      if ('skipped' in read) {
        out.add(path, UNREAD, 0, read.skipped);
        continue;
      }
      const bytes = read.bytes;
      const hits = prefilter.scan(bytes);
      if (prefilter.relevant(hits) || input.always.test(path) || (input.suggestions.test(path) && prefilter.hinted(hits))) {
        out.add(path, BYTES, bytes.length);
        out.append(bytes);
      } else out.add(path, SIZE, bytes.length);
    }
    out.endTask(i, files);
  }
  out.flush();
}

// Only as the file phase's worker: imported anywhere else (a test listing the modules of src/extract, in a
// test runner's own worker thread) it does nothing.
const input = workerData as Partial<WorkerInput> | undefined;
if (!isMainThread && parentPort && input?.role === FILE_WORKER) run(input as WorkerInput);
