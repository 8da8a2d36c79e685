import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../cli/fake-io.js';

const DIST = join(REPO, 'dist');
/** The files a module imports statically (`import ... from "./x.js"`, `import "./x.js"`), not by import(). */
function staticImports(file: string): string[] {
  const text = readFileSync(join(DIST, file), 'utf8');
  return [...text.matchAll(/^(?:import\s*"|\}\s*from\s*")\.\/([^"]+)"/gm)].map((m) => m[1] as string);
}

/**
 * scripts/startup-chunks.mjs merges the chunks the entry points load at start-up into one module: each
 * entry point loads itself and that one chunk (README.md, "Design notes": bundle layout).
 */
describe('the bundle layout at start-up', () => {
  it('each entry point imports one chunk, the same one, which imports no other file of dist/', () => {
    const cli = [...new Set(staticImports('cli.js'))];
    const action = [...new Set(staticImports('index.js'))];
    expect(cli).toHaveLength(1);
    expect(action).toEqual(cli);
    expect(cli[0]).toMatch(/^chunk-[A-Z0-9]+\.js$/);
    expect(staticImports(cli[0] as string)).toEqual([]);
  });

  it('every file a module of dist/ imports exists', () => {
    const files = readdirSync(DIST).filter((n) => n.endsWith('.js'));
    for (const file of files) {
      const text = readFileSync(join(DIST, file), 'utf8');
      for (const m of text.matchAll(/(?:from\s*|import\s*\(?\s*)"\.\/([^"]+\.js)"/g))
        expect(existsSync(join(DIST, m[1] as string)), `${file} → ${m[1]}`).toBe(true);
    }
  });
});
