import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const CLI = join(REPO, 'dist/cli.js');
export const FIX = join(REPO, 'test/fixtures/issue5');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the built CLI as a user would (run `npm run bundle` after changing src/). */
export function cli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
  delete env.NO_COLOR;
  if (!opts.env?.NETCOMPAT_TODAY) delete env.NETCOMPAT_TODAY;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? REPO, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function requireBundle(): void {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first');
}

/** A fixture copied to a fresh temporary directory, for tests that edit files. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `netcompat-issue5-${name}-`));
  cpSync(join(FIX, name), dir, { recursive: true });
  return dir;
}

/** git with a fixed identity and no user or system configuration, for building test repositories. */
export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync(
    'git',
    ['-c', 'user.name=netcompat-test', '-c', 'user.email=test@netcompat.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    },
  );
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}
