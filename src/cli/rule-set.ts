import { resolve } from 'node:path';
import { loadRunSettings } from '../inputs/run-settings.js';
import { builtInRules } from '../knowledge/rules.js';
import type { Rule } from '../model/rule.js';
import { stringValue, type Values } from './args.js';
import type { CliIo } from './io.js';

/**
 * The rules `rules` and `explain` describe: the built-in ones, plus the config's extra rule files and
 * severity overrides when `--config FILE` is given (read as a scan would, from the current directory).
 */
export async function ruleSet(values: Values, io: CliIo): Promise<Rule[]> {
  const config = stringValue(values, 'config');
  if (config === undefined) return builtInRules();
  return (await loadRunSettings({ root: io.cwd, configPath: resolve(io.cwd, config), baselinePath: false })).rules;
}
