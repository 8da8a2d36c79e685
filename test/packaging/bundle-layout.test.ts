import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../cli/fake-io.js';

const DIST = join(REPO, 'dist');
const read = (file: string): string => readFileSync(join(DIST, file), 'utf8');
/** The files of dist/ a module loads when it is loaded (`var import_x = require("./x.js")` at its top level). */
function staticImports(file: string): string[] {
  return [...read(file).matchAll(/^var \w+ = require\("\.\/([^"]+)"\);$/gm)].map((m) => m[1] as string);
}

/**
 * scripts/startup-chunks.mjs merges the chunks the entry points load at start-up into one module: each
 * entry point loads itself and that one chunk (README.md, "Design notes": bundle layout). Every file is
 * CommonJS (scripts/commonjs-dist.mjs), so no run starts Node's ES module loader for code of its own.
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

  it('every file a module of dist/ requires exists', () => {
    const files = readdirSync(DIST).filter((n) => n.endsWith('.js'));
    let required = 0;
    for (const file of files) {
      for (const m of read(file).matchAll(/\brequire\("\.\/([^"]+\.c?js)"\)/g)) {
        required++;
        expect(existsSync(join(DIST, m[1] as string)), `${file} → ${m[1]}`).toBe(true);
      }
    }
    expect(required).toBeGreaterThan(10);
  });

  it('is CommonJS: dist/package.json says so, and no file has ES module syntax or loads a chunk with import()', () => {
    expect(JSON.parse(read('package.json'))).toEqual({ type: 'commonjs' });
    const files = readdirSync(DIST).filter((n) => n.endsWith('.js'));
    expect(files).toEqual(expect.arrayContaining(['cli.js', 'index.js', 'file-worker.js']));
    for (const file of files) {
      const text = read(file).replace(/^#!.*\n/, '');
      expect(text.startsWith('"use strict";\n'), file).toBe(true);
      expect(text, file).not.toMatch(/^(?:import|export)\b/m);
      expect(text, file).not.toMatch(/\bimport\.meta\b/);
      expect(text, file).not.toMatch(/\bimport\(\s*"\.\//);
    }
  });

  it('a chunk loaded later is required in a promise, where esbuild wrote import()', () => {
    const lazy = [...read('cli.js').matchAll(/Promise\.resolve\(\)\.then\(\(\) => require\("\.\/(chunk-[A-Z0-9]+\.js)"\)\)/g)];
    const startup = staticImports('cli.js')[0];
    const fromStartup = [...read(startup as string).matchAll(/Promise\.resolve\(\)\.then\(\(\) => require\("\.\/(chunk-[A-Z0-9]+\.js)"\)\)/g)];
    expect(lazy.length + fromStartup.length).toBeGreaterThan(0);
  });
});
