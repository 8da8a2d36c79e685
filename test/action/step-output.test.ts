import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyValueMessage, setStepOutput, uuidV4 } from '../../src/action/step-output.js';
import { parseOutputFile } from '../helpers/run-action.js';

/** A random source that returns the given values in turn, then repeats the last. */
function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[Math.min(i++, values.length - 1)] as number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('step outputs without node:crypto (src/action/step-output.ts)', () => {
  it('the delimiter has the form of crypto.randomUUID: version 4, variant 10xx, lower-case hex', () => {
    expect(uuidV4(() => 0)).toBe('00000000-0000-4000-8000-000000000000');
    expect(uuidV4(() => 0.9999)).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    for (let i = 0; i < 200; i++) expect(uuidV4(Math.random)).toMatch(UUID);
  });

  it('writes name<<delimiter, the value and the delimiter on lines of their own, as @actions/core does', () => {
    expect(keyValueMessage('verdict', 'pass', () => 0)).toBe(
      'verdict<<ghadelimiter_00000000-0000-4000-8000-000000000000\npass\nghadelimiter_00000000-0000-4000-8000-000000000000',
    );
    expect(keyValueMessage('comment-url', '', () => 0)).toBe(
      'comment-url<<ghadelimiter_00000000-0000-4000-8000-000000000000\n\nghadelimiter_00000000-0000-4000-8000-000000000000',
    );
  });

  it('a value that holds the drawn delimiter gets a longer one that it does not hold (core would throw)', () => {
    const first = 'ghadelimiter_00000000-0000-4000-8000-000000000000';
    const value = `a\n${first}\nsmuggled=1`;
    const msg = keyValueMessage('verdict', value, sequence(...Array<number>(31).fill(0), 0.5));
    const delimiter = `${first}_88888888-8888-4888-a888-888888888888`;
    expect(msg).toBe(`verdict<<${delimiter}\n${value}\n${delimiter}`);
    expect(parseOutputFile(`${msg}\n`)).toEqual({ verdict: value });
  });

  it('ends even when every draw is the same: the delimiter grows past the value', () => {
    const d = 'ghadelimiter_00000000-0000-4000-8000-000000000000';
    const value = `${d}_00000000-0000-4000-8000-000000000000_00000000-0000-4000-8000-000000000000`;
    const msg = keyValueMessage('x', value, () => 0);
    const delimiter = (msg.split('\n')[0] as string).slice('x<<'.length);
    expect(value.includes(delimiter)).toBe(false);
    expect(delimiter).toBe(`${value}_00000000-0000-4000-8000-000000000000`);
    expect(parseOutputFile(`${msg}\n`)).toEqual({ x: value });
  });

  it('appends to the GITHUB_OUTPUT file; two outputs get different delimiters; a missing file is an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netcompat-step-output-'));
    const file = join(dir, 'output.txt');
    writeFileSync(file, 'earlier=1\n');
    setStepOutput('verdict', 'fail', { GITHUB_OUTPUT: file });
    setStepOutput('findings', '3', { GITHUB_OUTPUT: file });
    const text = readFileSync(file, 'utf8');
    expect(parseOutputFile(text)).toEqual({ earlier: '1', verdict: 'fail', findings: '3' });
    const lines = text.split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[7]).toBe('');
    const opened = [lines[1], lines[4]].map((l) => (l as string).replace(/^[a-z]+<</, ''));
    expect([lines[3], lines[6]]).toEqual(opened);
    for (const d of opened) expect(d.replace(/^ghadelimiter_/, '')).toMatch(UUID);
    expect(opened[0]).not.toBe(opened[1]);
    expect(() => setStepOutput('verdict', 'x', { GITHUB_OUTPUT: join(dir, 'missing.txt') })).toThrow(`Missing file at path: ${join(dir, 'missing.txt')}`);
  });
});
