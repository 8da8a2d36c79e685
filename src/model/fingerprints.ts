const BYTES = 16;
const HEX = /^[0-9a-f]{32}$/;

/**
 * The fingerprints of a result that stands for several clusters or Services (`RuleResult.fingerprints`),
 * in order, each once as added. A fingerprint made by `fingerprint()` (32 hex digits) is held as its 16
 * bytes in one buffer: as strings, the 190,000 of a 100,000-file monorepo (one per cluster and Service)
 * took 10 MiB until the report was written. Any other text (a result made by hand) is held as it is.
 */
export class Fingerprints implements Iterable<string> {
  private bytes = Buffer.alloc(BYTES * 4);
  private count = 0;
  private texts: string[] | undefined;

  constructor(prints: Iterable<string> = []) {
    for (const p of prints) this.push(p);
  }

  get length(): number {
    return this.texts ? this.texts.length : this.count;
  }

  push(p: string): void {
    if (!this.texts) {
      this.reserve(this.count + 1);
      // Parsed here, not by Buffer#write (its encoding lookup and a test of the text cost more than the
      // parse, for each of a cluster's thousands of fingerprints as the results are merged).
      if (writeHex(this.bytes, this.count * BYTES, p)) {
        this.count++;
        return;
      }
      this.texts = [...this];
    }
    this.texts.push(p);
  }

  /** Every fingerprint of `other` after these, in order: as bytes when both hold bytes, never through text. */
  pushAll(other: Fingerprints): void {
    if (this.texts || other.texts) {
      for (const p of other) this.push(p);
      return;
    }
    this.reserve(this.count + other.count);
    other.bytes.copy(this.bytes, this.count * BYTES, 0, other.count * BYTES);
    this.count += other.count;
  }

  /** Room for `count` fingerprints as bytes, at least doubling what there is. */
  private reserve(count: number): void {
    const need = count * BYTES;
    if (need <= this.bytes.length) return;
    const grown = Buffer.alloc(Math.max(need, this.bytes.length * 2));
    this.bytes.copy(grown);
    this.bytes = grown;
  }

  includes(print: string): boolean {
    if (this.texts) return this.texts.includes(print);
    if (!HEX.test(print)) return false;
    const want = Buffer.from(print, 'hex');
    for (let i = 0; i < this.count; i++) if (want.equals(this.bytes.subarray(i * BYTES, (i + 1) * BYTES))) return true;
    return false;
  }

  at(i: number): string | undefined {
    if (this.texts) return this.texts[i];
    return i >= 0 && i < this.count ? this.bytes.toString('hex', i * BYTES, (i + 1) * BYTES) : undefined;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!;
  }

  /** Drops the room kept for more (once no more are added). */
  trim(): void {
    if (!this.texts && this.bytes.length > this.count * BYTES) this.bytes = Buffer.from(this.bytes.subarray(0, this.count * BYTES));
  }

  /** As JSON (JSON.stringify, test assertions): the list of texts. */
  toJSON(): string[] {
    return [...this];
  }
}

/** Writes 32 lower-case hex digits as 16 bytes at `at`; false (the bytes are then not in use) for any other text. */
function writeHex(into: Buffer, at: number, p: string): boolean {
  if (p.length !== BYTES * 2) return false;
  for (let i = 0; i < BYTES; i++) {
    const hi = nibble(p.charCodeAt(2 * i));
    const lo = nibble(p.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) return false;
    into[at + i] = (hi << 4) | lo;
  }
  return true;
}

/** A lower-case hex digit's value, -1 for anything else (fingerprint() makes lower case only). */
function nibble(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}
