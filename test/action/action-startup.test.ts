import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireActionBundle, runAction } from '../helpers/run-action.js';

/**
 * The Action's start-up (issue 11): what an empty run loads, and that the step outputs it now writes itself
 * (src/action/step-output.ts) keep @actions/core's file-command format. Real `node dist/index.js` processes.
 */
const OUTPUTS = ['verdict', 'findings', 'high', 'medium', 'low', 'undetermined', 'sarif-file', 'json-file', 'check-run-url', 'comment-url'];
const EMPTY_INPUTS = { 'allow-empty': 'true', 'fail-on': 'none' };

/** A preload that writes the built-in modules the process loaded, at exit, to the file named by NETCOMPAT_TEST_MODULES. */
function moduleListPreload(dir: string): string {
  const file = join(dir, 'modules.cjs');
  writeFileSync(file, "process.on('exit', () => require('fs').writeFileSync(process.env.NETCOMPAT_TEST_MODULES, process.moduleLoadList.join('\\n')));\n");
  return file;
}

beforeAll(requireActionBundle);

describe('Action start-up on an empty workspace', () => {
  it('writes every output as name<<ghadelimiter_UUID … delimiter, each with its own delimiter, without loading node:crypto', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netcompat-startup-'));
    const workspace = mkdtempSync(join(tmpdir(), 'netcompat-empty-'));
    const modules = join(dir, 'modules.txt');
    const r = await runAction({
      workspace,
      inputs: EMPTY_INPUTS,
      env: { NODE_OPTIONS: `--require ${moduleListPreload(dir)}`, NETCOMPAT_TEST_MODULES: modules },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      verdict: 'nothing-checked',
      findings: '0',
      high: '0',
      medium: '0',
      low: '0',
      undetermined: '0',
      'sarif-file': '',
      'json-file': '',
      'check-run-url': '',
      'comment-url': '',
    });
    const loaded = readFileSync(modules, 'utf8').split('\n');
    expect(loaded).toContain('NativeModule fs');
    expect(loaded.filter((m) => /crypto/.test(m))).toEqual([]);
    expect(r.summary).toContain('## ⚠️ netcompat: Nothing checked');
  });

  it('the GITHUB_OUTPUT file: three lines per output, the closing line the opening delimiter, a version-4 UUID, all different', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'netcompat-empty-'));
    const r = await runAction({ workspace, inputs: EMPTY_INPUTS });
    expect(r.code).toBe(0);
    const lines = r.outputText.split('\n');
    expect(lines).toHaveLength(OUTPUTS.length * 3 + 1);
    expect(lines.at(-1)).toBe('');
    const delimiters: string[] = [];
    OUTPUTS.forEach((name, i) => {
      const m = (lines[i * 3] as string).match(/^([a-z-]+)<<(ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$/);
      expect(m?.[1]).toBe(name);
      expect(lines[i * 3 + 2]).toBe(m?.[2]);
      delimiters.push(m?.[2] as string);
    });
    expect(lines[1]).toBe('nothing-checked');
    expect(new Set(delimiters).size).toBe(OUTPUTS.length);
  });

  it('without GITHUB_OUTPUT the outputs are the legacy set-output commands, as @actions/core writes them', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'netcompat-empty-'));
    const r = await runAction({ workspace, inputs: EMPTY_INPUTS, env: { GITHUB_OUTPUT: '' } });
    expect(r.code).toBe(0);
    expect(r.outputText).toBe('');
    const set = r.commands.filter((c) => c.command === 'set-output').map((c) => [c.props.name, c.message]);
    expect(set).toEqual(OUTPUTS.map((name, i) => [name, ['nothing-checked', '0', '0', '0', '0', '0'][i] ?? '']));
  });
});
