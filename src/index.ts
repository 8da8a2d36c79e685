// The Action's entry point (dist/index.js); the work is in src/action/run.ts.
import './young-generation.js';
import * as core from '@actions/core';
import { run } from './action/run.js';

try {
  await run();
} catch (e) {
  // A crash is not a verdict: say so distinctly, in the message and in the `verdict` output.
  core.setOutput('verdict', 'error');
  core.setFailed(`netcompat crashed: ${(e as Error)?.stack ?? String(e)}`);
}
