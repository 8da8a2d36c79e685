import { accessSync, appendFileSync, constants } from 'node:fs';

/**
 * Appends Markdown to the job summary, as `@actions/core`'s `summary.addRaw(text).write()` does (the file
 * `GITHUB_STEP_SUMMARY` names, which must exist and be readable and writable; the same errors). Written here
 * because core's summary module takes `fs.promises` when it loads, and loading `node:fs/promises` was a
 * part of what the Action's start-up did beyond the CLI's (docs/performance.md, Start-up); without a user
 * the bundle leaves that module out.
 */
export function appendJobSummary(markdown: string, env: Record<string, string | undefined> = process.env): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) {
    throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  }
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  appendFileSync(file, markdown, { encoding: 'utf8' });
}
