import type { CliIo } from './io.js';
import { groupDigits } from '../report/plural.js';

/**
 * Colour on the terminal: FORCE_COLOR wins (GitHub's log renders ANSI although stdout is no terminal;
 * FORCE_COLOR=0 or false turns colour off), then NO_COLOR (any value) and TERM=dumb turn it off, else
 * colour when stdout is a terminal. Node's own rules, so one setting serves both.
 */
export function colourWanted(env: CliIo['env'], isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

/** A scan shorter than this prints no progress at all. */
const PROGRESS_AFTER_MS = 1000;
/** On a terminal the line is rewritten at most this often. */
const REDRAW_MS = 250;

export interface ProgressCounts {
  filesSeen: number;
  filesParsed: number;
}

/**
 * One progress line on stderr for a scan that takes more than a second: on a terminal it is rewritten in
 * place ("scanning clusters… 17,657 files seen, 1,204 parsed"); in a CI log (no terminal) it is written once
 * when the second has passed and once with the final counts. Never on stdout, so reports stay clean. The
 * scan is one synchronous pass, so the clock is read on each file (`tick`) rather than by a timer.
 * NETCOMPAT_PROGRESS_AFTER_MS changes the delay (tests use 0).
 */
export class Progress {
  private readonly start = Date.now();
  private readonly after: number;
  private readonly tty: boolean;
  private shown = false;
  private drawn = 0;

  constructor(
    private readonly io: CliIo,
    private readonly what: string,
    private readonly counts: () => ProgressCounts,
    private readonly now: () => number = Date.now,
  ) {
    this.tty = io.isErrTTY === true && io.env.TERM !== 'dumb';
    const after = Number(io.env.NETCOMPAT_PROGRESS_AFTER_MS ?? PROGRESS_AFTER_MS);
    this.after = Number.isFinite(after) && after >= 0 ? after : PROGRESS_AFTER_MS;
  }

  private line(): string {
    const c = this.counts();
    return `netcompat: scanning ${this.what}… ${groupDigits(c.filesSeen)} files seen, ${groupDigits(c.filesParsed)} parsed`;
  }

  /** After each file: the first line once the delay has passed, then (on a terminal) redraws. */
  tick(): void {
    const t = this.now();
    if (!this.shown) {
      if (t - this.start < this.after) return;
      this.shown = true;
      this.drawn = t;
      this.io.stderr(this.tty ? `\r${this.line()}` : `${this.line()}\n`);
      return;
    }
    if (this.tty && t - this.drawn >= REDRAW_MS) {
      this.drawn = t;
      this.io.stderr(`\r\u001b[K${this.line()}`);
    }
  }

  /** When a line was shown, ends it with the final counts. */
  done(): void {
    if (!this.shown) return;
    const c = this.counts();
    const final = `netcompat: scanned ${this.what}: ${groupDigits(c.filesSeen)} files seen, ${groupDigits(c.filesParsed)} parsed`;
    this.io.stderr(this.tty ? `\r\u001b[K${final}\n` : `${final}\n`);
  }
}
