import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bundledInputs, licensesText, packageDirOf } from '../../scripts/licenses.mjs';

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

  it('lists only packages whose code is in an output: a file esbuild read and left out (0 bytes) is not bundled', () => {
    const root = mkdtempSync(join(tmpdir(), 'netcompat-lic-'));
    try {
      for (const name of ['kept', 'dropped', 'shipped']) {
        mkdirSync(join(root, 'node_modules', name), { recursive: true });
        writeFileSync(join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version: '1.0.0', license: 'MIT' }));
      }
      const bundle = {
        inputs: { 'node_modules/kept/a.js': {}, 'node_modules/dropped/b.js': {}, 'src/x.ts': {} },
        outputs: {
          'dist/x.js': {
            inputs: { 'node_modules/kept/a.js': { bytesInOutput: 120 }, 'node_modules/dropped/b.js': { bytesInOutput: 0 }, 'src/x.ts': { bytesInOutput: 40 } },
          },
          'dist/y.js': { inputs: { 'node_modules/dropped/b.js': { bytesInOutput: 0 } } },
        },
      };
      expect(bundledInputs(bundle)).toEqual(['node_modules/kept/a.js', 'src/x.ts']);
      const text = licensesText(root, [bundle, { inputs: { 'node_modules/shipped/grammar.wasm': {} } }]);
      expect([...text.matchAll(/^(\S+@\S+)$/gm)].map((m) => m[1])).toEqual(['kept@1.0.0', 'shipped@1.0.0']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('dist/licenses.txt leaves out what the bundle does not contain (@actions/core imports @actions/exec and @actions/io only for its unused platform details)', () => {
    const names = headers.map(([n]) => n);
    expect(names).not.toContain('@actions/exec');
    expect(names).not.toContain('@actions/io');
    // Bundled as dist/undici.cjs, loaded only behind a proxy: still shipped, so still listed.
    expect(names).toContain('undici');
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
