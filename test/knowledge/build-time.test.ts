import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper without types
import { compileKnowledge } from '../../scripts/knowledge-source.mjs';
import { builtInRules } from '../../src/knowledge/rules.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
type Compile = (root: string) => Record<string, { id?: string }>;

/** A copy of the schemas and rules, with one rule file replaced. */
function treeWith(ruleName: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'netcompat-knowledge-'));
  cpSync(join(root, 'schema'), join(dir, 'schema'), { recursive: true });
  cpSync(join(root, 'rules'), join(dir, 'rules'), { recursive: true });
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'rules', ruleName), text);
  return dir;
}

describe('knowledge compiled at build time', () => {
  it('parses and validates every rule file, however many there are', () => {
    const compiled = (compileKnowledge as Compile)(root);
    const ruleFiles = readdirSync(join(root, 'rules')).filter((n) => n.endsWith('.yaml'));
    expect(Object.keys(compiled).filter((p) => p.startsWith('rules/'))).toHaveLength(ruleFiles.length);
    expect(
      builtInRules()
        .map((r) => r.id)
        .sort(),
    ).toEqual(ruleFiles.map((n) => compiled[`rules/${n}`]?.id ?? '').sort());
  });

  it('fails the build on a rule that breaks the schema, or whose pattern is not a regular expression, naming the file', () => {
    const withPattern = readdirSync(join(root, 'rules'))
      .map((n) => readFileSync(join(root, 'rules', n), 'utf8'))
      .find((t) => /^\s+matches: /m.test(t))!;
    expect(() => (compileKnowledge as Compile)(treeWith('zz-bad.yaml', 'id: ZZ-BAD\n'))).toThrow(/^rules\/zz-bad\.yaml: /);
    expect(() => (compileKnowledge as Compile)(treeWith('zz-yaml.yaml', 'id: [\n'))).toThrow(/^rules\/zz-yaml\.yaml: not valid YAML/);
    const badPattern = withPattern.replace(/^id: .*$/m, 'id: ZZ-PATTERN').replace(/^(\s+matches: ).*$/m, "$1'(unclosed'");
    expect(() => (compileKnowledge as Compile)(treeWith('zz-pattern.yaml', badPattern))).toThrow(/rules\/zz-pattern\.yaml: invalid regular expression/);
  });

  it('validates data files in subfolders against the schema their folder names (data/installers/ → installer.schema.json)', () => {
    const dir = treeWith('zz-ok.yaml', readFileSync(join(root, 'rules', readdirSync(join(root, 'rules'))[0]!), 'utf8').replace(/^id: .*$/m, 'id: ZZ-OK'));
    mkdirSync(join(dir, 'data', 'installers'));
    writeFileSync(join(dir, 'data', 'installers', 'bogus.yaml'), 'name: bogus\nnot-a-field: 1\n');
    expect(() => (compileKnowledge as Compile)(dir)).toThrow(/^data\/installers\/bogus\.yaml: /);
    const data = (compileKnowledge as Compile)(root);
    expect(Object.keys(data).filter((p) => p.startsWith('data/installers/')).length).toBe(readdirSync(join(root, 'data', 'installers')).length);
  });

  it('keeps the schema compiler and glob out of both bundles (entry points and their chunks)', () => {
    const files = readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js'));
    expect(files).toEqual(expect.arrayContaining(['cli.js', 'index.js', 'file-worker.js']));
    for (const file of files.map((f) => `dist/${f}`)) {
      const text = readFileSync(join(root, file), 'utf8');
      expect(text, file).not.toMatch(/node_modules\/ajv\/dist\/(compile|core|ajv)\b/);
      expect(text, file).not.toMatch(/node_modules\/(glob|path-scurry)\//);
    }
  });
});
