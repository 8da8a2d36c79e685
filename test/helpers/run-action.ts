import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DIST_INDEX = new URL('../../dist/index.js', import.meta.url).pathname;

/** For beforeAll: the tests spawn the committed entry point, exactly as the runner starts it (.ci/run checks it matches the sources). */
export function requireActionBundle(): void {
  if (!existsSync(DIST_INDEX)) throw new Error('dist/index.js is missing: run `npm run bundle` first');
}

/** One workflow command the runner would have read from stdout (`::error file=a.yaml,line=3::message`). */
export interface WorkflowCommand {
  command: string;
  props: Record<string, string>;
  message: string;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** The GITHUB_OUTPUT file as written. */
  outputText: string;
  commands: WorkflowCommand[];
  /** error / warning / notice commands only. */
  annotations: WorkflowCommand[];
}

export interface RunOptions {
  workspace: string;
  /** By input name as in action.yml (`fail-on`); set as the runner does (`INPUT_FAIL-ON`). */
  inputs?: Record<string, string>;
  event?: { name: string; payload?: unknown };
  env?: Record<string, string>;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProp(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** Parses stdout as the runner does: a command is a line that starts, after blanks, with `::`. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trimStart();
    const m = line.match(/^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const i = kv.indexOf('=');
      if (i > 0) props[kv.slice(0, i)] = unescapeProp(kv.slice(i + 1));
    }
    out.push({ command: m[1] as string, props, message: unescapeData(m[3] ?? '') });
  }
  return out;
}

/** `name<<delimiter\nvalue\ndelimiter` blocks of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = (lines[i] as string).match(/^([^<=]+)<<(.+)$/);
    if (m) {
      const [, name, delim] = m as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] as string);
      out[name] = value.join('\n');
    } else if ((lines[i] as string).includes('=')) {
      const [name, ...rest] = (lines[i] as string).split('=');
      out[name as string] = rest.join('=');
    }
  }
  return out;
}

/**
 * Spawns the built Action (`node dist/index.js`) with a runner-like environment: INPUT_* variables,
 * GITHUB_WORKSPACE, step summary and output files, the event payload. Asynchronous on purpose: a fake
 * API server in this process must keep answering while the Action runs.
 */
export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'netcompat-action-'));
  const summaryFile = join(dir, 'step-summary.md');
  const outputFile = join(dir, 'output.txt');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_REPOSITORY: 'octo/clusters',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_RUN_ID: '42',
    NETCOMPAT_RETRY_BASE_MS: '1',
    NO_PROXY: '127.0.0.1,localhost',
  };
  if (opts.event) {
    const eventFile = join(dir, 'event.json');
    writeFileSync(eventFile, JSON.stringify(opts.event.payload ?? {}));
    env.GITHUB_EVENT_NAME = opts.event.name;
    env.GITHUB_EVENT_PATH = eventFile;
  }
  for (const [k, v] of Object.entries(opts.inputs ?? {})) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  Object.assign(env, opts.env ?? {});

  const child = spawn(process.execPath, [DIST_INDEX], { env, cwd: opts.workspace, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const commands = parseCommands(stdout);
  const outputText = readFileSync(outputFile, 'utf8');
  return {
    code,
    stdout,
    stderr,
    summary: readFileSync(summaryFile, 'utf8'),
    outputs: parseOutputFile(outputText),
    outputText,
    commands,
    annotations: commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command)),
  };
}
