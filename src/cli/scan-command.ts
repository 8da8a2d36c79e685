import { resolve } from 'node:path';
import { parseFormat, type Format } from '../inputs/options.js';
import type { ScanResult } from '../model/finding.js';
import { fails } from '../policy/verdict.js';
import { writeJsonReport } from '../report/json.js';
import type { Sink } from '../report/json-writer.js';
import { oneLine } from '../report/safe-text.js';
import { sarifOmitted, writeSarifReport } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { verdictTitle } from '../report/verdict.js';
import { scan } from '../scan.js';
import { parseCommandArgs, stringValue, type OptionSpec } from './args.js';
import { EXIT } from './exit-codes.js';
import { SCAN_HELP } from './help.js';
import type { CliIo } from './io.js';
import { prepareScan, SCAN_INPUT_OPTIONS } from './scan-setup.js';
import { streamOutput, writeOutput } from './write-output.js';
import { type FailOn } from '../model/gate.js';

const OPTIONS: OptionSpec = {
  ...SCAN_INPUT_OPTIONS,
  'fail-on': { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
};

/** JSON and SARIF are written as they are produced, so memory does not grow with the findings. */
function stream(format: Exclude<Format, 'text'>, result: ScanResult, failOn: FailOn, sink: Sink): void {
  if (format === 'json') writeJsonReport(result, { failOn }, sink);
  else writeSarifReport(result, sink);
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
  const { dir, options, failOn } = await prepareScan('scan', values, positionals, io);

  const result = await scan(options);
  // Reports show the directory as the user typed it, not this machine's absolute path.
  result.root = dir;

  const output = stringValue(values, 'output');
  const color = format === 'text' && !output && io.isTTY && !io.env.NO_COLOR;
  if (format === 'text') {
    const report = renderText(result, { failOn, color });
    if (output) await writeOutput(resolve(io.cwd, output), report, output);
    else io.stdout(report);
  } else if (output) {
    streamOutput(resolve(io.cwd, output), output, (sink) => stream(format, result, failOn, sink));
  } else {
    stream(format, result, failOn, io.stdout);
  }
  if (output) io.stdout(`netcompat: wrote the ${format} report to ${oneLine(output)}; ${verdictTitle(result, failOn)}\n`);
  if (format !== 'text' || output) diagnosticsToStderr(result, io);
  const omitted = format === 'sarif' ? sarifOmitted(result) : [];
  if (omitted.length > 0) {
    io.stderr(`netcompat: ${omitted.length} result(s) rest only on explicit inputs and have no file to point at; SARIF lists them under invocations[0].toolExecutionNotifications, not results: ${omitted.map((x) => x.ruleId).join(', ')}\n`);
  }
  return fails(result, failOn) ? EXIT.failed : EXIT.ok;
}
