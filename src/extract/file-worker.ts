import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { keepHeapSmall } from '../heap-flags.js';
import { FILE_WORKER, type WorkerInput } from './file-phase-protocol.js';
import { runShared } from './file-worker-shared.js';

// The file phase's second thread (file-phase.ts), the bundle's `file-worker.js`: walks on where the main
// thread handed it the walk, and reads the chunks the main thread is not about to reach
// (file-worker-shared.ts). It parses nothing and decides nothing the main thread would not decide the same
// way from what it is sent.

/** The worker's whole life. */
function run(input: WorkerInput): void {
  // Setting up this thread may have put V8's process-wide heap flags back to their defaults (src/heap-flags.ts).
  if (input.heapFlags) keepHeapSmall();
  runShared(input);
}

// Only as the file phase's worker: imported anywhere else (a test listing the modules of src/extract, in a
// test runner's own worker thread) it does nothing.
const input = workerData as Partial<WorkerInput> | undefined;
if (!isMainThread && parentPort && input?.role === FILE_WORKER) run(input as WorkerInput);
