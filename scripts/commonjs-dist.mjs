// Turns the bundle's ES modules into CommonJS files (README.md, "Design notes": bundle layout).
// esbuild splits code into chunks only in its ES module output, but on Node 20 an ES module entry point starts
// Node's ES module loader, which resolves, reads (through node:fs/promises, a built-in it loads for this) and
// links every module asynchronously: about a tenth of an empty scan's instructions on Node 20, a few million
// on Node 24. So the split build's files are each rewritten as CommonJS, with dist/package.json saying so:
// `import { a } from "./chunk-X.js"` becomes `var import_chunk = require("./chunk-X.js")` with every use read
// as `import_chunk.a`, and each file's exports are getters over its own bindings, so a binding another file
// reads is as live as it was; `import("./chunk-X.js")` of a chunk loaded when first needed becomes a require()
// in a promise, so a run never starts the ES module loader for code of its own.
import { transform } from 'esbuild';
import { withoutBanner } from './startup-chunks.mjs';

// `import.meta.url` of an ES module is the file's URL; CommonJS has `__filename`, and `require` of its own.
const URL_NAME = '__netcompatUrl';
const urlBanner = `var ${URL_NAME} = require("node:url").pathToFileURL(__filename).href;`;
// esbuild writes a lazily loaded chunk as `import("./chunk-X.js")`.
const chunkImport = /\bimport\(\s*"(\.\/chunk-[A-Z0-9]+\.js)"\s*\)/g;

/**
 * files: outputs ({ name, text }, names relative to dist/) of an ES module build, each starting with esbuild's
 * banner `esmBanner` (which gives an ES module its `require`); returns the same files as CommonJS.
 */
export async function toCommonJS(files, esmBanner) {
  return Promise.all(
    files.map(async ({ name, text }) => {
      if (!name.endsWith('.js')) return { name, text };
      const body = withoutBanner(text, esmBanner, name).replace(chunkImport, (_, path) => `Promise.resolve().then(() => require(${JSON.stringify(path)}))`);
      const result = await transform(body, {
        format: 'cjs',
        platform: 'node',
        target: 'node20',
        legalComments: 'none',
        logLevel: 'warning',
        sourcefile: name,
        define: { 'import.meta.url': URL_NAME },
        // An ES module is strict code; a CommonJS file is only when it says so.
        banner: body.includes('import.meta.url') ? `"use strict";\n${urlBanner}` : '"use strict";',
      });
      if (/\bimport\(\s*"\.\/chunk-/.test(result.code)) throw new Error(`bundle: ${name} still imports a chunk as an ES module`);
      return { name, text: ownExports(result.code, name) };
    }),
  );
}

// esbuild exports a file's bindings as getters on an object (`__export(x_exports, { a: () => a })`), then copies
// them, as getters again, onto the object it gives module.exports (`__toCommonJS`): each read of another file's
// binding called two functions. The object with the getters is module.exports itself here (2-3 million fewer
// instructions at start-up). Names that are not identifiers would be the only other difference: esbuild uses
// the same object for them.
const copiedExports = /^module\.exports = __toCommonJS\(([A-Za-z0-9_$]+)\);$/gm;
function ownExports(code, name) {
  const found = [...code.matchAll(copiedExports)];
  if (found.length > 1) throw new Error(`bundle: ${name} sets module.exports ${found.length} times`);
  if (found.length === 0) return code;
  const [line, object] = found[0];
  return code.replace(line, `module.exports = Object.defineProperty(${object}, "__esModule", { value: true });`);
}
