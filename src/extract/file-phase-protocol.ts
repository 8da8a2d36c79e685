import type { DiscoverOptions, WalkRest } from '../discover/discover.js';
import type { SkippedFile } from '../model/source.js';
import type { Needles } from './prefilter.js';

// What the file phase's two threads say to each other (file-phase.ts on the main thread, file-worker.ts in
// the worker). Everything here is plain data: the worker holds no extractor, only their trigger words.

/** Task claims in shared memory: the main thread takes tasks from the front, the worker from the back. */
export const UNCLAIMED = 0;
export const MAIN = 1;
export const WORKER = 2;

/** Marks the worker's input, so the module started with anything else does nothing. */
export const FILE_WORKER = 'netcompat-file-worker';

/** What the worker searches a file for, to send its bytes or only its size. */
export interface Search {
  /** Every extractor's triggers and kinds, in registry order (the worker searches, it does not extract). */
  needles: readonly Needles[];
  /** Files whose bytes the main thread always needs (Terraform, read per module directory). */
  always: RegExp;
  /** Files the main thread looks into for version suggestions when nothing else read them (YAML). */
  suggestions: RegExp;
}

interface InputBase {
  role: typeof FILE_WORKER;
  walk: DiscoverOptions;
  /** The main thread set V8's heap flags (src/heap-flags.ts): the worker sets them again once it runs. */
  heapFlags: boolean;
}

/** Tasks: the walk split after some folders; both threads claim the rest, from opposite ends. */
export interface TasksInput extends InputBase, Search {
  mode: 'tasks';
  /** Folders (root-relative POSIX paths), in walk order. */
  tasks: readonly string[];
  /** One Int32 per task: UNCLAIMED, MAIN or WORKER, set with compareExchange. */
  claims: SharedArrayBuffer;
}

/**
 * Whole: the worker goes on with the walk where the main thread handed it off (`rest`; from the root when
 * absent), in walk order, and sends it in chunks of files; the main thread only parses and extracts. When
 * the main thread has not loaded the extractors yet, `words` is absent: they follow as the first message
 * on the worker's port, and one Int32 in `ready` turns 1 once it was posted.
 */
export interface WholeInput extends InputBase {
  mode: 'whole';
  rest?: WalkRest;
  words?: Search;
  ready: SharedArrayBuffer;
}

export type WorkerInput = TasksInput | WholeInput;

/** What the worker found of one file, in `Batch.codes`. */
export const SIZE = 0; // read; no trigger, no ignore marker, no suggestion: only its size matters
export const BYTES = 1; // read; its bytes follow in `Batch.bytes`
export const UNREAD = 2; // the reader skipped it (`Batch.skips`)
export const SKIPPED = 3; // the walk skipped it: a symbolic link, a backup copy (`Batch.skips`)
export const READ_HERE = 4; // read; it matters but is larger than SENT_BYTES: the main thread reads it itself

/**
 * The largest file whose bytes the worker sends, and the most bytes a batch carries in whole mode. A block
 * that malloc hands out above its mmap threshold (128 KiB at first) raises that threshold when freed, after
 * which every thread's arena keeps what it freed (growable-buffer.ts); a batch's buffers and the message
 * carrying them stay below it. The few larger files that matter (CRD bundles) are read again on the main
 * thread, whose reader does not use malloc.
 */
export const SENT_BYTES = 32 * 1024;

/**
 * Several tasks' files in walk order, packed so that a 20,000-file tree costs a few hundred small
 * messages, not tens of thousands of objects: paths in one string, numbers in typed arrays, the bytes of
 * the files that matter in one buffer (transferred, not copied).
 */
export interface Batch {
  /** Task index, then its number of files, for each task in the batch. */
  tasks: number[];
  /** Every file's path, joined by NUL (which no path holds). */
  paths: string;
  codes: Uint8Array;
  /** Per file: its size (SIZE, BYTES), else 0. */
  sizes: Int32Array;
  bytes: Uint8Array;
  skips: SkippedFile[];
  /** Whole mode: set on the last batch, the number of chunks sent in all. */
  chunks?: number;
}
