import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Parser as TsParser } from 'web-tree-sitter';

/**
 * The HCL parser: tree-sitter's WebAssembly runtime with the Terraform dialect of the HCL grammar
 * (README, Design). Nothing here runs until the first Terraform file passes the byte prefilter: the
 * runtime is imported dynamically and its two .wasm files are read on that first call, so scans without
 * Terraform pay neither start-up time nor memory for it.
 */
export const RUNTIME_WASM = 'web-tree-sitter.wasm';
export const GRAMMAR_WASM = 'tree-sitter-terraform.wasm';

/** dist/hcl/ beside the bundle (scripts/bundle.mjs copies the files there); node_modules when run from src/. */
function wasmPaths(): { runtime: string; grammar: string } {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, 'hcl');
  if (existsSync(join(bundled, RUNTIME_WASM))) return { runtime: join(bundled, RUNTIME_WASM), grammar: join(bundled, GRAMMAR_WASM) };
  const req = createRequire(import.meta.url);
  return {
    runtime: req.resolve(`web-tree-sitter/${RUNTIME_WASM}`),
    grammar: join(dirname(req.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json')), GRAMMAR_WASM),
  };
}

/**
 * V8 compiles WebAssembly quickly (Liftoff) on first use, then again, optimised (TurboFan), on background
 * threads once a function is hot. A scan parses some tens of KiB of Terraform, for which the optimised copy
 * never pays back its compile time: on `npm run bench:terraform` (paired runs) telling V8 to keep the first
 * code took 19% less CPU with 5% and 25% of the directories defining clusters, and 2% more (within the
 * noise) with all 2,000 directories defining one. Set when the grammar is first needed, and only on the V8
 * versions of Node 20 to 24, where the flag exists (V8 prints an error for a flag it does not know). It
 * changes which machine code runs, never what the parser returns.
 */
function keepBaselineWasm(): void {
  const major = Number(process.versions.v8.split('.')[0]);
  if (major >= 11 && major <= 13) setFlagsFromString('--liftoff-only');
}

/** The members of the WebAssembly JS API used here (the project's `lib` has no DOM types, which declare them). */
interface WasmApi {
  compile(bytes: Uint8Array): Promise<WebAssembly.Module>;
  Instance: new (module: WebAssembly.Module, imports: object) => object;
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface Compiled {
  runtime: WebAssembly.Module;
  grammar: WebAssembly.Module;
}

let compiling: Promise<Compiled> | undefined;
let loading: Promise<TsParser> | undefined;

/**
 * Starts compiling the runtime and the grammar (`WebAssembly.compile`, on V8's background threads); the
 * parser awaits them on its first use. Not started before a file needs the grammar: most items of a
 * monorepo are read without it (src/parse/hcl/plain-items.ts), and compiling costs some 20 ms of CPU.
 * Idempotent; a failure (a missing .wasm file) is reported by `hclParser()`, as a skipped file, never
 * thrown here.
 */
export function prepareHclParser(): void {
  if (compiling) return;
  keepBaselineWasm();
  try {
    const paths = wasmPaths();
    const runtime = wasm.compile(readFileSync(paths.runtime));
    const grammar = wasm.compile(readFileSync(paths.grammar));
    compiling = Promise.all([runtime, grammar]).then(([r, g]) => ({ runtime: r, grammar: g }));
  } catch (e) {
    compiling = Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
  // Awaited (and its failure reported) by hclParser(); not an unhandled rejection meanwhile.
  compiling.catch(() => undefined);
}

/** One parser for the process, made on first use. Parsing is synchronous, so sharing it is safe. */
export function hclParser(): Promise<TsParser> {
  loading ??= (async () => {
    prepareHclParser();
    const { runtime, grammar } = await compiling!;
    const { Parser, Language } = await import('web-tree-sitter');
    // Instantiated from the module compiled above (Emscripten's hook), synchronously: a failure rejects init.
    await Parser.init({
      instantiateWasm(imports: object, done: (instance: object, module: WebAssembly.Module) => void) {
        done(new wasm.Instance(runtime, imports), runtime);
        return {};
      },
    });
    const parser = new Parser();
    parser.setLanguage(Language.loadSync(grammar));
    return parser;
  })();
  return loading;
}
