import { resolve } from 'node:path';
import { makeBaseline } from '../policy/baseline.js';
import { oneLine } from '../report/safe-text.js';
import { stableStringify } from '../report/stable-json.js';
import { scan } from '../scan.js';
import { parseCommandArgs, stringValue, type OptionSpec } from './args.js';
import { EXIT } from './exit-codes.js';
import { BASELINE_HELP } from './help.js';
import type { CliIo } from './io.js';
import { prepareScan, READ_OPTIONS } from './scan-setup.js';
import { writeOutput } from './write-output.js';

// An existing baseline, PR scoping and fail-on do not change what the baseline records: they are not taken.
const OPTIONS: OptionSpec = {
  ...READ_OPTIONS,
  output: { type: 'string', short: 'o' },
};

/** `netcompat baseline [DIR]`: the fingerprints of today's findings, for `--baseline` / input `baseline`. */
export async function baselineCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('baseline', args, OPTIONS);
  if (values.help) {
    io.stdout(BASELINE_HELP);
    return EXIT.ok;
  }
  // The config file may name the baseline being written (`> .netcompat-baseline.json` empties it first).
  const { options } = await prepareScan('baseline', values, positionals, io, { readBaseline: false });
  const result = await scan(options);
  const baseline = makeBaseline(result.findings);
  const text = stableStringify(baseline);
  const output = stringValue(values, 'output');
  if (output) {
    await writeOutput(resolve(io.cwd, output), text, output);
    io.stderr(`netcompat: wrote ${baseline.findings.length} finding fingerprint(s) to ${oneLine(output)}\n`);
  } else io.stdout(text);
  return EXIT.ok;
}
