import { createRequire } from 'node:module';
import type * as Util from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { badValue, UsageError } from '../inputs/usage-error.js';
import { closest } from '../inputs/suggest.js';

// Only parseArgs is read of node:util: taking the module whole (as an ES module, or a bundle's copy of its
// exports) also loads Node's diff, worker-thread and trace helpers, about 2 ms of every start-up.
const { parseArgs } = createRequire(import.meta.url)('node:util') as typeof Util;

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * node:util parseArgs in strict mode, with its errors turned into UsageErrors (exit 2) that name the
 * bad option, suggest the closest one and point at the command's --help.
 */
export function parseCommandArgs(command: string, args: readonly string[], options: OptionSpec): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
    return { values: values as Values, positionals };
  } catch (e) {
    const err = e as Error & { code?: string };
    const help = ` Run \`netcompat ${command} --help\` for the options.`;
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const flag = /'([^']+)'/.exec(err.message)?.[1] ?? '';
      const known = Object.keys(options).map((o) => `--${o}`);
      throw new UsageError(`${command}: unknown option ${JSON.stringify(flag)}.${didYouMean(flag.replace(/=.*/, ''), known)}${help}`);
    }
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`${command}: ${err.message.split('\n')[0]}.${help}`);
    throw new UsageError(`${command}: ${err.message}${help}`);
  }
}

/** " Did you mean --fail-on?" when the word is a likely typo of a candidate, else "". */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const c = closest(word, candidates);
  return c ? ` Did you mean ${c}?` : '';
}

export function stringValue(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function listValue(values: Values, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
}

const TEXT_OR_JSON = ['text', 'json'] as const;

/** `--format text|json` of the commands without SARIF (rules, facts); text by default. */
export function textOrJson(values: Values): (typeof TEXT_OR_JSON)[number] {
  const given = stringValue(values, 'format');
  const format = (given ?? 'text').trim().toLowerCase();
  if (format !== 'text' && format !== 'json') throw badValue('format', given ?? '', TEXT_OR_JSON);
  return format;
}
