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
    if (!this.texts && !HEX.test(p)) this.texts = [...this];
    if (this.texts) {
      this.texts.push(p);
      return;
    }
    if ((this.count + 1) * BYTES > this.bytes.length) {
      const grown = Buffer.alloc(this.bytes.length * 2);
      this.bytes.copy(grown);
      this.bytes = grown;
    }
    this.bytes.write(p, this.count * BYTES, BYTES, 'hex');
    this.count++;
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
