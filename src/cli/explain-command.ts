import { ruleFacts } from '../evaluate/rule-facts.js';
import { UsageError } from '../inputs/usage-error.js';
import { factInfo } from '../knowledge/facts.js';
import type { Rule } from '../model/rule.js';
import { conditionLines } from '../report/condition-text.js';
import { didYouMean, parseCommandArgs, type OptionSpec } from './args.js';
import { EXIT } from './exit-codes.js';
import { EXPLAIN_HELP } from './help.js';
import type { CliIo } from './io.js';
import { ruleSet } from './rule-set.js';

const OPTIONS: OptionSpec = { config: { type: 'string' }, help: { type: 'boolean', short: 'h' } };
const WIDTH = 100;

/** Greedy word wrap for prose fields; long words (URLs) stay whole. */
export function wrap(text: string, indent: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

const bullets = (items: readonly string[]) => items.flatMap((t) => wrap(t, '    ').map((l, i) => (i === 0 ? `  - ${l.trimStart()}` : l)));

/** A rule in full, for people deciding whether a finding applies to them. */
export function explainRule(rule: Rule): string {
  const facts = ruleFacts(rule).names;
  const out = [
    `${rule.id}: ${rule.title}`,
    `severity ${rule.severity}, component ${rule.component}`,
    ...(rule.security ? [`security issue${rule.cve?.length ? `: ${rule.cve.join(', ')}` : ''}`] : []),
    '',
    'Symptom',
    ...wrap(rule.symptom, '  '),
    '',
    'Fires when',
    ...conditionLines(rule.when, '  '),
  ];
  if (rule.unless?.length) {
    out.push(
      '',
      'Unless any of these holds (a fact the repository does not give counts as false here)',
      ...rule.unless.flatMap((c) => conditionLines(c, '    ').map((l, i) => (i === 0 ? `  - ${l.slice(4)}` : l))),
    );
  }
  out.push('', 'Fix', ...wrap(rule.fix, '  '), '', 'References', ...rule.references.map((r) => `  - ${r}`));
  if (rule.helpUri) out.push(`  more: ${rule.helpUri}`);
  if (rule.notes?.length) out.push('', 'Notes', ...bullets(rule.notes));
  if (rule.seedErrors?.length) out.push('', 'Where the original page was wrong', ...bullets(rule.seedErrors));
  out.push(
    '',
    'Facts it reads, and how to give them',
    ...facts.flatMap((f) => wrap(`${f} (${factInfo(f).label}): ${factInfo(f).hint}`, '    ').map((l, i) => (i === 0 ? `  ${l.trimStart()}` : l))),
  );
  return `${out.join('\n')}\n`;
}

/** `netcompat explain RULE-ID...`: every id is checked before anything is printed. */
export async function explainCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('explain', args, OPTIONS);
  if (values.help) {
    io.stdout(EXPLAIN_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('explain: give a rule id, e.g. `netcompat explain KP-IPVS-CONN-REUSE`; `netcompat rules` lists them');
  const rules = await ruleSet(values, io);
  const ids = rules.map((r) => r.id);
  const chosen = positionals.map((p) => {
    const rule = rules.find((r) => r.id.toLowerCase() === p.trim().toLowerCase());
    if (!rule) throw new UsageError(`explain: unknown rule ${JSON.stringify(p)}.${didYouMean(p, ids)} Known rules: ${ids.join(', ')}`);
    return rule;
  });
  io.stdout(chosen.map(explainRule).join('\n'));
  return EXIT.ok;
}
