import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { explicitFacts, parseFailOn, parseFormat, type FailOn, type Format } from '../inputs/options.js';
import { UsageError } from '../inputs/usage-error.js';
import type { ScanResult } from '../model/finding.js';
import { fails } from '../policy/verdict.js';
import { renderJson } from '../report/json.js';
import { oneLine } from '../report/safe-text.js';
import { renderSarif, sarifOmitted } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { verdictTitle } from '../report/verdict.js';
import { scan } from '../scan.js';
import { listValue, parseCommandArgs, stringValue, type OptionSpec } from './args.js';
import { EXIT } from './exit-codes.js';
import { SCAN_HELP } from './help.js';
import type { CliIo } from './io.js';
import { writeOutput } from './write-output.js';

const OPTIONS: OptionSpec = {
  'kubernetes-version': { type: 'string' },
  'kube-proxy-mode': { type: 'string' },
  'calico-version': { type: 'string' },
  'node-os': { type: 'string' },
  'kernel-version': { type: 'string' },
  fact: { type: 'string', multiple: true },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
};

async function checkDirectory(abs: string, shown: string): Promise<void> {
  const st = await stat(abs).catch(() => undefined);
  if (!st) throw new UsageError(`scan: directory ${JSON.stringify(shown)} does not exist`);
  if (!st.isDirectory()) throw new UsageError(`scan: ${JSON.stringify(shown)} is not a directory; give the directory that holds the cluster configs`);
}

function render(format: Format, result: ScanResult, failOn: FailOn, color: boolean): string {
  if (format === 'json') return renderJson(result, { failOn });
  if (format === 'sarif') return renderSarif(result);
  return renderText(result, { failOn, color });
}

/** `netcompat scan [DIR]`: validate every flag first (exit 2), then scan, report and gate. */
export async function scanCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('scan', args, OPTIONS);
  if (values.help) {
    io.stdout(SCAN_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) {
    throw new UsageError(`scan: takes one directory, got ${positionals.length} (${positionals.map((p) => JSON.stringify(p)).join(', ')}); quote a glob or use --include`);
  }
  const failOn = parseFailOn(stringValue(values, 'fail-on'));
  const format = parseFormat(stringValue(values, 'format'));
  const explicit = explicitFacts({
    'kubernetes-version': stringValue(values, 'kubernetes-version'),
    'kube-proxy-mode': stringValue(values, 'kube-proxy-mode'),
    'calico-version': stringValue(values, 'calico-version'),
    'node-os': stringValue(values, 'node-os'),
    'kernel-version': stringValue(values, 'kernel-version'),
    facts: listValue(values, 'fact'),
  });
  const dir = positionals[0] ?? '.';
  const root = resolve(io.cwd, dir);
  await checkDirectory(root, dir);
  const include = listValue(values, 'include');
  const exclude = listValue(values, 'exclude');

  const result = await scan({ root, explicit, ...(include.length ? { include } : {}), exclude });
  // Reports show the directory as the user typed it, not this machine's absolute path.
  result.root = dir;

  const output = stringValue(values, 'output');
  const color = format === 'text' && !output && io.isTTY && !io.env.NO_COLOR;
  const report = render(format, result, failOn, color);
  if (output) {
    await writeOutput(resolve(io.cwd, output), report, output);
    io.stdout(`netcompat: wrote the ${format} report to ${oneLine(output)}; ${verdictTitle(result, failOn)}\n`);
  } else {
    io.stdout(report);
  }
  const omitted = format === 'sarif' ? sarifOmitted(result) : [];
  if (omitted.length > 0) {
    io.stderr(`netcompat: ${omitted.length} result(s) rest only on explicit inputs and have no file to point at; SARIF lists them under invocations[0].toolExecutionNotifications, not results: ${omitted.map((x) => x.ruleId).join(', ')}\n`);
  }
  return fails(result, failOn) ? EXIT.failed : EXIT.ok;
}
