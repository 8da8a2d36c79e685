import { writeFileSafely, writeSafelySync } from '../inputs/safe-write.js';
import { UsageError } from '../inputs/usage-error.js';

/**
 * Writes a report file, creating its folder: never through a symbolic link, atomically (temporary file
 * and rename). A path that cannot be written is a usage error (exit 2).
 */
export async function writeOutput(abs: string, text: string, shown: string): Promise<void> {
  try {
    await writeFileSafely(abs, text);
  } catch (e) {
    throw new UsageError(`output: cannot write ${JSON.stringify(shown)}: ${(e as Error).message}`);
  }
}

/**
 * Streams a report into a file as it is produced (reports/json-writer.ts), creating its folder; the same
 * usage error as writeOutput when the path cannot be written.
 */
export function streamOutput(abs: string, shown: string, produce: (sink: (chunk: string) => void) => void): void {
  try {
    writeSafelySync(abs, produce);
  } catch (e) {
    throw new UsageError(`output: cannot write ${JSON.stringify(shown)}: ${(e as Error).message}`);
  }
}
