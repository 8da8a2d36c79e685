// Builds the two self-contained entry points: dist/index.js (the Action) and dist/cli.js (the CLI).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { knowledgeEsbuildPlugin } from './knowledge-source.mjs';
import { licensesText } from './licenses.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const knowledge = knowledgeEsbuildPlugin(root);

// Bundled CommonJS dependencies call require() for Node built-ins; an ESM bundle has no require of its own.
const banner = "import { createRequire as __netcompatCreateRequire } from 'node:module';\nconst require = __netcompatCreateRequire(import.meta.url);";

// Outputs are written to a temporary name and renamed, so a test spawning dist/ while a rebuild runs never
// sees a missing or half-written file; files the build no longer makes are removed.
const outputs = [
  ['src/index.ts', 'dist/index.js', ''],
  ['src/cli.ts', 'dist/cli.js', '#!/usr/bin/env node\n'],
  // The file phase's second thread on large trees (src/extract/file-phase.ts), loaded by both entry points.
  ['src/extract/file-worker.ts', 'dist/file-worker.js', ''],
];
mkdirSync(resolve(root, 'dist'), { recursive: true });
const metafiles = [];
for (const [entry, out, shebang] of outputs) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: out,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: shebang + banner },
    plugins: [knowledge],
    metafile: true,
  });
  metafiles.push(result.metafile);
  for (const file of result.outputFiles) {
    writeFileSync(`${file.path}.tmp`, file.contents);
    renameSync(`${file.path}.tmp`, file.path);
  }
}
// The HCL parser's WebAssembly (src/parse/hcl/load.ts reads it from dist/hcl/ on the first Terraform file):
// copied byte for byte from the pinned packages, so a fresh bundle is identical.
const require = createRequire(import.meta.url);
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
const made = new Set([...outputs.map(([, out]) => out.slice('dist/'.length)), 'licenses.txt', 'hcl']);
for (const name of readdirSync(resolve(root, 'dist'))) {
  if (!made.has(name)) rmSync(resolve(root, 'dist', name), { recursive: true, force: true });
}
