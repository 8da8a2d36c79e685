import type { DiscoverOptions, Discovered } from '../discover/discover.js';
import type { SkippedFile } from '../model/source.js';
import type { Needles } from './prefilter.js';

// What the file phase's two threads say to each other (file-phase.ts on the main thread, file-worker.ts in
// the worker). Everything here is plain data: the worker holds no extractor, only their trigger words.

/** Task claims in shared memory: the main thread takes tasks from the front, the worker from the back. */
export const UNCLAIMED = 0;
export const MAIN = 1;
export const WORKER = 2;

export interface WorkerInput {
  walk: DiscoverOptions;
  /** Folders (root-relative POSIX paths), in walk order. */
  tasks: readonly string[];
  /** One Int32 per task: UNCLAIMED, MAIN or WORKER, set with compareExchange. */
  claims: SharedArrayBuffer;
  /** Every extractor's triggers and kinds, in registry order (the worker searches, it does not extract). */
  needles: readonly Needles[];
  /** Files whose bytes the main thread always needs (Terraform, read per module directory). */
  always: RegExp;
  /** Files the main thread looks into for version suggestions when nothing else read them (YAML). */
  suggestions: RegExp;
  /** The main thread set V8's heap flags (src/heap-flags.ts): the worker sets them again once it runs. */
  heapFlags: boolean;
  /** One Int32 the worker sets to 1 (and notifies) once it runs. */
  started: SharedArrayBuffer;
}

/**
 * A file the worker has read: why it was not readable, or its size when nothing in it can matter (no
 * trigger, no ignore marker, no suggestion), or else its bytes for the main thread to go on with.
 */
export type Fetched = { path: string; unread: SkippedFile } | { path: string; size: number } | { path: string; bytes: Uint8Array };

/** One folder's files in walk order, as the worker found them. */
export interface TaskResult {
  task: number;
  items: (Discovered | Fetched)[];
}
