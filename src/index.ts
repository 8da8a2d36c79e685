// The Action's entry point (dist/index.js); the work is in src/action/run.ts.
import * as core from '@actions/core';
import { run } from './action/run.js';
import { setStepOutput } from './action/step-output.js';
import { sizeHeapForScan } from './young-generation.js';

// The standard streams the run writes its workflow commands to (Node's stream modules) are made before the
// heap flags are set (young-generation.ts).
void process.stdout;
void process.stderr;
sizeHeapForScan();
try {
  await run();
} catch (e) {
  // A crash is not a verdict: say so distinctly, in the message and in the `verdict` output.
  setStepOutput('verdict', 'error');
  core.setFailed(`netcompat crashed: ${(e as Error)?.stack ?? String(e)}`);
}
