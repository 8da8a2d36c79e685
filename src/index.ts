// The Action's entry point (dist/index.js); the work is in src/action/run.ts.
import * as core from '@actions/core';
import { run } from './action/run.js';
import { setStepOutput } from './action/step-output.js';
import { sizeHeapForScan } from './young-generation.js';

// The standard streams the run writes its workflow commands to (Node's stream modules) are made before the
// heap flags are set (young-generation.ts). The run sets them just before its scan: by then the API client
// (Octokit, Node's http, https and tls with node:crypto) is loaded when there is a token, and those built-ins
// keep their compile cache (a run with a token started in 60-80 million fewer instructions).
void process.stdout;
void process.stderr;
// A promise, not a top-level await: dist/ is CommonJS (scripts/commonjs-dist.mjs), which has none.
void run(process.env, { beforeScan: sizeHeapForScan }).catch((e: unknown) => {
  // A crash is not a verdict: say so distinctly, in the message and in the `verdict` output.
  setStepOutput('verdict', 'error');
  core.setFailed(`netcompat crashed: ${(e as Error)?.stack ?? String(e)}`);
});
