import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { licensesText, packageDirOf } from '../../scripts/licenses.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as Record<string, unknown>;

describe('the npm package', () => {
  it('is publishable: not private, a bin, files, exports and engines', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.bin).toEqual({ netcompat: 'dist/cli.js' });
    expect(pkg.files).toEqual(expect.arrayContaining(['dist/', 'schema/']));
    expect(pkg.exports).toBeDefined();
    expect(pkg.engines).toEqual({ node: '>=20' });
    expect(pkg.license).toBe('Apache-2.0');
  });

  it('has no runtime dependencies: dist/ bundles them, so installing it fetches nothing', () => {
    expect(pkg.dependencies).toBeUndefined();
    expect(readFileSync(`${ROOT}dist/cli.js`, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('ships the Apache-2.0 licence text at the root', () => {
    const licence = readFileSync(`${ROOT}LICENSE`, 'utf8');
    expect(licence).toContain('Apache License');
    expect(licence).toContain('Version 2.0, January 2004');
  });

  it('offers a pre-commit hook that runs the CLI on the whole tree', () => {
    const hooks = parse(readFileSync(`${ROOT}.pre-commit-hooks.yaml`, 'utf8')) as Record<string, unknown>[];
    expect(hooks).toEqual([expect.objectContaining({ id: 'netcompat', entry: 'netcompat scan', language: 'node', pass_filenames: false, always_run: true })]);
  });

  it('has the project files people look for', () => {
    for (const f of [
      'CHANGELOG.md',
      'SECURITY.md',
      'CONTRIBUTING.md',
      '.github/ISSUE_TEMPLATE/false-finding.yml',
      '.github/ISSUE_TEMPLATE/missed-finding.yml',
    ]) {
      expect(existsSync(`${ROOT}${f}`), f).toBe(true);
    }
    for (const f of ['false-finding.yml', 'missed-finding.yml']) {
      const form = parse(readFileSync(`${ROOT}.github/ISSUE_TEMPLATE/${f}`, 'utf8')) as { body: { id?: string; attributes: { label?: string } }[] };
      expect(form.body.find((b) => b.id === 'facts')?.attributes.label, f).toBe('Output of `netcompat facts`');
    }
  });
});

describe('bundled licence notices', () => {
  const notices = readFileSync(`${ROOT}dist/licenses.txt`, 'utf8');
  const headers = [...notices.matchAll(/^(\S+)@(\d\S*)\nLicense: (.+)$/gm)].map(([, name, , licence]) => [name, licence]);

  it('dist/licenses.txt lists the bundled packages, each with a licence', () => {
    const names = headers.map(([n]) => n);
    for (const dep of ['@actions/core', '@actions/github', 'yaml', 'semver', 'minimatch', 'ajv']) expect(names, dep).toContain(dep);
    for (const [name, licence] of headers) expect(licence, name).toMatch(/^(MIT|ISC|Apache-2\.0|BSD-[23]-Clause|BlueOak-1\.0\.0|0BSD)$/);
  });

  it('finds the package folder of a bundled input, scoped or not, innermost node_modules first', () => {
    expect(packageDirOf('node_modules/yaml/dist/index.js')).toBe('node_modules/yaml');
    expect(packageDirOf('node_modules/@actions/core/lib/core.js')).toBe('node_modules/@actions/core');
    expect(packageDirOf('node_modules/a/node_modules/@s/b/x.js')).toBe('node_modules/a/node_modules/@s/b');
    expect(packageDirOf('src/cli.ts')).toBeUndefined();
  });

  it('writes each package once with its licence text, and refuses a package without a licence', () => {
    const root = mkdtempSync(join(tmpdir(), 'netcompat-lic-'));
    try {
      const make = (dir: string, json: Record<string, unknown>, licence?: string) => {
        mkdirSync(join(root, dir), { recursive: true });
        writeFileSync(join(root, dir, 'package.json'), JSON.stringify(json));
        if (licence) writeFileSync(join(root, dir, 'LICENSE'), licence);
      };
      make('node_modules/b', { name: 'b', version: '1.0.0', license: 'MIT' }, 'MIT text of b');
      make('node_modules/@s/a', { name: '@s/a', version: '2.0.0', license: 'ISC' });
      const text = licensesText(root, [{ inputs: { 'node_modules/b/x.js': {}, 'node_modules/@s/a/y.js': {} } }, { inputs: { 'node_modules/b/z.js': {} } }]);
      expect([...text.matchAll(/^(\S+@\S+)$/gm)].map((m) => m[1])).toEqual(['@s/a@2.0.0', 'b@1.0.0']);
      expect(text).toContain('License: MIT\n' + '-'.repeat(78) + '\nMIT text of b');
      expect(text).toContain('(no licence file in the package; declared ISC)');
      make('node_modules/c', { name: 'c', version: '1.0.0' });
      expect(() => licensesText(root, [{ inputs: { 'node_modules/c/x.js': {} } }])).toThrow('c: package.json declares no licence');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('schemas editors can load', () => {
  const SCHEMAS = `${ROOT}schema/`;
  const files = readdirSync(SCHEMAS)
    .filter((f) => f.endsWith('.json'))
    .sort();

  it.each(files)('%s has the raw URL of its own file as $id', (f) => {
    const schema = JSON.parse(readFileSync(`${SCHEMAS}${f}`, 'utf8')) as { $id?: string };
    expect(schema.$id).toBe(`https://raw.githubusercontent.com/netcompat/netcompat/main/schema/${f}`);
  });

  it('the documented modeline names the config schema that exists', () => {
    const doc = readFileSync(`${ROOT}docs/configuration.md`, 'utf8');
    const m = /# yaml-language-server: \$schema=https:\/\/raw\.githubusercontent\.com\/netcompat\/netcompat\/main\/(schema\/config\.schema\.json)/.exec(doc);
    expect(m && existsSync(`${ROOT}${m[1]}`)).toBe(true);
  });
});
