import { parentPort, receiveMessageOnPort } from 'node:worker_threads';
import { DEFAULT_MAX_BYTES, Walker, type Discovered } from '../discover/discover.js';
import { FileReader } from '../discover/file-reader.js';
import {
  BYTES,
  CLAIM_PAGE,
  FRONT,
  POSTED,
  READ_HERE,
  SENT_BYTES,
  SHARED_CHUNK,
  SIZE,
  SKIPPED,
  UNCLAIMED,
  UNREAD,
  UP,
  WORKER,
  type Listing,
  type Result,
  type Search,
  type SharedInput,
  type SharedStart,
} from './file-phase-protocol.js';
import { Prefilter, type Needles } from './prefilter.js';
import type { SkippedFile } from '../model/source.js';

// The worker's side of the shared file phase (file-phase-protocol.ts, SharedInput): it walks, and reads the
// chunks the main thread is not about to reach. Reading decides nothing the main thread would not decide the
// same way from the bytes: the same reader, the same trigger search.

/** Chunks ahead of the main thread's that it leaves for the main thread while the walk goes on. */
const AHEAD = 8;

/**
 * Chunks between the main thread's and the last one walked, under which the worker stops reading to walk:
 * the main thread would otherwise wait for the walk.
 */
const NEAR = 2;
/**
 * Chunks the walk may be ahead of the main thread's: no further, so that what waits for the main thread
 * (the chunks in its port, the entries here) stays small however large the tree.
 */
const LEAD = 64;
/** The largest file this thread reads: 256 KiB, as the main thread's decoder's pieces (file-reader.ts). */
const WORKER_READ = 256 * 1024;
/** Files read between two looks at where the main thread is. */
const STOP_EVERY = 4;

/** A walked chunk no thread has claimed yet. */
interface Open {
  chunk: number;
  entries: Discovered[];
}

/** The result of one chunk, sent in parts of at most about SENT_BYTES of bytes. */
class ResultWriter {
  private codes: number[] = [];
  private sizes: number[] = [];
  private skips: SkippedFile[] = [];
  private used = 0;
  private from = 0;

  /** `bytes`: the reader's one buffer for the bytes of a part, copied out when sent. */
  constructor(
    private readonly chunk: number,
    private readonly bytes: Uint8Array,
  ) {}

  add(code: number, size = 0, skip?: SkippedFile, data?: Uint8Array): void {
    this.codes.push(code);
    this.sizes.push(size);
    if (skip) this.skips.push(skip);
    if (data) {
      this.bytes.set(data, this.used);
      this.used += data.length;
    }
  }

  /** Room for a file's bytes (at most SENT_BYTES) without growing the buffer. */
  room(n: number): boolean {
    return this.used + n <= this.bytes.length;
  }

  /** Sends what is held; `rest`: the last part of a chunk the worker stops reading early. */
  flush(rest?: boolean): void {
    if (this.codes.length === 0 && !rest) return;
    const bytes = this.bytes.slice(0, this.used);
    const part: Result = {
      chunk: this.chunk,
      from: this.from,
      codes: Uint8Array.from(this.codes),
      sizes: Int32Array.from(this.sizes),
      bytes,
      skips: this.skips,
      ...(rest ? { rest: true as const } : {}),
    };
    parentPort!.postMessage(part, [bytes.buffer]);
    this.from += this.codes.length;
    this.codes = [];
    this.sizes = [];
    this.skips = [];
    this.used = 0;
  }
}

/** Reads and searches a chunk's files, as the main thread would, and posts what it needs of them. */
class ChunkReader {
  private readonly reader: FileReader;
  private readonly prefilter: Prefilter<Needles>;
  /** Allocated once: a buffer per chunk would pile up in this thread's malloc arena until collected. */
  private readonly held = new Uint8Array(2 * SENT_BYTES);

  constructor(
    maxBytes: number | undefined,
    private readonly search: Search,
  ) {
    // Larger files are left to the main thread (READ_HERE), so this thread's buffer never grows.
    this.reader = new FileReader(Math.min(maxBytes ?? DEFAULT_MAX_BYTES, WORKER_READ), undefined, WORKER_READ);
    this.prefilter = new Prefilter(search.needles);
  }

  /** Reads a chunk, or its first part when `stop()` turns true (checked every few files). */
  read({ chunk, entries }: Open, stop: () => boolean): void {
    const out = new ResultWriter(chunk, this.held);
    for (let k = 0; k < entries.length; k++) {
      if (k % STOP_EVERY === STOP_EVERY - 1 && stop()) return out.flush(true);
      const found = entries[k]!;
      if ('skipped' in found) {
        out.add(SKIPPED);
        continue;
      }
      const path = found.file.path;
      const read = this.reader.read(found.file);
      if ('skipped' in read) {
        if (read.skipped.reason === 'too-large') out.add(READ_HERE);
        else out.add(UNREAD, 0, read.skipped);
        continue;
      }
      const bytes = read.bytes;
      const prefilter = this.prefilter;
      const hits = prefilter.scan(bytes);
      if (!(prefilter.relevant(hits) || this.search.always.test(path) || (this.search.suggestions.test(path) && prefilter.hinted(hits)))) {
        out.add(SIZE, bytes.length);
      } else if (bytes.length > SENT_BYTES) out.add(READ_HERE);
      else {
        if (!out.room(bytes.length)) out.flush();
        out.add(BYTES, bytes.length, undefined, bytes);
      }
    }
    out.flush();
  }
}

/** The whole life of the worker. */
export function runShared(input: SharedInput): void {
  const state = new Int32Array(input.state);
  const port = parentPort!;
  Atomics.store(state, UP, 1);
  // The rest of the walk comes once the main thread has seen that this thread is up.
  while (Atomics.load(state, POSTED) === 0) Atomics.wait(state, POSTED, 0, 50);
  if (Atomics.load(state, POSTED) !== 1) return; // the main thread walked it all itself
  const start = receiveMessageOnPort(port)!.message as SharedStart;
  let reader = start.words ? new ChunkReader(input.walk.maxBytes, start.words) : undefined;
  const walk = new Walker(input.walk).resume(start.rest);
  const open: Open[] = [];
  const pages: Int32Array[] = [];
  let chunks = 0;
  let walking = true;
  /** Claims the newest open chunk beyond `ahead` of the main thread's and reads it; false when there is none. */
  const readNewest = (ahead: number): boolean => {
    if (!reader) {
      const words = receiveMessageOnPort(port)?.message as Search | undefined;
      if (!words) return false;
      reader = new ChunkReader(input.walk.maxBytes, words);
    }
    while (open.length > 0) {
      const top = open[open.length - 1]!;
      if (top.chunk <= Atomics.load(state, FRONT) + ahead) return false;
      open.pop();
      const page = pages[Math.floor(top.chunk / CLAIM_PAGE)]!;
      if (Atomics.compareExchange(page, top.chunk % CLAIM_PAGE, UNCLAIMED, WORKER) !== UNCLAIMED) return false; // the main thread has it, and all below
      reader.read(top, () => walking && Atomics.load(state, FRONT) >= chunks - NEAR);
      return true;
    }
    return false;
  };
  for (;;) {
    if (readNewest(walking ? AHEAD : 0)) continue;
    if (!walking) break;
    if (chunks - Atomics.load(state, FRONT) > LEAD) {
      // Far enough ahead, with nothing to read: wait for the main thread to move on.
      Atomics.wait(state, FRONT, Atomics.load(state, FRONT), 5);
      continue;
    }
    // Walk one chunk and post it.
    const entries: Discovered[] = [];
    for (let next = walk.next(); ; next = walk.next()) {
      if (next.done) {
        walking = false;
        break;
      }
      entries.push(next.value);
      if (entries.length === SHARED_CHUNK) break;
    }
    if (entries.length > 0) {
      const chunk = chunks++;
      const listing: Listing = {
        chunk,
        paths: entries.map((e) => ('skipped' in e ? e.skipped.path : e.file.path)).join('\0'),
        codes: Uint8Array.from(entries, (e) => ('skipped' in e ? SKIPPED : 0)),
        skips: entries.flatMap((e) => ('skipped' in e ? [e.skipped] : [])),
      };
      if (chunk % CLAIM_PAGE === 0) {
        const page = new SharedArrayBuffer(4 * CLAIM_PAGE);
        pages.push(new Int32Array(page));
        listing.claims = page;
      }
      port.postMessage(listing);
      // Chunks the main thread has reached are its own (or were read here): not kept.
      const front = Atomics.load(state, FRONT);
      while (open.length > 0 && open[0]!.chunk <= front) open.shift();
      open.push({ chunk, entries });
    }
    if (!walking) port.postMessage({ chunk: chunks, paths: '', codes: new Uint8Array(0), skips: [], end: chunks } satisfies Listing);
  }
}
