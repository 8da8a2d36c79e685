/**
 * Issue 15 items 2 and 3: nothing outside the workspace is read or written. Every hostile layout is built
 * here in a temporary folder: symbolic links out, absolute and `..` entries, /dev/zero, a FIFO, a secret
 * file whose contents must never be quoted.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/cli/write-output.js';
import { loadSettings } from '../../src/inputs/load-settings.js';
import { writeFileSafely } from '../../src/inputs/safe-write.js';

const SECRET = 'root:x:0:0:TOPSECRET-CONTENTS';

function layout(): { ws: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'netcompat-confine-'));
  const ws = join(base, 'ws');
  const outside = join(base, 'outside');
  mkdirSync(ws);
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.json'), SECRET);
  writeFileSync(join(outside, 'netcompat.yaml'), 'fail-on: none\n');
  return { ws, outside };
}

async function usageError(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (e) {
    const m = (e as Error).message;
    expect((e as Error).name).toBe('UsageError');
    expect(m).not.toContain('TOPSECRET');
    return m;
  }
  throw new Error('expected a UsageError');
}

describe('settings files stay inside', async () => {
  it('config baseline: an absolute path, .. and a symlink out are refused without quoting the file', async () => {
    const { ws, outside } = layout();
    writeFileSync(join(ws, '.netcompat.yaml'), `baseline: ${join(outside, 'secret.json')}\n`);
    expect(await usageError(() => loadSettings({ root: ws }))).toMatch(/baseline entry ".*secret\.json" must be a relative path/);
    writeFileSync(join(ws, '.netcompat.yaml'), 'baseline: ../outside/secret.json\n');
    expect(await usageError(() => loadSettings({ root: ws }))).toMatch(/no leading \/ and no \.\./);
    symlinkSync(join(outside, 'secret.json'), join(ws, 'baseline.json'));
    writeFileSync(join(ws, '.netcompat.yaml'), 'baseline: baseline.json\n');
    expect(await usageError(() => loadSettings({ root: ws }))).toMatch(/baseline file .*baseline\.json resolves outside the config file's folder/);
  });

  it('a baseline that is /dev/zero or a FIFO is refused at once, not read', async () => {
    const { ws } = layout();
    symlinkSync('/dev/zero', join(ws, 'zero.json'));
    writeFileSync(join(ws, '.netcompat.yaml'), 'baseline: zero.json\n');
    // /dev/zero resolves outside; given explicitly (a CLI flag may name any file) it is no regular file.
    expect(await usageError(() => loadSettings({ root: ws }))).toMatch(/resolves outside/);
    expect(await usageError(() => loadSettings({ root: ws, baselinePath: '/dev/zero' }))).toMatch(/not a regular file/);
    execFileSync('mkfifo', [join(ws, 'fifo.json')]);
    writeFileSync(join(ws, '.netcompat.yaml'), 'baseline: fifo.json\n');
    expect(await usageError(() => loadSettings({ root: ws }))).toMatch(/fifo\.json: not a regular file/);
  });

  it('a baseline that is not JSON is refused without quoting it', async () => {
    const { ws } = layout();
    writeFileSync(join(ws, 'b.json'), SECRET);
    writeFileSync(join(ws, '.netcompat.yaml'), 'baseline: b.json\n');
    expect(await usageError(() => loadSettings({ root: ws }))).toMatch(/b\.json: not valid JSON/);
  });

  it('a symlinked .netcompat.yaml or rule file pointing outside is not applied', async () => {
    const { ws, outside } = layout();
    symlinkSync(join(outside, 'netcompat.yaml'), join(ws, '.netcompat.yaml'));
    expect(await usageError(() => loadSettings({ root: ws }))).toMatch(/config file .* resolves outside the scanned directory/);
    const ws2 = layout();
    mkdirSync(join(ws2.ws, 'rules'));
    writeFileSync(join(ws2.outside, 'rule.yaml'), 'id: X\n');
    symlinkSync(join(ws2.outside, 'rule.yaml'), join(ws2.ws, 'rules/x.yaml'));
    writeFileSync(join(ws2.ws, '.netcompat.yaml'), 'rules: ["rules/*.yaml"]\n');
    // The walker never follows a link, so the rule is not even found (and would be refused if it were).
    expect(await usageError(() => loadSettings({ root: ws2.ws }))).toMatch(
      /rules entry "rules\/\*\.yaml" matches no file|rule file .*x\.yaml resolves outside/,
    );
  });

  it('rules: ["/**/x"] is refused before any walk', async () => {
    const { ws } = layout();
    writeFileSync(join(ws, '.netcompat.yaml'), 'rules: ["/**/x"]\n');
    expect(await usageError(() => loadSettings({ root: ws }))).toMatch(/rules entry "\/\*\*\/x" must be a relative path/);
    writeFileSync(join(ws, '.netcompat.yaml'), 'rules: ["../**/*.yaml"]\n');
    expect(await usageError(() => loadSettings({ root: ws }))).toMatch(/rules entry/);
  });

  it('an explicit config is confined to the workspace when one is given', async () => {
    const { ws, outside } = layout();
    expect(await usageError(() => loadSettings({ root: ws, configPath: join(outside, 'netcompat.yaml'), workspace: ws }))).toMatch(
      /resolves outside the workspace/,
    );
  });
});

describe('outputs are never written through a link, and atomically', () => {
  it('a committed symlink at the SARIF path is refused; the outside file is untouched', async () => {
    const { ws, outside } = layout();
    symlinkSync(join(outside, 'secret.json'), join(ws, 'netcompat.sarif'));
    await expect(writeFileSafely(join(ws, 'netcompat.sarif'), '{}', ws)).rejects.toThrow(/symbolic link/);
    expect(readFileSync(join(outside, 'secret.json'), 'utf8')).toBe(SECRET);
    await expect(writeOutput(join(ws, 'netcompat.sarif'), '{}', 'netcompat.sarif')).rejects.toThrow(/cannot write "netcompat\.sarif": is a symbolic link/);
  });

  it('a folder that links outside is refused', async () => {
    const { ws, outside } = layout();
    symlinkSync(outside, join(ws, 'out'));
    await expect(writeFileSafely(join(ws, 'out/x.sarif'), '{}', ws)).rejects.toThrow(/outside the workspace/);
    expect(existsSync(join(outside, 'x.sarif'))).toBe(false);
  });

  it('replaces a file by rename and leaves no temporary file', async () => {
    const { ws } = layout();
    const target = join(ws, 'r/netcompat.sarif');
    await writeFileSafely(target, 'one', ws);
    const inode = lstatSync(target).ino;
    await writeFileSafely(target, 'two', ws);
    expect(readFileSync(target, 'utf8')).toBe('two');
    expect(lstatSync(target).ino).not.toBe(inode);
    expect(readdirSync(join(ws, 'r'))).toEqual(['netcompat.sarif']);
  });

  it('a path below /proc fails fast', async () => {
    await expect(writeFileSafely('/proc/self/netcompat/x.sarif', '{}')).rejects.toThrow();
  });
});
