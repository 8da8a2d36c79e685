import type { CliIo } from './io.js';

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
const TICK_MS = 250;

export interface ProgressCounts {
  filesSeen: number;
  filesParsed: number;
}

/**
 * One progress line on stderr for a scan that takes more than a second: on a terminal it is rewritten in
 * place ("scanning… 17,657 files seen, 1,204 parsed"); in a CI log (no terminal) it is written once when the
 * second has passed and once with the final counts. Never on stdout, so reports stay clean.
 * NETCOMPAT_PROGRESS_AFTER_MS changes the delay (tests use 0).
 */
export class Progress {
  private timer: NodeJS.Timeout | undefined;
  private shown = false;
  private readonly tty: boolean;

  constructor(
    private readonly io: CliIo,
    private readonly what: string,
    private readonly counts: () => ProgressCounts,
  ) {
    this.tty = io.isErrTTY === true && io.env.TERM !== 'dumb';
    const after = Number(io.env.NETCOMPAT_PROGRESS_AFTER_MS ?? PROGRESS_AFTER_MS);
    this.timer = setTimeout(() => this.first(), Number.isFinite(after) && after >= 0 ? after : PROGRESS_AFTER_MS);
    this.timer.unref();
  }

  private line(): string {
    const c = this.counts();
    return `netcompat: scanning ${this.what}… ${c.filesSeen.toLocaleString('en-US')} files seen, ${c.filesParsed.toLocaleString('en-US')} parsed`;
  }

  private first(): void {
    this.shown = true;
    if (!this.tty) {
      this.io.stderr(`${this.line()}\n`);
      this.timer = undefined;
      return;
    }
    this.io.stderr(`\r${this.line()}`);
    this.timer = setInterval(() => this.io.stderr(`\r\u001b[K${this.line()}`), TICK_MS);
    this.timer.unref();
  }

  /** Stops updating; when a line was shown, ends it with the final counts. */
  done(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.shown) return;
    const c = this.counts();
    const final = `netcompat: scanned ${this.what}: ${c.filesSeen.toLocaleString('en-US')} files seen, ${c.filesParsed.toLocaleString('en-US')} parsed`;
    this.io.stderr(this.tty ? `\r\u001b[K${final}\n` : `${final}\n`);
  }
}
