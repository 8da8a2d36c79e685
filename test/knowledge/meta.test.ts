import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { knowledgePaths } from 'virtual:netcompat-knowledge';
import { parseRule } from '../../src/knowledge/parse-rule.js';
import { validateAgainst } from '../../src/knowledge/validate.js';
import { FACT_NAMES } from '../../src/model/fact.js';

const ROOT = new URL('../..', import.meta.url).pathname;

/** The knowledge files on disk (rules/, data/, schema/), as the bundle compiles them. */
function readKnowledge(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const e of readdirSync(join(ROOT, rel), { withFileTypes: true })) {
      if (e.isDirectory()) walk(`${rel}/${e.name}`);
      else if (/\.(ya?ml|json)$/.test(e.name)) out[`${rel}/${e.name}`] = readFileSync(join(ROOT, rel, e.name), 'utf8');
    }
  };
  for (const dir of ['rules', 'data', 'schema']) walk(dir);
  return out;
}
const files = readKnowledge();
const paths = Object.keys(files).sort();
const under = (dir: string): string[] => paths.filter((p) => p.startsWith(`${dir}/`));

describe('the bundle', () => {
  it('compiles every rule and data file', () => {
    expect([...knowledgePaths].sort()).toEqual([...under('data'), ...under('rules')].filter((p) => /\.ya?ml$/.test(p)).sort());
  });
});

describe('the fact catalog', () => {
  const catalog = (parse(files['data/facts.yaml']!) as { facts: { name: string }[] }).facts.map((f) => f.name);
  const schema = JSON.parse(files['schema/rule.schema.json']!) as { definitions: { factName: { enum: string[] } } };

  it('data/facts.yaml names exactly FACT_NAMES, in order', () => {
    expect(catalog).toEqual([...FACT_NAMES]);
  });

  it('the rule schema accepts exactly FACT_NAMES', () => {
    expect([...schema.definitions.factName.enum].sort()).toEqual([...FACT_NAMES].sort());
  });
});

describe('data files', () => {
  it('are all bundled', () => {
    expect(under('data')).toEqual(expect.arrayContaining(['data/facts.yaml', 'data/os-kernels.yaml']));
  });

  it.each(under('data'))('%s has a schema of the same name and validates against it', (path) => {
    // A folder of data files shares one schema: data/installers/k0s.yaml → installer.schema.json.
    const schemaName = path.startsWith('data/installers/')
      ? 'installer.schema.json'
      : `${path.slice('data/'.length).replace(/\.ya?ml$|\.json$/, '')}.schema.json`;
    expect(paths, `schema/${schemaName}`).toContain(`schema/${schemaName}`);
    const text = files[path]!;
    const data = path.endsWith('.json') ? (JSON.parse(text) as unknown) : (parse(text) as unknown);
    expect(() => validateAgainst(schemaName, data, path)).not.toThrow();
  });
});

describe('rule files', () => {
  it('exist', () => {
    expect(under('rules').length).toBeGreaterThan(0);
  });

  it.each(under('rules'))('%s validates and is named after its id', (path) => {
    const rule = parseRule(files[path]!, path);
    expect(path).toBe(`rules/${rule.id.toLowerCase()}.yaml`);
  });
});

describe('schemas', () => {
  it.each(under('schema'))('%s is JSON with an $id', (path) => {
    const schema = JSON.parse(files[path]!) as { $id?: string };
    expect(schema.$id).toMatch(/^https:\/\/raw\.githubusercontent\.com\/netcompat\/netcompat\/main\/schema\/.+\.schema\.json$/);
  });
});
