import { parse } from 'yaml';
import type { Rule } from '../model/rule.js';
import { isKernelBuildRange } from './kernel-build.js';
import { KnowledgeError } from './knowledge-error.js';
import { unsafePattern } from './safe-pattern.js';
import { validateAgainst } from './validate.js';

// A user's rule file (config `rules:`): YAML, checked by the rule schema's validator. Its own module, apart
// from the built-in rules (rules.ts), so a scan without extra rules never loads the YAML parser for it.

/** Parses and validates one rule file; `file` is only for messages. */
export function parseRule(text: string, file: string): Rule {
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 100 });
  } catch (e) {
    throw new KnowledgeError(file, `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  validateAgainst('rule.schema.json', data, file);
  const rule = data as Rule;
  for (const r of rangesOf(rule)) {
    if (r.kind === 'matches') {
      const shown = JSON.stringify(r.value.length > 80 ? `${r.value.slice(0, 80)}…` : r.value);
      const unsafe = unsafePattern(r.value);
      if (unsafe) throw new KnowledgeError(file, `regular expression ${shown} is refused: ${unsafe}`);
      try {
        new RegExp(r.value);
      } catch {
        throw new KnowledgeError(file, `invalid regular expression ${shown}`);
      }
    }
    if (r.kind === 'kernelBuild' && !isKernelBuildRange(r.value)) {
      throw new KnowledgeError(
        file,
        `invalid kernelBuild range ${JSON.stringify(r.value)}: use comparators such as "<4.18.0-193" or ">=4.18.0-193 <4.18.0-240"`,
      );
    }
  }
  return rule;
}

function* rangesOf(rule: Rule): Generator<{ kind: string; value: string }> {
  const stack: unknown[] = [rule.when, ...(rule.unless ?? [])];
  while (stack.length) {
    const c = stack.pop() as Record<string, unknown>;
    if (Array.isArray(c.all)) stack.push(...c.all);
    else if (Array.isArray(c.any)) stack.push(...c.any);
    else if (c.not) stack.push(c.not);
    else if (typeof c.matches === 'string') yield { kind: 'matches', value: c.matches };
    else if (typeof c.kernelBuild === 'string') yield { kind: 'kernelBuild', value: c.kernelBuild };
  }
}
