/** Issue 15 items 1-2: rule patterns from the repository that would backtrack catastrophically are refused. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalLeaf } from '../../src/evaluate/leaf.js';
import { loadSettings } from '../../src/inputs/load-settings.js';
import { builtInRules } from '../../src/knowledge/rules.js';
import { unsafePattern } from '../../src/knowledge/safe-pattern.js';

describe('unsafePattern', () => {
  it.each([['^([a-z./]+)+$'], ['(a|aa)*b'], ['(x+x+)+y'], ['(?:\\d+)*z'], ['(a|b){2,}'], ['^\\d+\\d+$'], ['.*.*=x'], ['(a)\\1'], ['a'.repeat(300)]])(
    'refuses %s',
    (p) => {
      expect(unsafePattern(p)).toBeDefined();
    },
  );

  it.each([
    ['(^|,)\\s*ChecksumOffloadBroken\\s*=\\s*(true|True|TRUE|t|T|1)\\s*(,|$)'],
    ['\\.el7(?!uek)'],
    ['\\.el(8|9|10)(?!\\d)'],
    ['^v?1\\.2[0-9]\\.'],
    ['(ab)?c+'],
    ['[+*]+x'],
    ['^(?<major>\\d+)\\.'],
  ])('accepts %s', (p) => {
    expect(unsafePattern(p)).toBeUndefined();
  });

  it('every built-in rule passes', () => {
    expect(builtInRules().length).toBeGreaterThan(0);
  });
});

describe('a rule added by a pull request', () => {
  it('with a catastrophic pattern is a usage error naming the file, not a hung scan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netcompat-hostile-rule-'));
    mkdirSync(join(dir, 'rules'));
    writeFileSync(join(dir, '.netcompat.yaml'), 'rules: ["rules/*.yaml"]\n');
    // A valid built-in rule with its pattern swapped for one that backtracks exponentially.
    const builtIn = readFileSync(new URL('../../rules/cal-ipip-csum-offload.yaml', import.meta.url), 'utf8');
    const rule = builtIn.replace(/^id: .*$/m, 'id: X-EVIL').replace(/matches: '[^']*'/, () => "matches: '^([a-z./]+)+$'");
    expect(rule).toContain('^([a-z./]+)+$');
    writeFileSync(join(dir, 'rules/evil.yaml'), rule);
    await expect(loadSettings({ root: dir })).rejects.toThrow(/regular expression "\^\(\[a-z\.\/\]\+\)\+\$" is refused: a repeated group/);
  });

  it('a long value is unknown without running the pattern', () => {
    const leaf = { fact: 'kubeProxy.mode' as const, matches: '^a.*b$' };
    expect(evalLeaf(leaf, { value: 'a'.repeat(5000) } as never, 'unknown')).toBe('unknown');
    expect(evalLeaf(leaf, { value: 'axb' } as never, 'unknown')).toBe('true');
  });
});
