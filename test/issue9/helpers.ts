import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, requireBundle, type CliRun } from '../issue5/cli.js';

export { cli, requireBundle, type CliRun };
export const FIX9 = new URL('../fixtures/issue9/', import.meta.url).pathname;

/** Scans a fixture of test/fixtures/issue9 with the built CLI; JSON parsed when asked for. */
export function scanFixture(name: string, extra: string[] = []): CliRun {
  return cli(['scan', join(FIX9, name), ...extra]);
}

export interface JsonReport {
  findings: {
    ruleId: string;
    context: string;
    message: string;
    severity: string;
    primary?: { file: string; line: number; column: number };
    evidence: { name: string; value: string; origin: string }[];
  }[];
  undetermined: {
    ruleId: string;
    context: string;
    message: string;
    primary?: { file: string; line: number; column: number };
    missing: { fact: string; hint: string }[];
  }[];
  contexts: {
    name: string;
    formedBy: string;
    facts: { name: string; value: string; origin: string; candidates?: string[]; note?: string; place?: { file: string; line: number } }[];
  }[];
  excluded?: { path: string; reason: string; include: string; facts: number }[];
  skipped: { path: string; reason: string; detail: string }[];
  diagnostics?: { level: string; message: string; place?: { file: string; line: number } }[];
  verdict: { fails: boolean; line: string; nothingChecked?: { reason: string } };
  candidates?: { place: { file: string; line: number; column: number }; key: string; value: string; fact: string; message: string }[];
}

export function scanJson(name: string, extra: string[] = []): { run: CliRun; report: JsonReport } {
  const run = scanFixture(name, ['--format', 'json', ...extra]);
  return { run, report: JSON.parse(run.stdout) as JsonReport };
}

/** A fixture copied to a fresh temporary directory, for tests that add a config file. */
export function copyFixture9(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `netcompat-issue9-${name}-`));
  cpSync(join(FIX9, name), dir, { recursive: true });
  return dir;
}
