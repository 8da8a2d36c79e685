import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendJobSummary } from '../../src/action/job-summary.js';

describe('job summary without @actions/core summary module (src/action/job-summary.ts)', () => {
  it('appends to the file GITHUB_STEP_SUMMARY names, keeping what was there', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'netcompat-summary-')), 'summary.md');
    writeFileSync(file, '# earlier step\n');
    appendJobSummary('## ✅ netcompat\n', { GITHUB_STEP_SUMMARY: file });
    appendJobSummary('second\n', { GITHUB_STEP_SUMMARY: file });
    expect(readFileSync(file, 'utf8')).toBe('# earlier step\n## ✅ netcompat\nsecond\n');
  });

  it('fails as @actions/core does without the variable or the file', () => {
    expect(() => appendJobSummary('x', {})).toThrow(
      /^Unable to find environment variable for \$GITHUB_STEP_SUMMARY\. Check if your runtime environment supports job summaries\.$/,
    );
    const missing = join(mkdtempSync(join(tmpdir(), 'netcompat-summary-')), 'none.md');
    expect(() => appendJobSummary('x', { GITHUB_STEP_SUMMARY: missing })).toThrow(
      `Unable to access summary file: '${missing}'. Check if the file has correct read/write permissions.`,
    );
  });
});
