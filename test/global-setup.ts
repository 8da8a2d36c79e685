import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary folder a test makes (os.tmpdir() reads TMPDIR, which the test workers inherit) lands
 * in one folder for the run, removed at the end: no test can leak temp folders onto the machine.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'netcompat-test-run-'));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
