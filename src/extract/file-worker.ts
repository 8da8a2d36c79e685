import { parentPort, workerData } from 'node:worker_threads';
import { Walker } from '../discover/discover.js';
import { keepHeapSmall } from '../heap-flags.js';
import { FileReader } from '../discover/file-reader.js';
import { mayHoldCandidates } from './candidates.js';
import { UNCLAIMED, WORKER, type Fetched, type TaskResult, type WorkerInput } from './file-phase-protocol.js';
import { Prefilter } from './prefilter.js';

// The file phase's second thread (file-phase.ts): walks, reads and searches the folders it claims, from
// the last one back, and posts each folder's files in walk order. It parses nothing and decides nothing
// the main thread would not decide the same way from what it is sent.

const input = workerData as WorkerInput;
// Setting up this thread may have put V8's process-wide heap flags back to their defaults (src/heap-flags.ts).
if (input.heapFlags) keepHeapSmall();
const started = new Int32Array(input.started);
Atomics.store(started, 0, 1);
Atomics.notify(started, 0);
const walker = new Walker(input.walk);
const reader = new FileReader(input.walk.maxBytes);
const prefilter = new Prefilter(input.needles);
const claims = new Int32Array(input.claims);

function fetch(path: string, abs: string): { item: Fetched; transfer?: ArrayBuffer } {
  const read = reader.read({ path, abs });
  if ('skipped' in read) return { item: { path, unread: read.skipped } };
  const bytes = read.bytes;
  const needed = prefilter.scan(bytes).count > 0 || input.always.test(path) || (input.suggestions.test(path) && mayHoldCandidates(bytes));
  if (!needed) return { item: { path, size: bytes.length } };
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return { item: { path, bytes: copy }, transfer: copy.buffer };
}

for (let i = input.tasks.length - 1; i >= 0; i--) {
  if (Atomics.compareExchange(claims, i, UNCLAIMED, WORKER) !== UNCLAIMED) break; // the main thread got here first
  const result: TaskResult = { task: i, items: [] };
  const transfer: ArrayBuffer[] = [];
  for (const found of walker.subtree(input.tasks[i]!)) {
    if ('skipped' in found) {
      result.items.push(found);
      continue;
    }
    const { item, transfer: t } = fetch(found.file.path, found.file.abs);
    result.items.push(item);
    if (t) transfer.push(t);
  }
  parentPort!.postMessage(result, transfer);
}
