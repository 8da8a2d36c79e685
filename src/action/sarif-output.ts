import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ScanResult } from '../model/finding.js';
import { renderSarif, sarifOmitted } from '../report/sarif.js';

/**
 * Writes the SARIF log for `github/codeql-action/upload-sarif` (the CLI's `--format sarif`, byte for
 * byte; places are already repository-relative). Returns how many results have no file and so sit in
 * the run's notifications rather than its results.
 */
export async function writeSarif(result: ScanResult, file: string): Promise<number> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, renderSarif(result), 'utf8');
  return sarifOmitted(result).length;
}
