import { UsageError } from '../inputs/usage-error.js';
import type { Rule } from '../model/rule.js';
import { stableStringify } from '../report/stable-json.js';
import { parseCommandArgs, textOrJson, type OptionSpec } from './args.js';
import { EXIT } from './exit-codes.js';
import { RULES_HELP } from './help.js';
import type { CliIo } from './io.js';
import { ruleSet } from './rule-set.js';

const OPTIONS: OptionSpec = { format: { type: 'string' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } };

export function rulesTable(rules: readonly Rule[]): string {
  const rows = [['ID', 'SEVERITY', 'COMPONENT', 'TITLE'], ...rules.map((r) => [r.id, r.severity, r.component, r.title])];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row) => row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  '));
  return `${lines.join('\n')}\n\n${rules.length} rules; \`netcompat explain RULE-ID\` shows one in full.\n`;
}

/** `netcompat rules`: the rule database as a table, or as JSON for scripts. */
export async function rulesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('rules', args, OPTIONS);
  if (values.help) {
    io.stdout(RULES_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(`rules: takes no arguments, got ${JSON.stringify(positionals[0])}; to see one rule, run \`netcompat explain ${positionals[0]}\``);
  const format = textOrJson(values);
  const rules = await ruleSet(values, io);
  io.stdout(format === 'json' ? stableStringify(rules) : rulesTable(rules));
  return EXIT.ok;
}
