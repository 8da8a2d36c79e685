import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Discovered, DiscoverOptions, Split, Walker } from '../discover/discover.js';
import { heapKeptSmall, keepHeapSmall } from '../heap-flags.js';
import { MAIN, UNCLAIMED, type Fetched, type TaskResult, type WorkerInput } from './file-phase-protocol.js';
import type { Needles } from './prefilter.js';

/**
 * When and how the file phase takes a second thread (README.md, "Benchmark"): once the walk has listed
 * `afterDirs` folders, the folders it has not entered become tasks; a worker (`file-worker.js` beside the
 * bundle) walks, reads and searches them from the last one back while the main thread goes on from the
 * front, so both cores work and each task is done once. `false`: never.
 */
export type FileWorkerOptions = false | { afterDirs: number; url?: URL };

/** Folders listed before a worker is worth its start-up (about 30 ms of the other core); small trees never start one. */
export const DEFAULT_WORKER_AFTER_DIRS = 256;

/** `NETCOMPAT_FILE_WORKER_DIRS`: `off`, or the folders listed before the worker starts (tests and measurements). */
export function fileWorkerFromEnv(env: Readonly<Record<string, string | undefined>>): FileWorkerOptions | undefined {
  const v = env.NETCOMPAT_FILE_WORKER_DIRS;
  if (v === 'off') return false;
  const n = Number(v);
  return v !== undefined && v !== '' && Number.isInteger(n) && n >= 1 ? { afterDirs: n } : undefined;
}

export type PhaseItem = Discovered | Fetched;

/** What the worker needs besides the tasks: the walk's options and the trigger words. */
export interface PhaseSetup {
  walk: DiscoverOptions;
  needles: readonly Needles[];
  always: RegExp;
  suggestions: RegExp;
}

/**
 * The main thread's side: starts the worker when the walk splits, then hands out each task's files in
 * walk order, walking a task itself when it claimed it first or the worker has failed (a crash, a worker
 * file missing): the result is the same either way, only slower.
 */
export class FilePhase {
  private worker: Worker | undefined;
  private tasks: readonly string[] = [];
  private claims: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private readonly results = new Map<number, TaskResult>();
  private waiting: { task: number; done: () => void } | undefined;
  private failed = false;
  readonly split: Split | undefined;
  /** Settles when the worker has stopped (finished, crashed or was never started); tests wait on it. */
  readonly stopped: Promise<void>;
  private stop: () => void = () => {};

  constructor(
    private readonly walker: Walker,
    private readonly setup: PhaseSetup,
    options: FileWorkerOptions | undefined,
  ) {
    this.stopped = new Promise((done) => (this.stop = done));
    const chosen = options ?? { afterDirs: DEFAULT_WORKER_AFTER_DIRS };
    if (chosen === false) return;
    const url = chosen.url ?? new URL('./file-worker.js', import.meta.url);
    // Run from the sources (tests) there is no bundled worker: the scan stays on one thread.
    if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) return;
    this.split = { afterDirs: chosen.afterDirs, start: (tasks) => this.start(url, tasks) };
  }

  private start(url: URL, tasks: readonly string[]): boolean {
    if (tasks.length === 0) return false;
    const claims = new SharedArrayBuffer(4 * tasks.length);
    const started = new SharedArrayBuffer(4);
    const input: WorkerInput = { ...this.setup, tasks, claims, heapFlags: heapKeptSmall(), started };
    try {
      this.worker = new Worker(url, { workerData: input });
      // Starting a worker puts V8's flags back to their defaults, there and then and again while the thread
      // is set up; the worker sets them once it runs (src/heap-flags.ts).
      if (heapKeptSmall()) {
        keepHeapSmall();
      }
    } catch {
      return false;
    }
    this.tasks = tasks;
    this.claims = new Int32Array(claims);
    this.worker.on('message', (r: TaskResult) => {
      this.results.set(r.task, r);
      if (this.waiting?.task === r.task) this.waiting.done();
    });
    const fail = () => {
      this.failed = true;
      this.waiting?.done();
      this.stop();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', fail);
    return true;
  }

  /** Task `i`'s files in walk order: walked here, or as the worker found them. */
  async task(i: number): Promise<Iterable<PhaseItem>> {
    const path = this.tasks[i]!;
    if (Atomics.compareExchange(this.claims, i, UNCLAIMED, MAIN) === UNCLAIMED) return this.walker.subtree(path);
    if (!this.results.has(i) && !this.failed) await new Promise<void>((done) => (this.waiting = { task: i, done }));
    this.waiting = undefined;
    const result = this.results.get(i);
    this.results.delete(i);
    return result ? result.items : this.walker.subtree(path);
  }

  /** Stops the worker (it may still be walking when the scan ends early). */
  close(): void {
    const w = this.worker;
    this.worker = undefined;
    if (w) {
      w.removeAllListeners('message');
      void w.terminate();
    }
    this.stop();
  }
}
