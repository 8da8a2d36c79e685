import { resolve } from 'node:path';
import { renderFactsText, writeFactsJson } from '../report/facts-report.js';
import { oneLine } from '../report/safe-text.js';
import { scan } from '../scan.js';
import { parseCommandArgs, stringValue, textOrJson, type OptionSpec } from './args.js';
import { EXIT } from './exit-codes.js';
import { FACTS_HELP } from './help.js';
import type { CliIo } from './io.js';
import { prepareScan, READ_OPTIONS } from './scan-setup.js';
import { streamOutput, writeOutput } from './write-output.js';

// Gating options change which findings count, not the facts: they are not taken.
const OPTIONS: OptionSpec = {
  ...READ_OPTIONS,
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
};

/** `netcompat facts [DIR]`: what the gate sees, per cluster, before any rule is applied. */
export async function factsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('facts', args, OPTIONS);
  if (values.help) {
    io.stdout(FACTS_HELP);
    return EXIT.ok;
  }
  const format = textOrJson(values);
  const { dir, options } = await prepareScan('facts', values, positionals, io, { readBaseline: false });
  const result = await scan({ ...options, rootLabel: dir });
  const output = stringValue(values, 'output');
  // JSON is written as it is produced: a repository's facts in every cluster can be hundreds of megabytes.
  if (format === 'json') {
    if (output) streamOutput(resolve(io.cwd, output), output, (sink) => writeFactsJson(result, sink));
    else writeFactsJson(result, io.stdoutPieces ?? io.stdout);
  } else if (output) await writeOutput(resolve(io.cwd, output), renderFactsText(result), output);
  else io.stdout(renderFactsText(result));
  if (output) io.stdout(`netcompat: wrote the facts to ${oneLine(output)}\n`);
  return EXIT.ok;
}
