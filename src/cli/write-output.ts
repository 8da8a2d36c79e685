import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UsageError } from '../inputs/usage-error.js';

/** Writes a report file, creating its folder; a path that cannot be written is a usage error (exit 2). */
export async function writeOutput(abs: string, text: string, shown: string): Promise<void> {
  try {
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, text, 'utf8');
  } catch (e) {
    throw new UsageError(`output: cannot write ${JSON.stringify(shown)}: ${(e as Error).message}`);
  }
}

/**
 * Streams a report into a file as it is produced (reports/json-writer.ts), creating its folder; the same
 * usage error as writeOutput when the path cannot be written.
 */
export function streamOutput(abs: string, shown: string, produce: (sink: (chunk: string) => void) => void): void {
  let fd: number;
  try {
    mkdirSync(dirname(abs), { recursive: true });
    fd = openSync(abs, 'w');
  } catch (e) {
    throw new UsageError(`output: cannot write ${JSON.stringify(shown)}: ${(e as Error).message}`);
  }
  try {
    produce((chunk) => {
      writeSync(fd, chunk);
    });
  } catch (e) {
    throw new UsageError(`output: cannot write ${JSON.stringify(shown)}: ${(e as Error).message}`);
  } finally {
    closeSync(fd);
  }
}
