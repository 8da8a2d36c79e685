// Builds the two self-contained entry points: dist/index.js (the Action) and dist/cli.js (the CLI).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { knowledgeEsbuildPlugin, knowledgeFileSources } from './knowledge-source.mjs';
import { licensesText } from './licenses.mjs';
import { toCommonJS } from './commonjs-dist.mjs';
import { mergeStartupChunks } from './startup-chunks.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// The rules (dist/knowledge-rules.json), data tables and schema texts (dist/knowledge.json) beside the bundle,
// read when first used.
const knowledge = knowledgeEsbuildPlugin(root, { file: true });

// An ESM bundle has no require of its own.
const banner = "import { createRequire as __netcompatCreateRequire } from 'node:module';\nconst require = __netcompatCreateRequire(import.meta.url);";

// Outputs are written to a temporary name and renamed, so a test spawning dist/ while a rebuild runs never
// sees a missing or half-written file; files the build no longer makes are removed.
//
// The two entry points are built together with code splitting (README.md, "Design notes"): each starts by
// compiling only the code every run needs, and the rest (the YAML parser and the extractors, the HCL
// runtime, the report writers, the validators of user files, the other commands) is in chunks beside them,
// loaded by a dynamic import() when first needed. Chunk names are content hashes, so a fresh bundle is
// identical; they stay in dist/ itself, where import.meta.url finds file-worker.js and hcl/.
// Node's built-in modules are taken with require(), not as ES modules: the ES module face of a built-in is
// made by reading every export once, and `node:fs`'s getters then load Node's streams, fs/promises and
// readline (about 5 ms of Node 24's start-up, more on Node 20). The code still writes `import ... from 'node:fs'`.
// Built-ins a bundled package imports at its top but a run may never use, loaded on the first read of one of
// their exports: @actions/core imports `crypto` for the delimiter of its file commands, which the Action writes
// itself (src/action/step-output.ts says why); loading it cost Node 24 25 million instructions of start-up.
// What the importer gets inherits from a proxy that loads the module when a property is first looked up
// (esbuild's wrapper inherits from the same prototype, so wrapping reads nothing); a proxy rather than getters
// listed when bundling, whose names would depend on the Node that built dist/.
const LAZY_BUILTINS = new Set(['crypto']);
const lazyBuiltin = (path) =>
  [
    'let loaded;',
    `const load = () => (loaded ??= require(${JSON.stringify(path)}));`,
    'const lazy = new Proxy({}, { get: (_, name) => load()[name], has: (_, name) => name in load() });',
    'module.exports = Object.create(lazy, { __esModule: { value: true } });',
    '',
  ].join('\n');
const builtins = {
  name: 'netcompat-builtins',
  setup(b) {
    // Also the bare names bundled packages use (`import * as fs from 'fs'` in @actions/core).
    const bare = new Set(builtinModules.filter((m) => !m.startsWith('_') && !m.startsWith('node:')));
    b.onResolve({ filter: /^[a-z0-9_:/]+$/ }, (a) =>
      // Static imports only (a dynamic import() stays Node's own). No side effects: an import whose bindings a
      // package never uses is left out, as it was as an ES import.
      a.kind !== 'import-statement' || !(a.path.startsWith('node:') || bare.has(a.path))
        ? undefined
        : { path: a.path, namespace: 'builtin', sideEffects: false },
    );
    // Each importing module gets the built-in's exports through esbuild's ES-module wrapper, which copies every
    // own property of what it wraps (fs has a hundred), once per importing module: here it wraps an object
    // that inherits the exports, so there is nothing to copy and each export is read where it is used.
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (a) => ({
      contents: LAZY_BUILTINS.has(a.path.replace(/^node:/, ''))
        ? lazyBuiltin(a.path)
        : `module.exports = Object.create(require(${JSON.stringify(a.path)}), { __esModule: { value: true } });`,
      loader: 'js',
    }));
  },
};
// @actions/core imports its OIDC client (getIDToken, which netcompat never calls) and with it an HTTP
// client and undici, 0.8 MB that the Action compiled at every start, and its `platform` details, which load
// @actions/exec, @actions/io, child_process and fs/promises. Neither module has side effects of its own, so
// declaring that lets esbuild leave them out while nothing uses them; Octokit brings its own HTTP stack. The
// same for its job summary module, which takes `fs.promises` when it loads (node:fs/promises, about 1 ms of
// start-up): the Action writes the summary itself (src/action/job-summary.ts).
const unusedOidc = {
  name: 'netcompat-unused-oidc',
  setup(b) {
    b.onResolve({ filter: /^\.\/(oidc-utils|platform|summary)\.js$/ }, async (a) => {
      if (a.pluginData?.resolving || !a.importer.includes('/node_modules/@actions/core/')) return undefined;
      const found = await b.resolve(a.path, { kind: a.kind, importer: a.importer, resolveDir: a.resolveDir, pluginData: { resolving: true } });
      return { ...found, sideEffects: false };
    });
  },
};
// Packages loaded when first used, not at start-up: semver builds some forty regular expressions when it
// loads and minimatch its tables, and the two are a quarter of what every run compiled, while a run that
// compares no version and matches no glob (an empty directory) needs neither. Each is bundled on its own as
// dist/NAME.cjs, and the code that imports it gets an object of getters over the package's exports (listed
// from the pinned package when bundling): the first read require()s the file, synchronously, as the
// package's users expect.
const LAZY_PACKAGES = ['semver', 'minimatch', 'undici'];
const lazyPackages = {
  name: 'netcompat-lazy-packages',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${LAZY_PACKAGES.join('|')})$`) }, (a) => ({ path: a.path, namespace: 'lazy-package' }));
    b.onResolve({ filter: /^\.\/[a-z]+\.cjs$/, namespace: 'lazy-package' }, (a) => ({ path: a.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (a) => {
      const names = Object.keys(require(resolve(root, 'node_modules', a.path))).sort();
      const getters = names.map((n) => `  get ${JSON.stringify(n)}() {\n    return load()[${JSON.stringify(n)}];\n  },`);
      // Relative to the output file: every bundled file is in dist/ itself.
      const contents = [
        'let loaded;',
        `const load = () => (loaded ??= require(${JSON.stringify(`./${a.path}.cjs`)}));`,
        'module.exports = {',
        ...getters,
        '};',
        '',
      ];
      return { contents: contents.join('\n'), loader: 'js', resolveDir: root };
    });
  },
};
const common = {
  absWorkingDir: root,
  write: false,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require() for Node built-ins: every output file gets its own.
  banner: { js: banner },
  plugins: [knowledge, builtins, unusedOidc, lazyPackages],
  metafile: true,
};
const builds = [
  { ...common, entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunk-[hash]' },
  // The file phase's second thread on large trees (src/extract/file-phase.ts), loaded by both entry points:
  // self-contained, so the worker compiles only the walker, the reader and the trigger search.
  { ...common, entryPoints: { 'file-worker': 'src/extract/file-worker.ts' }, outdir: 'dist' },
  // The packages above, each a CommonJS file of its own that the getters require() on first use.
  ...LAZY_PACKAGES.map((name) => ({
    ...common,
    entryPoints: { [name]: require.resolve(name) },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    banner: {},
    plugins: [],
  })),
];
const SHEBANG = { 'cli.js': '#!/usr/bin/env node\n' };
// Node holds a module's source as a two-byte string (twice the file's size, in malloc'd memory) when the file
// has a character outside ASCII, and freeing it raised glibc's mmap threshold and with it what the compiler
// threads' malloc arenas keep (src/discover/growable-buffer.ts). esbuild already writes strings, regular
// expressions and names in ASCII (its default charset); what is left is in comments (undici's), escaped here.
const ascii = (text) => text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
mkdirSync(resolve(root, 'dist'), { recursive: true });
const metafiles = [];
const outputs = [];
for (const options of builds) {
  const result = await build(options);
  metafiles.push(result.metafile);
  let files = result.outputFiles.map((f) => ({ name: f.path.slice(resolve(root, 'dist').length + 1), text: f.text }));
  // The chunks the entry points load at start-up become one module (scripts/startup-chunks.mjs says why).
  if (options.splitting) files = await mergeStartupChunks(files, result.metafile, ['cli.js', 'index.js'], `${banner}\n`);
  // Every .js file of dist/ is CommonJS (scripts/commonjs-dist.mjs says why; dist/package.json says so to Node).
  if (options.format === 'esm') files = await toCommonJS(files, `${banner}\n`);
  for (const { name, text } of files) {
    const path = resolve(root, 'dist', name);
    outputs.push(name);
    writeFileSync(`${path}.tmp`, (SHEBANG[name] ?? '') + ascii(text));
    renameSync(`${path}.tmp`, path);
  }
}
for (const [name, text] of Object.entries(knowledgeFileSources(root))) {
  writeFileSync(resolve(root, 'dist', `${name}.tmp`), text);
  renameSync(resolve(root, 'dist', `${name}.tmp`), resolve(root, 'dist', name));
  outputs.push(name);
}
// The HCL parser's WebAssembly (src/parse/hcl/load.ts reads it from dist/hcl/ on the first Terraform file):
// copied byte for byte from the pinned packages, so a fresh bundle is identical.
const grammarDir = dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json'));
const wasm = [
  [require.resolve('web-tree-sitter/web-tree-sitter.wasm'), 'web-tree-sitter.wasm'],
  [resolve(grammarDir, 'tree-sitter-terraform.wasm'), 'tree-sitter-terraform.wasm'],
];
mkdirSync(resolve(root, 'dist/hcl'), { recursive: true });
for (const [from, name] of wasm) {
  const to = resolve(root, 'dist/hcl', name);
  copyFileSync(from, `${to}.tmp`);
  renameSync(`${to}.tmp`, to);
}
for (const name of readdirSync(resolve(root, 'dist/hcl'))) {
  if (!wasm.some(([, n]) => n === name)) rmSync(resolve(root, 'dist/hcl', name), { force: true });
}
// The grammar ships in dist/ as a file, not through esbuild: its notice is listed like a bundled package's.
metafiles.push({ inputs: { [`${grammarDir.slice(root.length + 1)}/tree-sitter-terraform.wasm`]: {} } });
// Licence notices of every bundled package (the bundle strips their comments).
writeFileSync(resolve(root, 'dist/licenses.txt.tmp'), licensesText(root, metafiles));
renameSync(resolve(root, 'dist/licenses.txt.tmp'), resolve(root, 'dist/licenses.txt'));
// The package is an ES module package ("type": "module", for the sources and scripts); dist/ holds CommonJS.
writeFileSync(resolve(root, 'dist/package.json.tmp'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
renameSync(resolve(root, 'dist/package.json.tmp'), resolve(root, 'dist/package.json'));
const made = new Set([...outputs, 'licenses.txt', 'hcl', 'package.json']);
for (const name of readdirSync(resolve(root, 'dist'))) {
  if (!made.has(name)) rmSync(resolve(root, 'dist', name), { recursive: true, force: true });
}
