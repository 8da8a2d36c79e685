import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ScanResult } from '../model/finding.js';
import { sarifOmitted, writeSarifReport, type SarifOptions } from '../report/sarif.js';

/**
 * Writes the SARIF log for `github/codeql-action/upload-sarif` (the CLI's `--format sarif`, byte for
 * byte; places are already repository-relative). Returns how many results have no file and so sit in
 * the run's notifications rather than its results.
 */
export async function writeSarif(result: ScanResult, file: string, opts: SarifOptions = {}): Promise<number> {
  mkdirSync(dirname(file), { recursive: true });
  // Streamed into the file: the log is never held whole.
  const fd = openSync(file, 'w');
  try {
    writeSarifReport(result, (chunk) => void writeSync(fd, chunk), opts);
  } finally {
    closeSync(fd);
  }
  return sarifOmitted(result, opts).length;
}
