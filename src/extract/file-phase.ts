import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { Discovered, DiscoverOptions, Split, Walker, WalkRest } from '../discover/discover.js';
import { heapKeptSmall, keepHeapSmall } from '../heap-flags.js';
import { FILE_WORKER, POSTED, UP, type Listing, type Result, type Search, type SharedStart, type WorkerInput } from './file-phase-protocol.js';
import { SharedChunks } from './file-phase-shared.js';
import type { SkippedFile } from '../model/source.js';

/**
 * When the file phase takes a second thread (docs/performance.md): the worker (`file-worker.js` beside
 * the bundle) starts once the walk has listed `afterDirs` folders, and takes the rest of the walk when it is
 * up (the main thread walks on until then); each chunk of files it walks is read by whichever thread claims
 * it first (file-phase-protocol.ts, SharedInput). `false`: never.
 */
export type FileWorkerOptions = false | { afterDirs: number; url?: URL };

/**
 * Off unless asked for (`NETCOMPAT_FILE_WORKER_DIRS`); see docs/performance.md.
 */
export const DEFAULT_FILE_WORKER: FileWorkerOptions = false;

/**
 * `NETCOMPAT_FILE_WORKER_DIRS`: `off`, or the folders the walk lists before it starts the worker (`0` is
 * taken as 1: the worker starts at the first folder).
 */
export function fileWorkerFromEnv(env: Readonly<Record<string, string | undefined>>): FileWorkerOptions | undefined {
  const v = env.NETCOMPAT_FILE_WORKER_DIRS;
  if (v === 'off') return false;
  const n = Number(v);
  if (v === undefined || v.trim() === '' || !Number.isInteger(n) || n < 0) return undefined;
  return { afterDirs: n };
}

/** The walk's own options, for the worker thread to walk the same way. */
export function walkOptions(opts: DiscoverOptions): DiscoverOptions {
  return {
    root: opts.root,
    ...(opts.include ? { include: opts.include } : {}),
    ...(opts.exclude ? { exclude: opts.exclude } : {}),
    ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
    ...(opts.within ? { within: opts.within } : {}),
  };
}

/**
 * A file the worker has read: why it was not readable, or its size when nothing in it can matter (no
 * trigger, no ignore marker, no suggestion), or else its bytes for the main thread to go on with.
 */
export type Fetched = { path: string; unread: SkippedFile } | { path: string; size: number } | { path: string; bytes: Uint8Array };

export type PhaseItem = Discovered | Fetched;

/**
 * The main thread's side: starts the worker when the walk has listed `afterDirs` folders, hands it the rest
 * of the walk once it is up, then hands out the chunks of files in walk order (file-phase-shared.ts); when
 * the worker fails, the main thread walks the rest itself. The result is the same either way.
 */
export class FilePhase {
  private worker: Worker | undefined;
  private failed = false;
  readonly split: Split | undefined;
  /** The worker has the walk (the main thread reads through `stream()`). */
  whole = false;
  /** Settles when the worker has stopped (finished, crashed or was never started); tests wait on it. */
  readonly stopped: Promise<void>;
  private stop: () => void = () => {};

  /** The chunks as they come, and the state both threads see. */
  private shared: SharedChunks | undefined;
  private state: Int32Array | undefined;

  /** Where the worker is, and the search words once known (sent with the rest, or after it). */
  private url: URL | undefined;
  private words: Search | undefined;

  /** `walk`: the walk's options (walkOptions); the trigger words follow through `search()`. */
  constructor(
    private readonly walker: Walker,
    private readonly walk: DiscoverOptions,
    options: FileWorkerOptions | undefined,
  ) {
    this.stopped = new Promise((done) => (this.stop = done));
    const chosen = options ?? DEFAULT_FILE_WORKER;
    if (chosen === false) return;
    const url = chosen.url ?? new URL('./file-worker.js', import.meta.url);
    // Run from the sources (tests) there is no bundled worker: the scan stays on one thread.
    if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) return;
    this.url = url;
    this.split = { afterDirs: Math.max(1, chosen.afterDirs), handOff: (rest) => this.share(rest) };
  }

  /**
   * Starts the worker, then hands it the rest of the walk once it is up (undefined until then: this thread
   * walks on, so the worker's start-up costs the walk nothing).
   */
  private share(rest: () => WalkRest): boolean | undefined {
    if (this.failed) return false;
    if (!this.state) {
      const state = new SharedArrayBuffer(12);
      if (!this.start(this.url!, { role: FILE_WORKER, mode: 'shared', walk: this.walk, state, heapFlags: heapKeptSmall() })) return false;
      this.state = new Int32Array(state);
      return undefined;
    }
    if (Atomics.load(this.state, UP) !== 1) return undefined;
    const left = rest();
    const start: SharedStart = { rest: left, ...(this.words ? { words: this.words } : {}) };
    this.shared = new SharedChunks(this.walker, this.state, left);
    this.worker!.postMessage(start);
    Atomics.store(this.state, POSTED, 1);
    Atomics.notify(this.state, POSTED);
    this.whole = true;
    return true;
  }

  private start(url: URL, input: WorkerInput): boolean {
    try {
      // Loaded here, not at start-up: most scans never start a worker (about 1.5 ms of the empty-directory start-up).
      const threads = createRequire(import.meta.url)('node:worker_threads') as { Worker: typeof Worker };
      this.worker = new threads.Worker(url, { workerData: input });
      // Starting a worker puts V8's flags back to their defaults, there and then and again while the thread
      // is set up; the worker sets them once it runs (src/heap-flags.ts).
      if (heapKeptSmall()) {
        keepHeapSmall();
      }
    } catch {
      return false;
    }
    this.worker.on('message', (msg: Listing | Result) => this.shared?.take(msg));
    const fail = () => {
      this.failed = true;
      this.shared?.fail();
      this.stop();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', fail);
    return true;
  }

  /** The worker has started and is up, waiting for the rest of the walk (tests wait on it). */
  workerUp(): boolean {
    return this.state !== undefined && Atomics.load(this.state, UP) === 1;
  }

  /** The trigger words, once the main thread has loaded the extractors (kept until the hand-off). */
  search(words: Search): void {
    if (this.words) return;
    this.words = searchOf(words);
    if (this.shared) this.worker?.postMessage(this.words);
  }

  /**
   * The files of the walk the worker took, in walk order, a chunk at a time; if the worker fails, the rest
   * walked here (the walk's order is fixed, so it goes on after the files taken).
   */
  async *stream(): AsyncGenerator<Iterable<PhaseItem>> {
    if (this.shared) yield* this.shared.stream();
  }

  /** Stops the worker (it may still be walking when the scan ends early). */
  close(): void {
    const w = this.worker;
    this.worker = undefined;
    // Never handed off: the worker waits for the rest of the walk, which will not come.
    if (this.state && Atomics.load(this.state, POSTED) === 0) {
      Atomics.store(this.state, POSTED, 2);
      Atomics.notify(this.state, POSTED);
    }
    if (w) {
      w.removeAllListeners('message');
      void w.terminate();
    }
    this.stop();
  }
}

/** The search words as plain data (an extractor's functions cannot be sent). */
function searchOf({ needles, always, suggestions }: Search): Search {
  return { needles: needles.map((n) => ({ triggers: n.triggers, kinds: n.kinds })), always, suggestions };
}
