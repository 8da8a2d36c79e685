import { writeSync } from 'node:fs';

/** Everything the CLI touches outside itself, so `run` can be tested in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Streamed reports (JSON, SARIF) written to stdout piece by piece; when missing, `stdout` is used.
   * process.stdout keeps every piece written in one synchronous run until the run ends, so a 30 MB report
   * would sit in memory; this writes each piece to the file descriptor at once.
   */
  stdoutPieces?(chunk: string): void;
  /** Relative paths (DIR, --output) resolve against this. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** stdout is a terminal: colour is allowed (unless NO_COLOR is set). */
  isTTY: boolean;
  /** stderr is a terminal: progress is rewritten in place. */
  isErrTTY?: boolean;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of `chunk` to `fd`, waiting out a full non-blocking pipe; a closed reader ends the output. */
function fdWriter(fd: number): (chunk: string) => void {
  let closed = false;
  const attempt = (write: () => number): number | undefined => {
    for (;;) {
      try {
        return write();
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          closed = true;
          return undefined;
        }
        if (code !== 'EAGAIN') throw e;
        Atomics.wait(pause, 0, 0, 2);
      }
    }
  };
  return (chunk) => {
    if (closed) return;
    // A string is written without a Buffer of our own; only a partial write (a full pipe) needs one.
    const first = attempt(() => writeSync(fd, chunk));
    if (first === undefined || first === Buffer.byteLength(chunk, 'utf8')) return;
    const bytes = Buffer.from(chunk, 'utf8');
    for (let done = first; done < bytes.length && !closed;) {
      const n = attempt(() => writeSync(fd, bytes, done, bytes.length - done));
      if (n === undefined) return;
      done += n;
    }
  };
}

export function processIo(): CliIo {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stdoutPieces: fdWriter(1),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    isErrTTY: process.stderr.isTTY === true,
  };
}
