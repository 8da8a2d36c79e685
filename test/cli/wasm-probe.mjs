// Preloaded (`node --import`) by test/cli/terraform-e2e.test.ts: counts WebAssembly compilations and the V8
// flags set while a scan runs, and prints them on stderr at exit, so a test can prove that a repository
// without Terraform clusters never loads the HCL parser nor retunes V8.
import { createRequire, syncBuiltinESMExports } from 'node:module';

const require = createRequire(import.meta.url);
const v8 = require('node:v8');
const wasm = globalThis.WebAssembly;
let compiled = 0;
const flags = [];
// Proxies keep `instanceof WebAssembly.Module` and the static members working.
const count = (target) =>
  new Proxy(target, {
    apply(fn, self, args) {
      compiled++;
      return Reflect.apply(fn, self, args);
    },
    construct(fn, args, newTarget) {
      compiled++;
      return Reflect.construct(fn, args, newTarget === wasm.Module ? fn : newTarget);
    },
  });
for (const name of ['compile', 'instantiate', 'compileStreaming', 'instantiateStreaming', 'Module']) wasm[name] = count(wasm[name]);
const setFlags = v8.setFlagsFromString;
v8.setFlagsFromString = (f) => {
  flags.push(f);
  setFlags(f);
};
syncBuiltinESMExports();
process.on('exit', () => process.stderr.write(`wasm-probe: ${compiled} compiled; flags: ${JSON.stringify(flags)}\n`));
