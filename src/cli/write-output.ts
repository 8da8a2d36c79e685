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
