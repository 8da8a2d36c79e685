// One source for the knowledge modules, shared by the bundler and the test runner, so that adding a
// rule or table is adding a YAML file: no TypeScript import to write.
//
// Knowledge is compiled here, when the bundle is built (and when the test runner loads it): every rule
// and data file is parsed and validated against its JSON Schema, and a broken file fails the build
// naming the file. The bundle ships the parsed values as JSON text (JSON.parse is far cheaper than YAML
// parsing plus schema compilation on every run) and, for user-supplied files, ajv's standalone validator
// code, so the schema compiler itself is not in dist/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { parse } from 'yaml';
import { byCode } from './code-order.mjs';

export const KNOWLEDGE_ID = 'virtual:netcompat-knowledge';
export const VALIDATORS_ID = 'virtual:netcompat-validators';
export const KNOWLEDGE_DIRS = ['rules', 'data', 'schema'];

/** Every YAML and JSON file of the knowledge folders and their subfolders (data/installers/), sorted. */
export function knowledgeFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => byCode(a.name, b.name))) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (/\.(ya?ml|json)$/.test(entry.name)) files.push(join(dir, entry.name));
    }
  };
  for (const dir of KNOWLEDGE_DIRS) walk(join(root, dir));
  return files;
}

const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true };

function schemas(root) {
  const out = {};
  for (const name of readdirSync(join(root, 'schema')).sort()) {
    if (name.endsWith('.schema.json')) out[name] = JSON.parse(readFileSync(join(root, 'schema', name), 'utf8'));
  }
  return out;
}

function describe(errors) {
  return errors
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
    .join('; ');
}

/** Every `matches` leaf of a rule's conditions must be a valid regular expression. */
function checkPatterns(rule, file) {
  const stack = [rule.when, ...(rule.unless ?? [])];
  while (stack.length) {
    const c = stack.pop();
    if (!c || typeof c !== 'object') continue;
    if (Array.isArray(c.all)) stack.push(...c.all);
    else if (Array.isArray(c.any)) stack.push(...c.any);
    else if (c.not) stack.push(c.not);
    else if (typeof c.matches === 'string') {
      try {
        new RegExp(c.matches);
      } catch {
        throw new Error(`${file}: invalid regular expression ${JSON.stringify(c.matches)}`);
      }
    }
  }
}

/** The schema a data file follows: data/NAME.yaml → NAME.schema.json, data/DIR/x.yaml → DIR.schema.json (or DIR without its plural s). */
function dataSchema(all, file) {
  const parts = file.split('/');
  const base = parts.length > 2 ? parts[1] : parts[1].replace(/\.ya?ml$/, '');
  return [`${base}.schema.json`, `${base.replace(/s$/, '')}.schema.json`].find((n) => all[n]);
}

function yamlFiles(root, dir) {
  const out = [];
  const walk = (rel) => {
    for (const entry of readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.isDirectory()) walk(`${rel}/${entry.name}`);
      else if (/\.ya?ml$/.test(entry.name)) out.push(`${rel}/${entry.name}`);
    }
  };
  walk(dir);
  return out;
}

/**
 * rules/*.yaml (each against rule.schema.json) and data/**\/*.yaml (against the schema its name gives, see
 * dataSchema), parsed and validated; keyed by repository path.
 */
export function compileKnowledge(root) {
  const ajv = new Ajv(AJV_OPTIONS);
  const all = schemas(root);
  const validator = (name) => (name && all[name] ? (ajv.getSchema(name) ?? (ajv.addSchema(all[name], name), ajv.getSchema(name))) : undefined);
  const out = {};
  for (const dir of ['rules', 'data']) {
    for (const file of yamlFiles(root, dir)) {
      let data;
      try {
        data = parse(readFileSync(join(root, file), 'utf8'), { maxAliasCount: 100 });
      } catch (e) {
        throw new Error(`${file}: not valid YAML: ${e.message.split('\n')[0]}`, { cause: e });
      }
      const validate = validator(dir === 'rules' ? 'rule.schema.json' : dataSchema(all, file));
      if (validate && !validate(data)) throw new Error(`${file}: ${describe(validate.errors ?? [])}`);
      if (dir === 'rules') checkPatterns(data, file);
      out[file] = data;
    }
  }
  return out;
}

/**
 * The files beside the bundle (bundle mode): the rules' values, read when the rules are first wanted (every
 * scan), and the data tables' JSON texts with the schemas' texts, read when one of them is first wanted.
 */
export const KNOWLEDGE_FILES = { rules: 'knowledge-rules.json', data: 'knowledge-data.txt' };

/** Characters outside ASCII as JSON escapes: the same JSON, and a file Node reads as a one-byte string. */
const asciiJson = (text) => text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * KNOWLEDGE_FILES.data: a first line of JSON, `{"data": {path: [start, end]}, "schema": {...}}`, then the
 * JSON texts one after another, each at [start, end) of what follows the line, in ASCII. A scan slices out
 * the texts it uses: JSON.parse of one JSON document holding them all as strings read each character of
 * 440 KB, escapes and all (about 15 million instructions, on every scan with a cluster).
 */
function knowledgeDataFile(data, schema) {
  const index = { data: {}, schema: {} };
  let body = '';
  for (const [kind, texts] of [
    ['data', data],
    ['schema', schema],
  ]) {
    for (const [path, text] of Object.entries(texts)) {
      const ascii = asciiJson(text);
      index[kind][path] = [body.length, body.length + ascii.length];
      body += ascii;
    }
  }
  return `${JSON.stringify(index)}\n${body}`;
}

/** Rules, data and schema texts, by repository path: what the knowledge module gives at run time. */
function knowledgeTexts(root) {
  const schema = {};
  for (const file of knowledgeFiles(root).filter((f) => /[\\/]schema[\\/][^\\/]+$/.test(f))) {
    schema[
      file
        .slice(root.length + 1)
        .split('\\')
        .join('/')
    ] = readFileSync(file, 'utf8');
  }
  const compiled = compileKnowledge(root);
  const json = Object.fromEntries(Object.entries(compiled).map(([path, value]) => [path, JSON.stringify(value)]));
  const rules = Object.fromEntries(Object.entries(json).filter(([path]) => path.startsWith('rules/')));
  const data = Object.fromEntries(Object.entries(json).filter(([path]) => !path.startsWith('rules/')));
  const ruleValues = Object.fromEntries(Object.entries(compiled).filter(([path]) => path.startsWith('rules/')));
  return { paths: Object.keys(json), rules, ruleValues, data, schema };
}

/** The texts of KNOWLEDGE_FILES, by file name: `{path: rule}`, and `{data, schema}` of path → text. */
export function knowledgeFileSources(root) {
  const { ruleValues, data, schema } = knowledgeTexts(root);
  return {
    [KNOWLEDGE_FILES.rules]: `${JSON.stringify(ruleValues)}\n`,
    [KNOWLEDGE_FILES.data]: knowledgeDataFile(data, schema),
  };
}

/**
 * The knowledge module: `knowledgeData(path)` gives the parsed, validated value of a rule or data file,
 * parsed from JSON on first use; `knowledgePaths` lists those files; `knowledgeText('schema/NAME')` gives a
 * schema's text (the config loader reads its property names). The rules' and data's YAML texts are not
 * shipped: nothing reads them at run time. With `file` (the bundle) the module holds none of them: they are
 * in KNOWLEDGE_FILES beside it, read on first use, so a start-up compiles no string literals (82 KB of rules
 * took 13 million instructions to compile, more than reading and parsing them as a JSON file) and most runs
 * never read the data tables. Without it (the test runner) everything is in the module.
 */
export function knowledgeModuleSource(root, { file = false } = {}) {
  const { paths, rules, data, schema } = knowledgeTexts(root);
  const read = (name) => `JSON.parse(readFileSync(new URL(${JSON.stringify(`./${name}`)}, import.meta.url), 'utf8'))`;
  return [
    file ? "import { readFileSync } from 'node:fs';" : '',
    file ? 'let json, beside;' : `const json = ${JSON.stringify({ ...rules, ...data }, null, 1)};`,
    file ? '' : `const schema = ${JSON.stringify(schema, null, 1)};`,
    file ? `const rules = () => (json ??= ${read(KNOWLEDGE_FILES.rules)});` : '',
    // The data file's index line, and the text after it (ASCII: read as one byte a character).
    file
      ? [
          'const besides = () => {',
          `  if (!beside) { const text = readFileSync(new URL(${JSON.stringify(`./${KNOWLEDGE_FILES.data}`)}, import.meta.url), 'latin1'); const nl = text.indexOf('\\n'); beside = { text, from: nl + 1, index: JSON.parse(text.slice(0, nl)) }; }`,
          '  return beside;',
          '};',
          'const besideText = (kind, path) => { const b = besides(); const at = Object.hasOwn(b.index[kind], path) ? b.index[kind][path] : undefined; return at && b.text.slice(b.from + at[0], b.from + at[1]); };',
        ].join('\n')
      : '',
    `export const knowledgePaths = ${JSON.stringify(paths)};`,
    'const known = new Set(knowledgePaths);',
    'const parsed = new Map();',
    'export function knowledgeData(path) {',
    '  if (!parsed.has(path)) {',
    file
      ? "    const value = !known.has(path) ? undefined : path.startsWith('rules/') ? rules()[path] : JSON.parse(besideText('data', path));"
      : '    const value = known.has(path) ? JSON.parse(json[path]) : undefined;',
    '    parsed.set(path, value);',
    '  }',
    '  return parsed.get(path);',
    '}',
    'export function knowledgeText(path) {',
    file ? "  return path.startsWith('schema/') ? besideText('schema', path) : undefined;" : '  return schema[path];',
    '}',
    '',
  ].join('\n');
}

/**
 * Standalone validators for every schema in schema/, exported as `validators[NAME.schema.json]`: the
 * user's config and extra rule files are checked by generated code, without ajv's compiler.
 */
export function validatorsModuleSource(root) {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  const all = schemas(root);
  // The report schema describes netcompat's own output; tests validate against it, the bundle never does.
  const names = Object.keys(all).filter((name) => name !== 'report.schema.json');
  const exports = {};
  names.forEach((name, i) => {
    ajv.addSchema(all[name], name);
    exports[`v${i}`] = name;
  });
  let code = standaloneCode(ajv, exports);
  // The generated code require()s ajv's small runtime helpers; as imports, esbuild and vite both bundle them.
  const imports = [];
  code = code.replace(/const (\w+) = require\("([^"]+)"\)\.default;/g, (_, local, spec) => {
    imports.push(`import ${local}__module from ${JSON.stringify(spec)};`);
    return `const ${local} = ${local}__module.default ?? ${local}__module;`;
  });
  if (/\brequire\(/.test(code)) throw new Error('validators: unexpected require() left in the standalone code');
  const table = names.map((name, i) => `${JSON.stringify(name)}: v${i}`).join(', ');
  // Wrapped in a function: the schemas' object literals are built on the first validation, not at start-up.
  const body = code.replace(/export const (v\d+) = /g, 'const $1 = ');
  return `${imports.join('\n')}\nlet table;\nexport function validators() {\n  table ??= (() => {\n${body}\nreturn { ${table} };\n})();\n  return table;\n}\n`;
}

/**
 * The esbuild plugin that serves the two virtual modules (knowledge and validators) from the sources under
 * `root`; rules and data are parsed and validated as it loads them, so a broken knowledge file fails the build.
 * `file`: the rules, data tables and schema texts are read from KNOWLEDGE_FILES beside the output (the
 * bundle writes them, knowledgeFileSources), not compiled into it.
 */
export function knowledgeEsbuildPlugin(root, { file = false } = {}) {
  return {
    name: 'netcompat-knowledge',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^(${KNOWLEDGE_ID}|${VALIDATORS_ID})$`) }, (a) => ({ path: a.path, namespace: 'knowledge' }));
      b.onLoad({ filter: /.*/, namespace: 'knowledge' }, (a) => ({
        contents: a.path === KNOWLEDGE_ID ? knowledgeModuleSource(root, { file }) : validatorsModuleSource(root),
        loader: 'js',
        resolveDir: root,
      }));
    },
  };
}
