import { realpathSync } from 'node:fs';
import type { ScanResult } from '../model/finding.js';
import { writeSafelySync } from '../inputs/safe-write.js';
import { sarifOmitted, writeSarifReport, type SarifOptions } from '../report/sarif.js';

/**
 * Writes the SARIF log for `github/codeql-action/upload-sarif` (the CLI's `--format sarif`, byte for
 * byte; places are already repository-relative), inside the workspace, never through a symbolic link,
 * atomically. Returns how many results have no file and so sit in the run's notifications.
 */
export function writeSarif(result: ScanResult, file: string, workspace: string, opts: SarifOptions = {}): number {
  // Streamed into a temporary file, then renamed: the log is never held whole.
  writeSafelySync(file, (sink) => writeSarifReport(result, sink, opts), realpathSync(workspace));
  return sarifOmitted(result, opts).length;
}
