import type { Walker, WalkRest } from '../discover/discover.js';
import { BYTES, CLAIM_PAGE, FRONT, MAIN, READ_HERE, SIZE, SKIPPED, UNCLAIMED, UNREAD, type Listing, type Result } from './file-phase-protocol.js';
import type { PhaseItem } from './file-phase.js';

/**
 * The main thread's side of the shared file phase (file-phase-protocol.ts, SharedInput): the chunks the
 * worker walked, in walk order, each read here when this thread claims it first, else as the worker read
 * it. A chunk the worker claimed and did not finish (it died) is read here; after the last chunk that came,
 * the rest of the walk is walked here.
 */
export class SharedChunks {
  private readonly lists = new Map<number, Listing>();
  private readonly parts = new Map<number, Result[]>();
  private readonly got = new Map<number, number>();
  /** Chunks the worker stopped reading part-way: the rest is read here. */
  private readonly stopped = new Set<number>();
  private readonly pages: Int32Array[] = [];
  private end: number | undefined;
  private failed = false;
  private wake: (() => void) | undefined;

  constructor(
    private readonly walker: Walker,
    private readonly state: Int32Array,
    private readonly rest: WalkRest,
  ) {}

  /** A message from the worker: a chunk of the walk, or part of a chunk it read. */
  take(msg: Listing | Result): void {
    if ('from' in msg) {
      const list = this.parts.get(msg.chunk);
      if (list) list.push(msg);
      else this.parts.set(msg.chunk, [msg]);
      this.got.set(msg.chunk, (this.got.get(msg.chunk) ?? 0) + msg.codes.length);
      if (msg.rest) this.stopped.add(msg.chunk);
    } else if (msg.end !== undefined) this.end = msg.end;
    else {
      if (msg.claims) this.pages[msg.chunk / CLAIM_PAGE] = new Int32Array(msg.claims);
      this.lists.set(msg.chunk, msg);
    }
    this.wake?.();
  }

  /** The worker stopped (finished, crashed or terminated). */
  fail(): void {
    this.failed = true;
    this.wake?.();
  }

  private next(): Promise<void> {
    return new Promise((done) => (this.wake = done));
  }

  /** Every file of the walk the worker took, a chunk at a time, in walk order. */
  async *stream(): AsyncGenerator<Iterable<PhaseItem>> {
    let taken = 0;
    for (let i = 0; ; i++) {
      while (!this.lists.has(i) && (this.end === undefined || i < this.end) && !this.failed) await this.next();
      const list = this.lists.get(i);
      if (!list) {
        if (this.end !== undefined && i >= this.end) return;
        // The worker stopped before it had walked the tree: the rest of the walk, walked here.
        yield after(this.walker.resume(this.rest), taken);
        return;
      }
      this.lists.delete(i);
      const n = list.codes.length;
      taken += n;
      Atomics.store(this.state, FRONT, i);
      Atomics.notify(this.state, FRONT);
      const page = this.pages[Math.floor(i / CLAIM_PAGE)]!;
      if (Atomics.compareExchange(page, i % CLAIM_PAGE, UNCLAIMED, MAIN) === UNCLAIMED) {
        yield listed(list, this.walker);
        continue;
      }
      while ((this.got.get(i) ?? 0) < n && !this.stopped.has(i) && !this.failed) await this.next();
      const parts = this.parts.get(i);
      this.parts.delete(i);
      const got = this.got.get(i) ?? 0;
      // The worker's part, then the rest read here: all of it when the worker stopped without saying so (died).
      yield parts && (got === n || this.stopped.has(i)) ? [...read(list, parts, this.walker), ...listed(list, this.walker, got)] : listed(list, this.walker);
      this.got.delete(i);
      this.stopped.delete(i);
    }
  }
}

/** What a walk yields after its first `n` items. */
export function* after<T>(items: Iterable<T>, n: number): Generator<T> {
  let k = 0;
  for (const item of items) if (k++ >= n) yield item;
}

/** A chunk as the walk gave it, from entry `from` on, for this thread to read. */
function listed(list: Listing, walker: Walker, from = 0): PhaseItem[] {
  const paths = list.paths.split('\0');
  const out: PhaseItem[] = [];
  let s = 0;
  for (let k = 0; k < paths.length; k++) {
    const skip = list.codes[k] === SKIPPED;
    if (k >= from) out.push(skip ? { skipped: list.skips[s]! } : { file: walker.sourceFile(paths[k]!) });
    if (skip) s++;
  }
  return out;
}

/** A chunk as the worker read it. */
function read(list: Listing, parts: readonly Result[], walker: Walker): PhaseItem[] {
  const paths = list.paths.split('\0');
  const out: PhaseItem[] = [];
  let walkSkip = 0;
  for (const part of parts) {
    let byte = 0;
    let skip = 0;
    for (let j = 0; j < part.codes.length; j++) {
      const path = paths[part.from + j]!;
      const code = part.codes[j]!;
      if (code === SIZE) out.push({ path, size: part.sizes[j]! });
      else if (code === BYTES) {
        const n = part.sizes[j]!;
        out.push({ path, bytes: part.bytes.subarray(byte, byte + n) });
        byte += n;
      } else if (code === READ_HERE) out.push({ file: walker.sourceFile(path) });
      else if (code === UNREAD) out.push({ path, unread: part.skips[skip++]! });
      else out.push({ skipped: list.skips[walkSkip++]! });
    }
  }
  return out;
}
