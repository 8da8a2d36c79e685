import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ClusterContext } from '../../src/context/types.js';
import { isFactName, type Fact, type FactName } from '../../src/model/fact.js';

/**
 * Rule cases are data: test/fixtures/rules/<rule-id>.yaml holds {rule, cases: [{name, facts, expect,
 * missing?, message?, findings?}]}. A fact value is a string, a list of strings (several values of one
 * fact) or {value, unresolved: true} (a placeholder). Values must be quoted strings: YAML reads 5.10 as 5.1.
 */
export type Expect = 'fire' | 'silent' | 'undetermined';

export interface RuleCase {
  name: string;
  facts: Fact[];
  expect: Expect;
  missing?: FactName[];
  message?: string;
  findings?: number;
  /** Undetermined cases: text the undetermined message must contain (an UNVERIFIED note, a range). */
  says?: string;
}

export interface CaseFile {
  file: string;
  rule: string;
  cases: RuleCase[];
}

export const CASES_DIR = new URL('../fixtures/rules/', import.meta.url).pathname;

export function explicitFact(name: FactName, value: string, unresolved = false): Fact {
  const f: Fact = { name, value, origin: 'explicit', source: `input:${name}` };
  if (unresolved) f.unresolved = true;
  return f;
}

export function contextOf(facts: Fact[], name = 'test'): ClusterContext {
  return { name, formedBy: 'test case', facts, overridden: [] };
}

function fail(file: string, where: string, why: string): never {
  throw new Error(`${file}: ${where}: ${why}`);
}

function factsOf(file: string, where: string, raw: unknown): Fact[] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail(file, where, 'facts must be a mapping');
  const out: Fact[] = [];
  for (const [name, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!isFactName(name)) fail(file, where, `unknown fact ${name}`);
    const values = Array.isArray(v) ? v : [v];
    for (const one of values) {
      if (typeof one === 'string') out.push(explicitFact(name, one));
      else if (one && typeof one === 'object' && typeof (one as { value?: unknown }).value === 'string') {
        out.push(explicitFact(name, (one as { value: string }).value, (one as { unresolved?: boolean }).unresolved === true));
      } else fail(file, where, `${name}: value ${JSON.stringify(one)} must be a quoted string`);
    }
  }
  return out;
}

export function loadCaseFile(file: string): CaseFile {
  const data = parse(readFileSync(join(CASES_DIR, file), 'utf8')) as { rule?: unknown; cases?: unknown };
  if (typeof data?.rule !== 'string') fail(file, 'top', 'missing rule id');
  if (!Array.isArray(data.cases) || data.cases.length === 0) fail(file, 'top', 'missing cases');
  const cases = data.cases.map((c: Record<string, unknown>, i: number): RuleCase => {
    const where = `case ${i + 1}`;
    if (typeof c.name !== 'string') fail(file, where, 'missing name');
    if (c.expect !== 'fire' && c.expect !== 'silent' && c.expect !== 'undetermined') fail(file, c.name, 'expect must be fire, silent or undetermined');
    const rc: RuleCase = { name: c.name, facts: factsOf(file, c.name, c.facts), expect: c.expect };
    if (c.expect === 'undetermined') {
      if (!Array.isArray(c.missing) || c.missing.length === 0) fail(file, c.name, 'undetermined cases must list the missing facts');
      for (const m of c.missing) if (typeof m !== 'string' || !isFactName(m)) fail(file, c.name, `unknown missing fact ${String(m)}`);
      rc.missing = c.missing as FactName[];
    } else if (c.missing !== undefined) fail(file, c.name, 'missing is only for undetermined cases');
    if (c.message !== undefined) {
      if (c.expect !== 'fire' || typeof c.message !== 'string') fail(file, c.name, 'message is a string, only for fire cases');
      rc.message = c.message;
    }
    if (c.says !== undefined) {
      if (c.expect !== 'undetermined' || typeof c.says !== 'string') fail(file, c.name, 'says is a string, only for undetermined cases');
      rc.says = c.says;
    }
    if (c.findings !== undefined) {
      if (c.expect !== 'fire' || typeof c.findings !== 'number') fail(file, c.name, 'findings is a count, only for fire cases');
      rc.findings = c.findings;
    }
    return rc;
  });
  return { file, rule: data.rule, cases };
}

export function allCaseFiles(): CaseFile[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map(loadCaseFile);
}
