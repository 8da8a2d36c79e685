import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../cli/fake-io.js';

/**
 * What the build writes is the same on every builder: CI compares dist/ with a fresh build, so an order that
 * followed the builder's locale would fail there (or pass there and fail elsewhere). Under Lithuanian
 * collation `y` sorts between `i` and `k`; code-unit order puts it last.
 */
const NAMES = ['y', 'k', 'i'];
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'netcompat-build-locale-'));
  for (const name of NAMES) {
    mkdirSync(join(root, 'node_modules', name), { recursive: true });
    writeFileSync(join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version: '1.0.0', license: 'MIT' }));
    mkdirSync(join(root, 'rules'), { recursive: true });
    writeFileSync(join(root, 'rules', `${name}.yaml`), 'id: X\n');
  }
  for (const dir of ['data', 'schema']) mkdirSync(join(root, dir));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs `body` (an ES module's text, which prints JSON) in a Node process under `locale`. */
function runUnder(locale: string, body: string): unknown {
  const env = { ...process.env, LC_ALL: locale, LANG: locale };
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', body], { encoding: 'utf8', env, cwd: REPO });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('build outputs do not follow the locale', () => {
  it('lists licence notices in code-unit order under Lithuanian collation', () => {
    const inputs = Object.fromEntries(NAMES.map((n) => [`node_modules/${n}/index.js`, {}]));
    const body = `import { licensesText } from './scripts/licenses.mjs';
      const text = licensesText(${JSON.stringify(root)}, [{ inputs: ${JSON.stringify(inputs)} }]);
      console.log(JSON.stringify([...text.matchAll(/^([a-z]+)@1\\.0\\.0$/gm)].map((m) => m[1])));`;
    expect(runUnder('lt_LT.UTF-8', body)).toEqual(['i', 'k', 'y']);
  });

  it('reads the knowledge files in code-unit order under Lithuanian collation', () => {
    const body = `import { knowledgeFiles } from './scripts/knowledge-source.mjs';
      console.log(JSON.stringify(knowledgeFiles(${JSON.stringify(root)}).map((f) => f.slice(${JSON.stringify(root.length + 1)}))));`;
    expect(runUnder('lt_LT.UTF-8', body)).toEqual(['rules/i.yaml', 'rules/k.yaml', 'rules/y.yaml']);
  });
});
