// Merges the chunks an entry point imports at its top into one module (README.md, "Design notes": bundle layout).
// esbuild's code splitting puts code into a chunk per set of entry points and dynamic imports that reach it, so
// an entry point statically imported five to six small chunks, and every module costs Node's ES module loader a
// resolve, a read, a compile and a link (about 3 ms of an empty scan's 50 on this machine, with all of them one
// module). Both entry points and every lazily imported chunk import the merged module instead, so each piece of
// code still exists once and module state is shared as before; only the chunks loaded later stay as they were.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';

/**
 * files: the split build's outputs ({ name, text }, names relative to dist/); metafile: its metafile; entries: the
 * entry point file names; banner: the text every output starts with. Returns the outputs with the chunks the entry
 * points import statically (transitively) replaced by one chunk.
 */
export async function mergeStartupChunks(files, metafile, entries, banner) {
  const meta = (name) => metafile.outputs[`dist/${name}`];
  const staticChunks = (name) =>
    meta(name)
      .imports.filter((i) => i.kind === 'import-statement' && !i.external)
      .map((i) => i.path.slice('dist/'.length));
  const merged = new Set();
  const visit = (name) => {
    for (const chunk of staticChunks(name)) if (!merged.has(chunk) && (merged.add(chunk), true)) visit(chunk);
  };
  for (const entry of entries) visit(entry);
  if (merged.size < 2) return files;
  const exported = new Map();
  for (const chunk of merged) {
    for (const name of meta(chunk).exports) {
      if (exported.has(name)) throw new Error(`bundle: chunks ${exported.get(name)} and ${chunk} both export ${name}`);
      exported.set(name, chunk);
    }
  }
  const text = new Map(files.map((f) => [f.name, f.text]));
  const order = [...merged].sort();
  const result = await build({
    stdin: { contents: order.map((c) => `export * from './${c}';`).join('\n'), resolveDir: '/dist', sourcefile: 'startup.js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: banner },
    plugins: [
      {
        name: 'netcompat-dist-chunks',
        setup(b) {
          // The merged chunks come from memory; everything else they import (built-ins, the other chunks, the
          // lazily required .cjs files) stays an import of its own, by the same relative path: all are in dist/.
          b.onResolve({ filter: /.*/ }, (a) =>
            merged.has(a.path.replace(/^\.\//, '')) && a.kind !== 'dynamic-import'
              ? { path: a.path.replace(/^\.\//, ''), namespace: 'dist-chunk' }
              : { path: a.path, external: true },
          );
          b.onLoad({ filter: /.*/, namespace: 'dist-chunk' }, (a) => ({
            contents: withoutBanner(text.get(a.path), banner, a.path),
            loader: 'js',
            resolveDir: '/dist',
          }));
        },
      },
    ],
  });
  const mergedText = result.outputFiles[0].text;
  const name = `chunk-${createHash('sha256').update(mergedText).digest('hex').slice(0, 8).toUpperCase()}.js`;
  // `import {...} from "./chunk-X.js"`, `import "./chunk-X.js"` (a chunk imported for its side effects) and
  // `import("./chunk-X.js")`: esbuild writes its imports in these forms.
  const importsOf = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)"\.\/(chunk-[A-Z0-9]+\.js)"/g;
  const rest = files
    .filter((f) => !merged.has(f.name))
    .map((f) => ({
      name: f.name,
      text: f.text.replace(importsOf, (all, head, chunk) => {
        if (!merged.has(chunk)) return all;
        if (head.includes('(')) throw new Error(`bundle: ${f.name} imports ${chunk} dynamically`);
        return `${head}"./${name}"`;
      }),
    }));
  // Nothing may still name a merged chunk: it is no longer written.
  for (const f of rest) {
    for (const chunk of merged) if (f.text.includes(chunk)) throw new Error(`bundle: ${f.name} still names ${chunk}`);
  }
  return [...rest, { name, text: mergedText }];
}

// Each chunk starts with the bundle's banner (its own `require`); the merged module has it once.
export function withoutBanner(text, banner, name) {
  if (!text.startsWith(banner)) throw new Error(`bundle: ${name} does not start with the banner`);
  return text.slice(banner.length);
}
