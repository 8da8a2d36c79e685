import { resolve } from 'node:path';
import { parseFormat, type Format } from '../inputs/options.js';
import { repositoryRoot } from '../inputs/repository-root.js';
import { UsageError } from '../inputs/usage-error.js';
import type { ScanResult } from '../model/finding.js';
import { type FailOn } from '../model/gate.js';
import { fails, verdictTitle } from '../policy/verdict.js';
import { colours } from '../report/colour.js';
import { writeJsonReport } from '../report/json.js';
import type { Sink } from '../report/json-writer.js';
import { oneLine } from '../report/safe-text.js';
import { sarifOmitted, writeSarifReport } from '../report/sarif.js';
import { writeTextReport } from '../report/text.js';
import { scan } from '../scan.js';
import { parseCommandArgs, stringValue, type OptionSpec } from './args.js';
import { EXIT } from './exit-codes.js';
import { SCAN_HELP } from './help.js';
import type { CliIo } from './io.js';
import { prepareScan, SCAN_INPUT_OPTIONS, type PlaceFrame } from './scan-setup.js';
import { colourWanted, Progress } from './terminal.js';
import { streamOutput } from './write-output.js';

const OPTIONS: OptionSpec = {
  ...SCAN_INPUT_OPTIONS,
  'fail-on': { type: 'string' },
  'fail-if-nothing-checked': { type: 'boolean' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'sarif-undetermined': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'allow-empty': { type: 'boolean' },
};

interface RenderOptions {
  failOn: FailOn;
  color: boolean;
  /** Absolute scan root, for SARIF's repository root. */
  root: string;
  sarifUndetermined: boolean;
}

/**
 * Where each format's places are relative to (the scan is told once): SARIF paths to the repository root
 * (declared in originalUriBaseIds), so code scanning finds the files; JSON to the scanned directory; text
 * to the current directory (clickable `path:line:col`: DIR as typed, then the file).
 */
const PLACES: Record<Format, PlaceFrame> = { sarif: 'repository', json: 'root', text: 'typed' };

/** JSON and SARIF are written as they are produced, so memory does not grow with the findings. */
function stream(format: Exclude<Format, 'text'>, result: ScanResult, o: RenderOptions, sink: Sink): void {
  if (format === 'json') return writeJsonReport(result, { failOn: o.failOn }, sink);
  writeSarifReport(result, sink, { rootDir: repositoryRoot(o.root), undetermined: o.sarifUndetermined });
}

/** Writes the report to --output or stdout, as it is produced (text too: at 100,000 files it was 18 MiB held whole). */
async function emit(format: Format, result: ScanResult, o: RenderOptions, io: CliIo, output: string | undefined): Promise<void> {
  if (format === 'text') {
    const text = (sink: Sink) => writeTextReport(result, { failOn: o.failOn, color: o.color }, sink);
    if (output) streamOutput(resolve(io.cwd, output), output, text);
    else text(io.stdoutPieces ?? io.stdout);
  } else if (output) {
    streamOutput(resolve(io.cwd, output), output, (sink) => stream(format, result, o, sink));
  } else {
    stream(format, result, o, io.stdoutPieces ?? io.stdout);
  }
}

/** Settings problems go to stderr too when the report itself is not text people read on the terminal. */
function diagnosticsToStderr(result: ScanResult, io: CliIo): void {
  for (const d of result.diagnostics ?? []) {
    const at = d.place ? `${d.place.file}:${d.place.line}: ` : '';
    io.stderr(`netcompat: ${d.level}: ${oneLine(at + d.message)}\n`);
  }
}

/** `netcompat scan [DIR]`: validate every flag first (exit 2), then scan, report and gate. */
export async function scanCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('scan', args, OPTIONS);
  if (values.help) {
    io.stdout(SCAN_HELP);
    return EXIT.ok;
  }
  const format = parseFormat(stringValue(values, 'format'));
  const { label, options, failOn } = await prepareScan('scan', values, positionals, io, {
    places: PLACES[format],
    failIfNothingChecked: values['fail-if-nothing-checked'] === true,
  });
  const sarifUndetermined = values['sarif-undetermined'] === true;
  if (sarifUndetermined && format !== 'sarif') throw new UsageError(`--sarif-undetermined only applies with --format sarif (got --format ${format})`);

  const quiet = values.quiet === true;
  const stats = { filesSeen: 0, filesRead: 0, filesParsed: 0, facts: 0 };
  const progress = quiet ? undefined : new Progress(io, oneLine(label), () => stats);
  let result: ScanResult;
  try {
    result = await scan({ ...options, stats, ...(progress ? { onFile: () => progress.tick() } : {}) });
  } finally {
    progress?.done();
  }
  // Fail closed: a scan that read nothing (a wrong DIR or --include) is no pass.
  if (result.stats.filesSeen === 0 && values['allow-empty'] !== true) {
    throw new UsageError(
      `scan: no file to scan in ${JSON.stringify(label)}${options.include ? ' matching --include' : ''}; check DIR and --include, or pass --allow-empty if an empty scan is expected`,
    );
  }
  const output = stringValue(values, 'output');
  const color = format === 'text' && !output && colourWanted(io.env, io.isTTY);
  const o: RenderOptions = { failOn, color, root: options.root, sarifUndetermined };
  if (quiet) {
    // Only the verdict line; a report asked for with --output is still written.
    if (output) await emit(format, result, { ...o, color: false }, io, output);
    io.stdout(`${colours(colourWanted(io.env, io.isTTY)).bold(`Verdict: ${verdictTitle(result, failOn)}`)}\n`);
    return fails(result, failOn) ? EXIT.failed : EXIT.ok;
  }
  await emit(format, result, o, io, output);
  if (output) io.stdout(`netcompat: wrote the ${format} report to ${oneLine(output)}; ${verdictTitle(result, failOn)}\n`);
  if (format !== 'text' || output) diagnosticsToStderr(result, io);
  const omitted = format === 'sarif' ? sarifOmitted(result, { undetermined: sarifUndetermined }) : [];
  if (omitted.length > 0) {
    io.stderr(
      `netcompat: ${omitted.length} result(s) rest only on explicit inputs and have no file to point at; SARIF lists them under invocations[0].toolExecutionNotifications, not results: ${omitted.map((x) => x.ruleId).join(', ')}\n`,
    );
  }
  return fails(result, failOn) ? EXIT.failed : EXIT.ok;
}
