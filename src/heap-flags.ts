import { setFlagsFromString } from 'node:v8';

/** A V8 flag and the V8 majors (both ends included) that have it and were measured with it. */
export interface HeapFlag {
  flag: string;
  v8: readonly [min: number, max: number];
}

/**
 * What young-generation.ts describes. V8 prints an error for a flag it does not know (it does not throw), so
 * each flag is given only to the V8 majors that have it: 11 is Node 20, 13 is Node 24 (the Action's runtime);
 * test/cli/heap-flags-e2e.test.ts checks them against the running V8's `--v8-options` on both in CI. Any
 * other V8 keeps its default sizing (nothing else depends on these flags).
 */
export const HEAP_FLAGS: readonly HeapFlag[] = [
  { flag: '--semi-space-growth-factor=1', v8: [11, 13] },
  { flag: '--heap-growing-percent=10', v8: [11, 13] },
  // V8 13.6 (Node 24) keeps the pages a collection frees in a pool (3 to 21 MiB at 100,000 files) and grows
  // the old generation by at least 8 MiB at a time; in memory-saver mode it empties the pool at each full
  // collection and grows by 2 MiB. Node 20's V8 11.3 has no such flag (and no pool).
  { flag: '--memory-saver-mode', v8: [13, 13] },
  // V8 13's mid-tier optimizing compiler (Maglev; off in V8 11.3) keeps its own code and metadata for each
  // function it compiles: without it functions go from the baseline tier to TurboFan, as on Node 20.
  { flag: '--no-maglev', v8: [13, 13] },
  // Tier-up for a run of about a second: by default V8 hands each function that turns hot to TurboFan on a
  // background thread, and in a scan most of those compiles finish too late to pay back (at 20,000 files the
  // compiler threads took 0.6 s of CPU on Node 20 and 0.3 s on Node 24, about a third and a fifth of the
  // process). 16 times the default budget (V8 11: bytes of bytecode run; V8 13 without Maglev: calls) still
  // optimises what runs long; the process's CPU fell by about a quarter on Node 20 and a seventh on Node 24,
  // and the peak by a few MiB (docs/performance.md). It replaces the 8x budget Terraform scans got alone.
  { flag: '--interrupt-budget=1081344', v8: [11, 11] },
  { flag: '--invocation-count-for-turbofan=48000', v8: [13, 13] },
];

/** The flags for a V8 major, in one string for `setFlagsFromString`; undefined when it gets none. */
export function heapFlagsFor(v8Major: number): string | undefined {
  const flags = HEAP_FLAGS.filter((f) => v8Major >= f.v8[0] && v8Major <= f.v8[1]).map((f) => f.flag);
  return flags.length > 0 ? flags.join(' ') : undefined;
}

const FLAGS = heapFlagsFor(Number(process.versions.v8.split('.')[0]));

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
