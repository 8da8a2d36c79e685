// The `netcompat` command: a thin shell around run() so the CLI can be tested in-process.
import { run } from './cli/main.js';
import { processIo } from './cli/io.js';
import { sizeHeapForScan } from './young-generation.js';

// `netcompat rules | head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
// The standard streams (Node's stream modules) are made before the heap flags are set (young-generation.ts).
const io = processIo();
sizeHeapForScan();
// A promise, not a top-level await: dist/ is CommonJS (scripts/commonjs-dist.mjs), which has none.
void run(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
