import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Which test files are end-to-end: those that run the bundle (`dist/cli.js`, `dist/index.js`) or import a
 * helper that does. Decided from the file's text, so a new end-to-end test lands in the right project
 * wherever it lives. Everything else is a unit test, run in-process.
 */
const RUNS_BUNDLE = /dist\/(cli|index)\.js/;
const LOCAL_IMPORT = /from '(\.{1,2}\/[^']+)\.js'/g;

/** The file runs the bundle itself, or through a local helper module it imports (one level). */
function runsBundle(abs: string): boolean {
  const text = readFileSync(abs, 'utf8');
  if (RUNS_BUNDLE.test(text)) return true;
  for (const [, spec] of text.matchAll(LOCAL_IMPORT)) {
    const helper = resolve(dirname(abs), `${spec}.ts`);
    if (!helper.includes('/src/') && existsSync(helper) && RUNS_BUNDLE.test(readFileSync(helper, 'utf8'))) return true;
  }
  return false;
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : testFiles(p);
    return e.name.endsWith('.test.ts') ? [p] : [];
  });
}

export function splitTests(root: string): { unit: string[]; e2e: string[] } {
  const unit: string[] = [];
  const e2e: string[] = [];
  for (const abs of testFiles(join(root, 'test')).sort()) {
    const rel = relative(root, abs).split('\\').join('/');
    (runsBundle(abs) ? e2e : unit).push(rel);
  }
  return { unit, e2e };
}
