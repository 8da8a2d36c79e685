import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, readSync } from 'node:fs';
import type { SkippedFile, SourceFile } from '../model/source.js';
import { DEFAULT_MAX_BYTES } from './discover.js';
import { GrowableBuffer } from './growable-buffer.js';
import { ReadOpener } from './read-opener.js';

/** Bytes of a readable text file; valid only until the next read (the buffer is reused). */
export type ReadBytes = { bytes: Buffer } | { skipped: SkippedFile };

const FIRST_BUFFER = 1 << 20;
/** Binary files show a NUL early; the check looks this far, as editors and git do. */
const BINARY_PROBE = 8192;

/**
 * Reads files synchronously into one reused buffer: on a checked-out repository a read takes
 * microseconds, less than a trip to the thread pool, and a 20,000-file walk allocates no per-file
 * buffers. The size is asked for only when a file fills the buffer; the cap is checked on every read.
 * The buffer grows in place and is not taken from malloc (growable-buffer.ts says why). Files are opened
 * without updating their access time where allowed (read-opener.ts).
 */
export class FileReader {
  private readonly buf: GrowableBuffer;

  /** `first`: the buffer's first size (it grows to the cap for a larger file). */
  constructor(
    private readonly maxBytes: number = DEFAULT_MAX_BYTES,
    private readonly opener: ReadOpener = new ReadOpener(),
    first = FIRST_BUFFER,
  ) {
    this.buf = new GrowableBuffer(first);
  }

  read(f: SourceFile): ReadBytes {
    let fd: number;
    try {
      fd = this.opener.fd(f.abs);
    } catch (e) {
      return { skipped: { path: f.path, reason: 'unreadable', detail: (e as Error).message } };
    }
    try {
      return this.readOpen(f, fd);
    } catch (e) {
      return { skipped: { path: f.path, reason: 'unreadable', detail: (e as Error).message } };
    } finally {
      closeSync(fd);
    }
  }

  private readOpen(f: SourceFile, fd: number): ReadBytes {
    let total = 0;
    let buf = this.buf.bytes;
    for (;;) {
      if (total === buf.length) {
        const size = fstatSync(fd).size;
        if (size > this.maxBytes) return this.tooLarge(f, size);
        this.buf.grow(Math.min(Math.max(buf.length * 2, size + 1), this.maxBytes + 1));
        buf = this.buf.bytes;
      }
      const want = buf.length - total;
      const n = readSync(fd, buf, total, want, null);
      total += n;
      if (total > this.maxBytes) return this.tooLarge(f, Math.max(total, fstatSync(fd).size));
      // A regular file (all the walk lists; readWithin checks) reads short only at its end: no second call
      // to see 0 bytes (a syscall per file, about 5% of the file phase at 20,000 files).
      if (n < want) break;
    }
    if (total === 0) return { skipped: { path: f.path, reason: 'empty', detail: 'empty file', quiet: true } };
    const bytes = buf.subarray(0, total);
    if (bytes.subarray(0, BINARY_PROBE).includes(0)) return { skipped: { path: f.path, reason: 'binary', detail: 'contains NUL bytes' } };
    if (!isUtf8(bytes)) return { skipped: { path: f.path, reason: 'not-utf8', detail: 'not valid UTF-8 text' } };
    return { bytes };
  }

  private tooLarge(f: SourceFile, size: number): ReadBytes {
    return { skipped: { path: f.path, reason: 'too-large', detail: `${size} bytes is over the ${this.maxBytes}-byte limit` } };
  }
}

const utf8 = new TextDecoder('utf-8');
/** For the pieces after the first: a U+FEFF there is text, not a byte-order mark. */
const utf8Inner = new TextDecoder('utf-8', { ignoreBOM: true });
/**
 * Node makes a text of over about 1 MB an external string held in malloc'd memory, which raises malloc's
 * threshold when it is freed (see FileReader); pieces of this size are V8 strings on its own heap.
 */
const PIECE = 256 * 1024;

/** The text of bytes the reader accepted (valid UTF-8; a byte-order mark is dropped). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length <= PIECE) return utf8.decode(bytes);
  let text = '';
  for (let start = 0; start < bytes.length;) {
    let end = Math.min(start + PIECE, bytes.length);
    // Never inside a character: back up over continuation bytes (10xxxxxx) to the next one's first byte.
    while (end < bytes.length && ((bytes[end] as number) & 0xc0) === 0x80) end--;
    text += (start === 0 ? utf8 : utf8Inner).decode(bytes.subarray(start, end));
    start = end;
  }
  return text;
}
