import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

export const REPO = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

/** Runs the CLI in-process from the repository root and collects what it prints. */
export async function runCli(argv: string[], over: Partial<CliIo> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: REPO, env: {}, isTTY: false, ...over };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
