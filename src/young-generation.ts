import { keepHeapSmall } from './heap-flags.js';

/**
 * Keeps V8's heap near what a scan holds. A scan keeps what it finds (facts, results) while it allocates
 * many short-lived objects; V8 then grows the young generation to 48 MiB (Node 20) or 192 MiB (Node 24 on a
 * large runner), and lets the old generation double before collecting it: most of the peak memory was
 * heap not yet collected. `--max-semi-space-size` is read only when the heap is set up, so it cannot be
 * given from inside the bundle; these two are read each time the heap would grow: the young generation
 * stays at its initial size, and the old one grows by 10% over what survives. Measured on the 20,000-file
 * benchmark: peak RSS 161 → 118 MiB (Node 20) and 287 → 135 MiB (Node 24), CPU time about 15% more. At
 * 100,000 files, where results take hundreds of MiB, the peak halves (1.2 GiB → 0.7 GiB) for 1.7x the CPU.
 * Node 24 (V8 13) also gets `--memory-saver-mode --no-maglev` (src/heap-flags.ts): its 100,000-file peak went
 * from 141-146 to 122-126 MiB at low load (it varies with the load: marking threads starved of CPU let the
 * heap overshoot) for about 15% more CPU; at 20,000 files 99-108 to 95-98 MiB; an empty scan's grew by
 * 2.4 MiB (TurboFan's code pages, touched where Maglev would have compiled). docs/performance.md has the runs.
 * Both entry points call this once their modules are loaded: dist/cli.js before the run starts,
 * dist/index.js just before its scan (after the API client's modules); the library in tests is unaffected.
 * Not earlier: V8 checks its flags before it uses a compile cache, so every Node built-in module loaded
 * after they change is compiled from its source (Node ships them with a cache made under the default flags).
 * Set at the first line, they cost the Action 35 million instructions of start-up (crypto, child_process,
 * os, @actions/core's imports) and the CLI its streams.
 * What loads before is a few MiB of module code, not a scan's allocations.
 */
export function sizeHeapForScan(): void {
  keepHeapSmall();
}
