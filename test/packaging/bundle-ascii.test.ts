import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../cli/fake-io.js';

/**
 * Node holds a module's source as a two-byte string (twice the file's size, in malloc'd memory) when the
 * file has a character outside ASCII; freeing it raised glibc's mmap threshold, and with it what the
 * compiler threads' malloc arenas keep (src/discover/growable-buffer.ts). scripts/bundle.mjs writes every
 * output as ASCII; this checks the files `npm run bundle` made (dist/cli.js, dist/index.js and their chunks).
 */
describe('the bundle is ASCII', () => {
  it('has no byte above 0x7f in any JavaScript file in dist/', () => {
    const files = readdirSync(join(REPO, 'dist')).filter((n) => n.endsWith('.js'));
    expect(files).toContain('cli.js');
    expect(files).toContain('index.js');
    const offending = files.filter((n) => readFileSync(join(REPO, 'dist', n)).some((b) => b > 0x7f));
    expect(offending).toEqual([]);
  });
});
