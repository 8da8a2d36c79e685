import * as core from '@actions/core';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/**
 * A step output, written as `@actions/core`'s `setOutput` writes it: to the `GITHUB_OUTPUT` file as
 * `name<<ghadelimiter_UUID` / value / delimiter, or, without that file, as the legacy workflow command
 * (through `@actions/core`). Written here because core takes its delimiter from `node:crypto`'s
 * `randomUUID`, and loading `node:crypto` was the largest part of what the Action's start-up did beyond
 * the CLI's (25 million instructions of Node 24's 207, docs/performance.md, Start-up).
 *
 * The delimiter's safety is kept, and does not rest on the random source: the runner reads the value up to
 * the first line equal to the delimiter, so a value holding it could end early and smuggle in another
 * output. The delimiter is random (V8's `Math.random`, seeded from the operating system in each process:
 * nothing in a scanned repository, which is never executed, can see or steer it) and, above that, it is
 * checked against the value: while the name or value contains it, another draw is appended to it, so it
 * grows until it occurs in neither (it ends at the latest when it is longer than both) and no value can
 * close it early. Core throws in that case instead (a 2^-122 chance); lengthening it is never weaker.
 */
export function setStepOutput(name: string, value: string, env: Record<string, string | undefined> = process.env): void {
  const file = env.GITHUB_OUTPUT || '';
  if (!file) {
    core.setOutput(name, value);
    return;
  }
  // As core: the runner creates the file; a missing one is an error, not a new file.
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${keyValueMessage(name, value)}${EOL}`, { encoding: 'utf8' });
}

/** `name<<delimiter`, the value and the delimiter on lines of their own; the delimiter occurs in neither. */
export function keyValueMessage(name: string, value: string, random: () => number = Math.random): string {
  let delimiter = `ghadelimiter_${uuidV4(random)}`;
  while (name.includes(delimiter) || value.includes(delimiter)) delimiter += `_${uuidV4(random)}`;
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/** A version-4 UUID's form (as `crypto.randomUUID` gives it: 122 random bits, lower-case hex). */
export function uuidV4(random: () => number): string {
  const hex = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(random() * 16).toString(16);
    return s;
  };
  const variant = (8 + Math.floor(random() * 4)).toString(16);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}
