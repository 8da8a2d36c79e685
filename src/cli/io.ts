/** Everything the CLI touches outside itself, so `run` can be tested in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Relative paths (DIR, --output) resolve against this. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** stdout is a terminal: colour is allowed (unless NO_COLOR is set). */
  isTTY: boolean;
  /** stderr is a terminal: progress is rewritten in place. */
  isErrTTY?: boolean;
}

export function processIo(): CliIo {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    isErrTTY: process.stderr.isTTY === true,
  };
}
