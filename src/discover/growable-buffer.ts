/** What this file uses of WebAssembly.Memory (the project's TypeScript libraries leave WebAssembly out). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
export type WasmMemoryClass = new (descriptor: { initial: number }) => WasmMemory;

const PAGE = 65536;
/** Absent where WebAssembly is turned off (`--jitless`): then a Buffer from malloc, copied as it grows. */
const Memory = (globalThis as { WebAssembly?: { Memory: WasmMemoryClass } }).WebAssembly?.Memory;

/**
 * A byte buffer that grows in place, in memory V8 maps itself (a WebAssembly.Memory), not from malloc.
 * glibc's malloc raises its mmap threshold to the size of any large block freed (up to 32 MiB), and from
 * then on keeps up to twice that of freed memory in each thread's arena: after the file reader let go of a
 * 2 MiB Buffer, the compiler threads' arenas held about 15 MiB more at the 100,000-file scan's peak on
 * Node 24 (docs/performance.md). A resizable ArrayBuffer is mapped by V8 too, but code reading
 * through it ran about 10% slower.
 */
export class GrowableBuffer {
  private readonly memory: WasmMemory | undefined;
  /** The whole buffer (a multiple of 64 KiB with WebAssembly); replaced when it grows. */
  bytes: Buffer;

  /** `memory`: WebAssembly.Memory where the runtime has it (a test passes null for the other way). */
  constructor(initial: number, memory: WasmMemoryClass | null = Memory ?? null) {
    this.memory = memory ? new memory({ initial: Math.ceil(initial / PAGE) }) : undefined;
    this.bytes = this.memory ? Buffer.from(this.memory.buffer) : Buffer.allocUnsafe(initial);
  }

  /** At least `size` bytes, keeping what the buffer holds; a size it cannot reach throws a RangeError. */
  grow(size: number): void {
    if (size <= this.bytes.length) return;
    if (this.memory) {
      this.memory.grow(Math.ceil(size / PAGE) - this.bytes.length / PAGE);
      this.bytes = Buffer.from(this.memory.buffer);
      return;
    }
    const bigger = Buffer.allocUnsafe(size);
    this.bytes.copy(bigger);
    this.bytes = bigger;
  }
}
