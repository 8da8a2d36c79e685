// Builds the two self-contained entry points: dist/index.js (the Action) and dist/cli.js (the CLI).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KNOWLEDGE_ID, knowledgeModuleSource } from './knowledge-source.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const knowledge = {
  name: 'netcompat-knowledge',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^${KNOWLEDGE_ID}$`) }, () => ({ path: KNOWLEDGE_ID, namespace: 'knowledge' }));
    b.onLoad({ filter: /.*/, namespace: 'knowledge' }, () => ({ contents: knowledgeModuleSource(root), loader: 'js' }));
  },
};

// Bundled CommonJS dependencies call require() for Node built-ins; an ESM bundle has no require of its own.
const banner = "import { createRequire as __netcompatCreateRequire } from 'node:module';\nconst require = __netcompatCreateRequire(import.meta.url);";

rmSync(resolve(root, 'dist'), { recursive: true, force: true });
for (const [entry, out, shebang] of [
  ['src/index.ts', 'dist/index.js', ''],
  ['src/cli.ts', 'dist/cli.js', '#!/usr/bin/env node\n'],
]) {
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: shebang + banner },
    plugins: [knowledge],
  });
}
