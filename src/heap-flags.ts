import { setFlagsFromString } from 'node:v8';

// V8 prints an error for a flag it does not know (it does not throw): only the versions of Node 20 to 24,
// where both flags exist, are told; any other keeps V8's default sizing (nothing else depends on them).
const major = Number(process.versions.v8.split('.')[0]);
const FLAGS = major >= 11 && major <= 13 ? '--semi-space-growth-factor=1 --heap-growing-percent=10' : undefined;

let kept = false;

/** Sets the heap flags young-generation.ts describes (process-wide: V8 has one set of flags). */
export function keepHeapSmall(): void {
  if (!FLAGS) return;
  setFlagsFromString(FLAGS);
  kept = true;
}

/**
 * Whether they were set. Starting a worker thread puts V8's flags back to their defaults for the whole
 * process (on Node 20 the 20,000-file benchmark's peak grew by 50 MiB), in `new Worker()` and again while
 * the thread is set up: the main thread sets them right after `new Worker()` and the worker once it runs
 * (src/extract/file-phase.ts, file-worker.ts), when the entry point had set them.
 */
export function heapKeptSmall(): boolean {
  return kept;
}
