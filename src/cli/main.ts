import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../inputs/usage-error.js';
import { KnowledgeError } from '../knowledge/knowledge-error.js';
import { VERSION } from '../version.js';
import { didYouMean } from './args.js';
import { EXIT } from './exit-codes.js';
import { baselineCommand } from './baseline-command.js';
import { explainCommand } from './explain-command.js';
import { factsCommand } from './facts-command.js';
import { MAIN_HELP } from './help.js';
import type { CliIo } from './io.js';
import { rulesCommand } from './rules-command.js';
import { scanCommand } from './scan-command.js';

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => Promise<number>> = {
  scan: scanCommand,
  baseline: baselineCommand,
  facts: factsCommand,
  rules: rulesCommand,
  explain: explainCommand,
};

function unknownCommand(word: string, io: CliIo): UsageError {
  if (word.startsWith('-'))
    return new UsageError(
      `unknown option ${JSON.stringify(word)} before a command; options go after it, e.g. \`netcompat scan DIR ${word} ...\`. Run \`netcompat --help\`.`,
    );
  const isDir = existsSync(resolve(io.cwd, word));
  const hint = isDir ? ` To scan that directory, run \`netcompat scan ${word}\`.` : didYouMean(word, Object.keys(COMMANDS));
  return new UsageError(`unknown command ${JSON.stringify(word)}.${hint} Commands: ${Object.keys(COMMANDS).join(', ')}; run \`netcompat --help\`.`);
}

/** The CLI, in-process: returns the exit code instead of exiting (see exit-codes.ts). */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.stderr(MAIN_HELP);
      return EXIT.usage;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      io.stdout(MAIN_HELP);
      return EXIT.ok;
    }
    if (first === '--version' || first === '-V') {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    const command = COMMANDS[first];
    if (!command) throw unknownCommand(first, io);
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof KnowledgeError) {
      io.stderr(`netcompat: ${e.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`netcompat: internal error, please report it: ${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT.internal;
  }
}
