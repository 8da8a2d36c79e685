import type { DiscoverOptions, WalkRest } from '../discover/discover.js';
import type { SkippedFile } from '../model/source.js';
import type { Needles } from './prefilter.js';

// What the file phase's two threads say to each other (file-phase.ts on the main thread, file-worker.ts in
// the worker). Everything here is plain data: the worker holds no extractor, only their trigger words.

/** A chunk's claim in shared memory (`Listing.claims`): nobody's yet, the main thread's or the worker's. */
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

/**
 * Shared: the main thread walks until the worker is up (`state[UP]` turns 1), then posts it what is left of
 * the walk (`SharedStart`). The worker walks on, in walk order, and posts the files in chunks of at most
 * SHARED_CHUNK (`Listing`); each chunk is read and searched by whichever thread claims it first (one Int32
 * per chunk in `Listing.claims` pages): the main thread takes them in walk order as it goes, the worker
 * the newest one while it is more than a few chunks ahead of the main thread (`state[FRONT]`), and every
 * one left once the walk is done, from the last back (`Result`).
 */
export interface SharedInput extends InputBase {
  mode: 'shared';
  /** Int32s: UP, FRONT, POSTED. */
  state: SharedArrayBuffer;
}

/**
 * `SharedInput.state`: the worker is up; the chunk the main thread is on; the start message was posted (1),
 * or never will be (2: the main thread walked the whole tree itself).
 */
export const UP = 0;
export const FRONT = 1;
export const POSTED = 2;

/** The main thread's first message in shared mode; the words follow on their own when not known yet. */
export interface SharedStart {
  rest: WalkRest;
  words?: Search;
}

/** Entries per chunk in shared mode. */
export const SHARED_CHUNK = 32;
/** Chunks per page of claims (one Int32 each; 8 KiB, under malloc's threshold). */
export const CLAIM_PAGE = 2048;

/** A chunk of the walk: its entries' paths, which of them the walk skipped, and a new claims page. */
export interface Listing {
  chunk: number;
  /** Every entry's path, joined by NUL. */
  paths: string;
  /** Per entry: 0 to be read, SKIPPED (its reason in `skips`, in order). */
  codes: Uint8Array;
  skips: SkippedFile[];
  /** Set on the first chunk of each CLAIM_PAGE: the claims of chunks `chunk` to `chunk + CLAIM_PAGE - 1`. */
  claims?: SharedArrayBuffer;
  /** Set on the message after the last chunk (then `paths` is empty): the number of chunks in all. */
  end?: number;
}

/**
 * The worker's reading of entries `from` to `from + codes.length - 1` of a chunk it claimed: SIZE, BYTES,
 * UNREAD, READ_HERE or SKIPPED per entry (a chunk comes in parts, so that no buffer passes
 * SENT_BYTES by much).
 */
export interface Result {
  chunk: number;
  from: number;
  codes: Uint8Array;
  sizes: Int32Array;
  bytes: Uint8Array;
  skips: SkippedFile[];
  /**
   * Set on a chunk's last part when the worker stopped reading it because the main thread was about to run
   * out of listed chunks (the walk comes first): the entries after this part are the main thread's to read.
   */
  rest?: true;
}

export type WorkerInput = SharedInput;

/** What the worker found of one file, in `Result.codes`. */
export const SIZE = 0; // read; no trigger, no ignore marker, no suggestion: only its size matters
export const BYTES = 1; // read; its bytes follow in `Result.bytes`
export const UNREAD = 2; // the reader skipped it (`Result.skips`)
export const SKIPPED = 3; // the walk skipped it: a symbolic link, a backup copy (`Listing.skips`)
export const READ_HERE = 4; // read; it matters but is larger than SENT_BYTES: the main thread reads it itself

/**
 * The largest file whose bytes the worker sends, and about the most bytes a Result carries. A block that
 * malloc hands out above its mmap threshold (128 KiB at first) raises that threshold when freed, after which
 * every thread's arena keeps what it freed (growable-buffer.ts); a Result's buffers and the message carrying
 * them stay below it. The few larger files that matter (CRD bundles) are read again on the main
 * thread, whose reader does not use malloc.
 */
export const SENT_BYTES = 32 * 1024;
