import { CANDIDATE_BYTES } from './candidates.js';
import { endsKind, KIND_WINDOW, writtenAsKind } from './kind-anchor.js';
import type { Extractor } from './types.js';

/** The `# netcompat-ignore` directive marker, found in the same pass as the triggers. */
export const IGNORE_MARKER = 'netcompat-ignore';

/** Where triggers occur in one file: needle ids and byte offsets, reused between files. */
export interface Hits {
  /** Number of (needle, offset) pairs. */
  count: number;
  needle: Int32Array;
  at: Int32Array;
  /** Per needle id: 1 when it occurred at least once. */
  seen: Uint8Array;
}

interface Word {
  bytes: Uint8Array;
  /** Needle id when the word is a plain trigger somewhere. */
  plain: number;
  /** Needle id when the word is a kind (counts only where written as a kind's value). */
  kind: number;
}

/** What the search needs of an extractor: the file phase's worker thread gets only these, as data. */
export interface Needles {
  readonly triggers: readonly string[];
  readonly kinds?: readonly string[] | undefined;
  readonly paths?: RegExp | undefined;
  readonly alwaysPaths?: RegExp | undefined;
}

const HASH_BITS = 16;
const GOLDEN = 0x9e3779b1 | 0;

/**
 * Every extractor's triggers (and the ignore marker) searched in one pass over a file's raw bytes: a
 * table keyed by a hash of each word's first four bytes, checked on a hit. Files that contain none are
 * never decoded to text. ASCII words match UTF-8 bytes exactly as they match the decoded string.
 */
export class Prefilter<E extends Needles = Extractor> {
  private readonly needles: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly words: Word[] = [];
  private readonly table = new Uint16Array(1 << HASH_BITS);
  private readonly buckets: Word[][] = [[]];
  /** Words shorter than the hash key, found with indexOf instead. */
  private readonly short: Word[] = [];
  /** Needle ids per extractor (triggers and kinds). */
  private readonly byExtractor = new Map<E, number[]>();
  readonly ignore: number;
  /** Needle ids of the version-suggestion hints (candidates.ts), and which needles are nothing else. */
  private readonly hints: number[];
  private readonly hintOnly: Uint8Array;
  private hits: Hits = { count: 0, needle: new Int32Array(256), at: new Int32Array(256), seen: new Uint8Array(0) };

  /** Paths some extractor reads whatever the text holds (`Needles.alwaysPaths`), as one expression; none for most scans. */
  private readonly always: RegExp | undefined;

  constructor(private readonly extractors: readonly E[]) {
    const always = extractors.flatMap((e) => (e.alwaysPaths ? [`(?:${e.alwaysPaths.source})`] : []));
    this.always = always.length ? new RegExp(always.join('|')) : undefined;
    const byWord = new Map<string, Word>();
    const needle = (word: string, kind: boolean): number => {
      const key = `${kind ? 'k' : 't'}:${word}`;
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.needles.length;
        this.needles.push(key);
        this.ids.set(key, id);
        let w = byWord.get(word);
        if (!w) {
          w = { bytes: Buffer.from(word, 'latin1'), plain: -1, kind: -1 };
          byWord.set(word, w);
          this.words.push(w);
        }
        if (kind) w.kind = id;
        else w.plain = id;
      }
      return id;
    };
    for (const e of extractors) {
      this.byExtractor.set(e, [...e.triggers.map((t) => needle(t, false)), ...(e.kinds ?? []).map((k) => needle(k, true))]);
    }
    this.ignore = needle(IGNORE_MARKER, false);
    const before = this.needles.length;
    this.hints = CANDIDATE_BYTES.map((w) => needle(w, false));
    this.hintOnly = new Uint8Array(this.needles.length);
    for (let id = before; id < this.needles.length; id++) this.hintOnly[id] = 1;
    for (const w of this.words) {
      if (w.bytes.length < 4) {
        this.short.push(w);
        continue;
      }
      const b = w.bytes;
      const h = hash(b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24));
      let slot = this.table[h]!;
      if (slot === 0) {
        slot = this.buckets.length;
        this.buckets.push([]);
        this.table[h] = slot;
      }
      this.buckets[slot]!.push(w);
    }
    this.hits.seen = new Uint8Array(this.needles.length);
  }

  /** Finds every trigger in `bytes` (one pass); the result is reused by the next call. */
  scan(bytes: Buffer): Hits {
    const hits = this.hits;
    hits.count = 0;
    hits.seen.fill(0);
    const n = bytes.length;
    const table = this.table;
    if (n >= 4) {
      // v holds bytes i..i+3 little-endian; primed so the first shift completes bytes 0..3.
      let v = (bytes[0]! << 8) | (bytes[1]! << 16) | (bytes[2]! << 24);
      const last = n - 4;
      for (let i = 0; i <= last; i++) {
        v = (v >>> 8) | (bytes[i + 3]! << 24);
        const slot = table[hash(v)]!;
        if (slot !== 0) this.verify(bytes, i, this.buckets[slot]!);
      }
    }
    for (const w of this.short) {
      for (let at = bytes.indexOf(w.bytes); at !== -1; at = bytes.indexOf(w.bytes, at + 1)) this.record(bytes, w, at);
    }
    return hits;
  }

  private verify(bytes: Buffer, i: number, bucket: Word[]): void {
    for (const w of bucket) {
      const b = w.bytes;
      if (i + b.length > bytes.length) continue;
      let j = 0;
      while (j < b.length && bytes[i + j] === b[j]) j++;
      if (j === b.length) this.record(bytes, w, i);
    }
  }

  private record(bytes: Buffer, w: Word, at: number): void {
    if (w.plain >= 0) this.push(w.plain, at);
    if (w.kind >= 0 && endsKind(bytes[at + w.bytes.length]) && writtenAsKind(bytes.toString('latin1', Math.max(0, at - KIND_WINDOW), at)))
      this.push(w.kind, at);
  }

  private push(id: number, at: number): void {
    const h = this.hits;
    if (h.count === h.needle.length) {
      const needle = new Int32Array(h.count * 2);
      const pos = new Int32Array(h.count * 2);
      needle.set(h.needle);
      pos.set(h.at);
      h.needle = needle;
      h.at = pos;
    }
    h.needle[h.count] = id;
    h.at[h.count] = at;
    h.count++;
    h.seen[id] = 1;
  }

  /** Whether a trigger, a kind or the ignore marker occurred (a version-suggestion hint alone does not count). */
  relevant(hits: Hits): boolean {
    for (let k = 0; k < hits.count; k++) if (this.hintOnly[hits.needle[k]!] === 0) return true;
    return false;
  }

  /** Whether the file may hold a version suggestion (`mayHoldCandidates`, from this pass). */
  hinted(hits: Hits): boolean {
    return this.hints.some((id) => hits.seen[id] === 1);
  }

  /** Whether some extractor reads this file whatever it holds (`alwaysPaths`). */
  alwaysFor(path: string): boolean {
    return this.always !== undefined && this.always.test(path);
  }

  /** Extractors whose path filter accepts the file and one of whose triggers occurred (or which read it always), in registry order. */
  triggered(path: string, hits: Hits): E[] {
    const out: E[] = [];
    const always = this.alwaysFor(path);
    if (hits.count === 0 && !always) return out;
    for (const e of this.extractors) {
      if (e.paths && !e.paths.test(path)) continue;
      if ((always && e.alwaysPaths?.test(path)) || (hits.count > 0 && this.byExtractor.get(e)!.some((id) => hits.seen[id] === 1))) out.push(e);
    }
    return out;
  }

  /** Byte offsets where a trigger of one of `extractors` occurred, ascending. */
  offsetsOf(extractors: readonly E[], hits: Hits): number[] {
    const wanted = new Set<number>();
    for (const e of extractors) for (const id of this.byExtractor.get(e) ?? []) wanted.add(id);
    const out: number[] = [];
    for (let k = 0; k < hits.count; k++) if (wanted.has(hits.needle[k]!)) out.push(hits.at[k]!);
    return out.sort((a, b) => a - b);
  }
}

function hash(v: number): number {
  return Math.imul(v, GOLDEN) >>> (32 - HASH_BITS);
}
