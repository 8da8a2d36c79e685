import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { Discovered, DiscoverOptions, Split, Walker, WalkRest } from '../discover/discover.js';
import { heapKeptSmall, keepHeapSmall } from '../heap-flags.js';
import {
  BYTES,
  FILE_WORKER,
  MAIN,
  POSTED,
  READ_HERE,
  SIZE,
  SKIPPED,
  UNCLAIMED,
  UP,
  type Batch,
  type Listing,
  type Result,
  type Search,
  type SharedStart,
  type WorkerInput,
} from './file-phase-protocol.js';
import { after, SharedChunks } from './file-phase-shared.js';
import type { SkippedFile } from '../model/source.js';

/**
 * When and how the file phase takes a second thread (README.md, "Benchmark"). Once the walk has listed
 * `afterDirs` folders, it hands what is left of it to a worker (`file-worker.js` beside the bundle), which
 * walks, reads and searches the rest of the tree in walk order and sends the files in chunks: the main
 * thread only parses and extracts from then on. `afterDirs: 0`: the worker walks the whole tree from the
 * start of the read stage. `shared`: the worker starts once the walk has listed `afterDirs` folders, and
 * takes the rest of the walk when it is up (the main thread walks on until then); each chunk of files it
 * walks is read by whichever thread claims it first (file-phase-protocol.ts, SharedInput). `tasks`: the
 * older split, where the folders left become tasks that both threads claim, the worker from the last one
 * back. `false`: never.
 */
export type FileWorkerOptions = false | { afterDirs: number; tasks?: boolean; shared?: boolean; url?: URL };

/**
 * Off unless asked for (`NETCOMPAT_FILE_WORKER_DIRS`); see README.md, "Benchmark".
 */
export const DEFAULT_FILE_WORKER: FileWorkerOptions = false;

/**
 * `NETCOMPAT_FILE_WORKER_DIRS`: `off`, or the folders the walk lists before it hands the rest to the worker
 * (`0`: the worker takes the whole walk from the start); with `NETCOMPAT_FILE_WORKER_TASKS=1`, the split
 * into tasks instead.
 */
export function fileWorkerFromEnv(env: Readonly<Record<string, string | undefined>>): FileWorkerOptions | undefined {
  const v = env.NETCOMPAT_FILE_WORKER_DIRS;
  if (v === 'off') return false;
  const n = Number(v);
  if (v === undefined || v.trim() === '' || !Number.isInteger(n) || n < 0) return undefined;
  if (env.NETCOMPAT_FILE_WORKER_SHARED === '1') return { afterDirs: n, shared: true };
  return env.NETCOMPAT_FILE_WORKER_TASKS === '1' && n >= 1 ? { afterDirs: n, tasks: true } : { afterDirs: n };
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

/** Where one task's files are in the batch that brought them. */
interface Slice {
  batch: Batch & { list?: string[] };
  /** First file, first byte and first skip of the task in the batch. */
  file: number;
  byte: number;
  skip: number;
  files: number;
}

/** What the worker needs besides the tasks: the walk's options and the trigger words. */
export interface PhaseSetup extends Search {
  walk: DiscoverOptions;
}

/**
 * The main thread's side. Tasks: starts the worker when the walk splits, then hands out each task's files
 * in walk order, walking a task itself when it claimed it first or the worker has failed (a crash, a
 * worker file missing). Whole: starts the worker at once and hands out its chunks of files in walk order;
 * when the worker fails, the main thread walks the rest itself. The result is the same either way.
 */
export class FilePhase {
  private worker: Worker | undefined;
  private tasks: readonly string[] = [];
  private claims: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private readonly results = new Map<number, Slice>();
  private waiting: { task: number; done: () => void } | undefined;
  private failed = false;
  /** Whole mode: the number of chunks the worker sent, once its last batch came. */
  private chunks: number | undefined;
  /** Whole mode: turned 1 once the search words were posted to the worker. */
  private ready: Int32Array | undefined;
  readonly split: Split | undefined;
  /** Whole mode: the worker has the walk (the main thread reads through `stream()`). */
  whole = false;
  /** Settles when the worker has stopped (finished, crashed or was never started); tests wait on it. */
  readonly stopped: Promise<void>;
  private stop: () => void = () => {};

  /** Shared mode: the chunks as they come, and the state both threads see. */
  private shared: SharedChunks | undefined;
  private state: Int32Array | undefined;

  /** Whole mode: where the worker is, and the search words once known (sent with the rest, or after it). */
  private url: URL | undefined;
  private words: Search | undefined;
  private rest: WalkRest | undefined;

  /** `setup` without trigger words: whole mode only, the words follow through `search()`. */
  constructor(
    private readonly walker: Walker,
    private readonly setup: PhaseSetup | { walk: DiscoverOptions },
    options: FileWorkerOptions | undefined,
  ) {
    this.stopped = new Promise((done) => (this.stop = done));
    const chosen = options ?? DEFAULT_FILE_WORKER;
    if (chosen === false) return;
    const url = chosen.url ?? new URL('./file-worker.js', import.meta.url);
    // Run from the sources (tests) there is no bundled worker: the scan stays on one thread.
    if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) return;
    if ('needles' in setup) this.words = searchOf(setup);
    if (chosen.tasks) {
      if (!('needles' in setup)) return;
      const search = setup;
      this.split = { afterDirs: chosen.afterDirs, start: (tasks) => this.startTasks(url, search, tasks) };
      return;
    }
    this.url = url;
    if (chosen.shared) this.split = { afterDirs: Math.max(1, chosen.afterDirs), start: () => false, handOff: (rest) => this.share(rest) };
    else if (chosen.afterDirs === 0) this.handOff(undefined);
    else this.split = { afterDirs: chosen.afterDirs, start: () => false, handOff: (rest) => this.handOff(rest()) };
  }

  /** Whole mode: the worker goes on with the walk from `rest` (from the root when undefined). */
  private handOff(rest: WalkRest | undefined): boolean {
    const ready = new SharedArrayBuffer(4);
    const words = this.words;
    const input: WorkerInput = {
      role: FILE_WORKER,
      mode: 'whole',
      walk: this.setup.walk,
      ready,
      heapFlags: heapKeptSmall(),
      ...(rest ? { rest } : {}),
      ...(words ? { words } : {}),
    };
    if (!this.start(this.url!, input)) return false;
    this.whole = true;
    this.rest = rest;
    if (!words) this.ready = new Int32Array(ready);
    return true;
  }

  /**
   * Shared mode: starts the worker, then hands it the rest of the walk once it is up (undefined until
   * then: this thread walks on, so the worker's start-up costs the walk nothing).
   */
  private share(rest: () => WalkRest): boolean | undefined {
    if (this.failed) return false;
    if (!this.state) {
      const state = new SharedArrayBuffer(12);
      if (!this.start(this.url!, { role: FILE_WORKER, mode: 'shared', walk: this.setup.walk, state, heapFlags: heapKeptSmall() })) return false;
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

  private startTasks(url: URL, setup: PhaseSetup, tasks: readonly string[]): boolean {
    if (tasks.length === 0) return false;
    const claims = new SharedArrayBuffer(4 * tasks.length);
    if (!this.start(url, { role: FILE_WORKER, mode: 'tasks', ...setup, tasks, claims, heapFlags: heapKeptSmall() })) return false;
    this.tasks = tasks;
    this.claims = new Int32Array(claims);
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
    this.worker.on('message', (batch: Batch | Listing | Result) => {
      if (this.shared) return this.shared.take(batch as Listing | Result);
      this.batch(batch as Batch);
    });
    const fail = () => {
      this.failed = true;
      this.waiting?.done();
      this.shared?.fail();
      this.stop();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', fail);
    return true;
  }

  /** Tasks and whole mode: a batch of files from the worker. */
  private batch(batch: Batch): void {
    {
      let file = 0;
      let byte = 0;
      let skip = 0;
      for (let k = 0; k < batch.tasks.length; k += 2) {
        const task = batch.tasks[k]!;
        const files = batch.tasks[k + 1]!;
        this.results.set(task, { batch, file, byte, skip, files });
        for (let f = file; f < file + files; f++) {
          const code = batch.codes[f]!;
          if (code === BYTES) byte += batch.sizes[f]!;
          else if (code !== SIZE && code !== READ_HERE) skip++;
        }
        file += files;
        if (this.waiting?.task === task) this.waiting.done();
      }
      if (batch.chunks !== undefined) {
        this.chunks = batch.chunks;
        this.waiting?.done();
      }
    }
  }

  /** Shared mode: the worker has started and is up, waiting for the rest of the walk (tests wait on it). */
  workerUp(): boolean {
    return this.state !== undefined && Atomics.load(this.state, UP) === 1;
  }

  /** Whole mode: the trigger words, once the main thread has loaded the extractors (kept until the hand-off). */
  search(words: Search): void {
    if (this.words) return;
    this.words = searchOf(words);
    if (this.shared) return void this.worker?.postMessage(this.words);
    if (!this.worker || !this.ready) return;
    this.worker.postMessage(this.words);
    Atomics.store(this.ready, 0, 1);
    Atomics.notify(this.ready, 0);
  }

  /** Task `i`'s files in walk order: walked here, or as the worker found them. */
  async task(i: number): Promise<Iterable<PhaseItem>> {
    const path = this.tasks[i]!;
    if (Atomics.compareExchange(this.claims, i, UNCLAIMED, MAIN) === UNCLAIMED) return this.walker.subtree(path);
    if (!this.results.has(i) && !this.failed) await new Promise<void>((done) => (this.waiting = { task: i, done }));
    this.waiting = undefined;
    const slice = this.results.get(i);
    this.results.delete(i);
    return slice ? unpack(slice, this.walker) : this.walker.subtree(path);
  }

  /**
   * Whole mode: the files of the walk the worker took, in walk order, a chunk at a time as it sends them;
   * if the worker fails, the rest walked here (the walk's order is fixed, so it goes on after the files
   * taken).
   */
  async *stream(): AsyncGenerator<Iterable<PhaseItem>> {
    if (this.shared) return yield* this.shared.stream();
    let taken = 0;
    for (let i = 0; ; i++) {
      const pending = () => !this.results.has(i) && !this.failed && (this.chunks === undefined || i < this.chunks);
      if (pending()) await new Promise<void>((done) => (this.waiting = { task: i, done }));
      this.waiting = undefined;
      const slice = this.results.get(i);
      if (slice) {
        this.results.delete(i);
        const items = unpack(slice, this.walker);
        taken += items.length;
        yield items;
        continue;
      }
      if (this.chunks !== undefined && i >= this.chunks) return;
      yield after(this.rest ? this.walker.resume(this.rest) : this.walker.subtree(''), taken);
      return;
    }
  }

  /** Stops the worker (it may still be walking when the scan ends early). */
  close(): void {
    const w = this.worker;
    this.worker = undefined;
    // Shared mode, never handed off: the worker waits for the rest of the walk, which will not come.
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

/** One task's files, unpacked from its batch as the main thread consumes them. */
function unpack({ batch, file, byte, skip, files }: Slice, walker: Walker): PhaseItem[] {
  const list = (batch.list ??= batch.paths.split('\0'));
  const out: PhaseItem[] = [];
  for (let f = file; f < file + files; f++) {
    const path = list[f]!;
    const code = batch.codes[f]!;
    if (code === SIZE) out.push({ path, size: batch.sizes[f]! });
    else if (code === BYTES) {
      const n = batch.sizes[f]!;
      out.push({ path, bytes: batch.bytes.subarray(byte, byte + n) });
      byte += n;
    } else if (code === READ_HERE) out.push({ file: walker.sourceFile(path) });
    else if (code === SKIPPED) out.push({ skipped: batch.skips[skip++]! });
    else out.push({ path, unread: batch.skips[skip++]! });
  }
  return out;
}
